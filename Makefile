# Causeway. `make test` is the test command CI runs (.ci/run).
GO ?= go
PKGS ?= ./...

.PHONY: build test test-short bench check-contracts lint demo prebuild

build:
	$(GO) build -o bin/causeway ./relayer/cmd/causeway

# The whole suite, including tests that build and start real simd / geth
# chains (binaries are built once into ~/.cache/causeway/bin).
test: prebuild
	$(GO) test -p 2 -timeout 75m $(PKGS)

# Chain binaries (simd, allianced, geth) into the cache, one at a time.
prebuild:
	$(GO) run ./scripts/devnet/cmd/prebuild

# Unit tests only: skips tests that start chains.
test-short:
	$(GO) test -short -timeout 20m $(PKGS)

bench:
	$(GO) test -run '^$$' -bench . -benchtime 2s ./relayer/... ./lightclients/...

check-contracts:
	bash scripts/check-contracts.sh

lint:
	@out=$$(gofmt -l $$(git ls-files '*.go' | grep -v '/bindings/')); if [ -n "$$out" ]; then echo "not gofmt-ed:"; echo "$$out"; exit 1; fi
	$(GO) vet $(PKGS)

# The demo: two local alliance chains, a verified link, the relayer with an
# embedded NATS, ICS-20 transfers both ways with progress, and a summary.
demo:
	$(GO) run ./scripts/demo

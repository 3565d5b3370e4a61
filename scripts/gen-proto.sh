#!/usr/bin/env bash
# Regenerates the Go types of Causeway's protobuf files (proto/**) with
# gogoproto's protoc-gen-gocosmos, the generator cosmos-sdk and ibc-go use.
#
# Installs what is missing: protoc (Debian package protobuf-compiler, through
# apt-get when run as root) and protoc-gen-gocosmos at the gogoproto version
# pinned in go.mod. Include paths come from the Go module cache, at the
# versions go.mod pins. CI does not run this; the generated files are
# committed.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

if ! command -v protoc >/dev/null; then
	if [ "$(id -u)" = 0 ]; then
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq protobuf-compiler
	else
		echo "gen-proto: protoc not found; install the Debian package protobuf-compiler" >&2
		exit 1
	fi
fi

modver() { go list -m -f '{{.Version}}' "$1"; }
moddir() { go mod download -json "$1@$(modver "$1")" | sed -n 's/.*"Dir": "\(.*\)".*/\1/p'; }

gogo=$(moddir github.com/cosmos/gogoproto)
gobin=$(go env GOPATH)/bin
if [ ! -x "$gobin/protoc-gen-gocosmos" ]; then
	GOFLAGS= go install "github.com/cosmos/gogoproto/protoc-gen-gocosmos@$(modver github.com/cosmos/gogoproto)"
fi

includes=(
	-I proto
	-I "$gogo"
	-I "$(moddir github.com/cosmos/cosmos-proto)/proto"
	-I "$(moddir github.com/cosmos/cosmos-sdk)/proto"
	-I "$(moddir github.com/cosmos/ibc-go/v8)/proto"
	-I /usr/include
)

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
find proto -name '*.proto' -print0 | while IFS= read -r -d '' f; do
	PATH="$gobin:$PATH" protoc "${includes[@]}" \
		--gocosmos_out="plugins=grpc,Mgoogle/protobuf/any.proto=github.com/cosmos/gogoproto/types/any:$out" \
		"${f#proto/}"
done
# Output lands under its go_package path; move ours into the tree.
prefix=github.com/causewaylabs/causeway/
(cd "$out/$prefix" && find . -name '*.pb.go' -print0) | while IFS= read -r -d '' g; do
	mkdir -p "$(dirname "$g")"
	cp "$out/$prefix/$g" "$g"
	echo "gen-proto: wrote ${g#./}"
done

#!/usr/bin/env bash
# gen-contracts.sh: compiles adapters/evm/contracts/src with solc from npm at a
# pinned version and writes the artifacts (adapters/evm/contracts/artifacts)
# and the abigen Go bindings (adapters/evm/contracts/bindings).
#
# Usage: scripts/gen-contracts.sh [OUT_DIR]   (default: adapters/evm/contracts)
# solc is installed once into $CAUSEWAY_CACHE/solc-<version> (default
# ~/.cache/causeway); abigen is the go-ethereum version pinned in go.mod.
set -euo pipefail

SOLC_VERSION=0.8.28
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-$ROOT/adapters/evm/contracts}"
CACHE="${CAUSEWAY_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/causeway}"
SOLC_DIR="$CACHE/solc-$SOLC_VERSION"

if [ ! -f "$SOLC_DIR/node_modules/solc/package.json" ] ||
  ! grep -q "\"version\": \"$SOLC_VERSION\"" "$SOLC_DIR/node_modules/solc/package.json"; then
  mkdir -p "$SOLC_DIR"
  npm install --silent --no-audit --no-fund --prefix "$SOLC_DIR" "solc@$SOLC_VERSION" >&2
fi

mkdir -p "$OUT/artifacts" "$OUT/bindings"
node "$ROOT/adapters/evm/contracts/compile.js" "$SOLC_DIR" "$ROOT/adapters/evm/contracts/src" "$OUT/artifacts"

cd "$ROOT"
go run github.com/ethereum/go-ethereum/cmd/abigen \
  --combined-json "$OUT/artifacts/combined.json" \
  --pkg bindings \
  --out "$OUT/bindings/bindings.go"

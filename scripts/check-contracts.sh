#!/usr/bin/env bash
# check-contracts.sh: regenerates the contract artifacts and Go bindings into
# a temporary directory and fails when they differ from the committed ones.
# CI runs this; fix a failure with scripts/gen-contracts.sh and commit.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

"$ROOT/scripts/gen-contracts.sh" "$TMP"
status=0
for d in artifacts bindings; do
  if ! diff -r -x doc.go "$ROOT/adapters/evm/contracts/$d" "$TMP/$d" >"$TMP/diff.txt"; then
    echo "check-contracts: adapters/evm/contracts/$d is stale; run scripts/gen-contracts.sh" >&2
    head -50 "$TMP/diff.txt" >&2
    status=1
  fi
done
exit $status

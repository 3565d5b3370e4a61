#!/usr/bin/env bash
# microbench.sh runs Causeway's micro-benchmarks (go test -run '^$' -bench)
# of every package that has them and prints one table: header verification
# per family (Tendermint 4/21/100 validators, Ethereum sync-committee update,
# QBFT), proof verification (ICS-23, Merkle-Patricia), JetStream hand-off,
# EVM batch attestation signing, gas per EVM operation and Cosmos transaction
# signing (file keyring vs the adapter's unlocked copy).
#
# It measures only; it never fails because a figure is slow. Packages run one
# after another (parallel runs on a shared machine would distort each other).
#
#   scripts/microbench.sh                 # all packages, -benchtime 1s
#   BENCHTIME=3x scripts/microbench.sh    # fewer iterations (smoke run)
#   PKGS="./lightclients/tendermint" BENCH=VerifyHeader scripts/microbench.sh
#   RAW=out.txt scripts/microbench.sh     # also keep the raw go test output
#
# Environment: PKGS (space-separated package patterns), BENCH (-bench regexp,
# default "."), BENCHTIME (default 1s), COUNT (default 1), RAW (raw output file).
set -euo pipefail

cd "$(dirname "$0")/.."

PKGS=${PKGS:-"./lightclients/tendermint ./lightclients/ethereum ./lightclients/qbft ./relayer/lifecycle ./adapters/evm ./adapters/cosmos"}
BENCH=${BENCH:-.}
BENCHTIME=${BENCHTIME:-1s}
COUNT=${COUNT:-1}
raw=${RAW:-$(mktemp)}
[ -n "${RAW:-}" ] || trap 'rm -f "$raw"' EXIT
: >"$raw"

status=0
for p in $PKGS; do
	echo "== go test -run '^\$' -bench '$BENCH' -benchtime $BENCHTIME -benchmem $p" >&2
	if ! go test -run '^$' -bench "$BENCH" -benchtime "$BENCHTIME" -count "$COUNT" -benchmem "$p" >>"$raw" 2>&1; then
		echo "!! benchmarks of $p failed (see the raw output below)" >&2
		grep -v '^Benchmark' "$raw" | tail -n 20 >&2 || true
		status=1
	fi
done

echo
echo "Causeway micro-benchmarks: $(go env GOOS)/$(go env GOARCH), $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//')), load average $(cut -d' ' -f1-3 /proc/loadavg), $(go version | cut -d' ' -f3), $(date -u +%FT%TZ)"
echo
# go test prints "pkg: <path>" before each package's benchmarks and one line
# per benchmark: name-GOMAXPROCS  N  value unit  value unit ...
awk '
function human(ns) {
	if (ns >= 1e9) return sprintf("%.2f s", ns / 1e9)
	if (ns >= 1e6) return sprintf("%.2f ms", ns / 1e6)
	if (ns >= 1e3) return sprintf("%.2f us", ns / 1e3)
	return sprintf("%.0f ns", ns)
}
BEGIN {
	printf "%-24s %-56s %12s %12s %10s  %s\n", "package", "benchmark", "time/op", "B/op", "allocs/op", "reported metrics"
}
/^pkg: / { pkg = $2; sub("github.com/causewaylabs/causeway/", "", pkg); next }
/^Benchmark/ && NF >= 4 {
	name = $1; sub(/^Benchmark/, "", name); sub(/-[0-9]+$/, "", name)
	t = "-"; bop = "-"; aop = "-"; extra = ""
	for (i = 3; i < NF; i += 2) {
		v = $i; u = $(i + 1)
		if (u == "ns/op") t = human(v)
		else if (u == "B/op") bop = v
		else if (u == "allocs/op") aop = v
		else extra = extra sprintf("%s %s  ", v, u)
	}
	printf "%-24s %-56s %12s %12s %10s  %s\n", pkg, name, t, bop, aop, extra
}
' "$raw"
exit $status

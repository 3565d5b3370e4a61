// Package tendermint is Causeway's off-chain light client for CometBFT
// (Cosmos-SDK) chains: it verifies signed headers and validator sets,
// adjacent and skipping (trust level 1/3 by default), within a trusting
// period and a clock-drift bound; it verifies ICS-23 membership and
// non-membership proofs of IBC paths against a verified app hash; and it
// detects misbehaviour (two valid, conflicting headers for one height).
//
// Verification is CometBFT's own (light.VerifyAdjacent, light.VerifyNonAdjacent)
// and ibc-go's 23-commitment MerkleProof with the SDK proof specs; this
// package adds the trusted state, typed errors and the IBC path handling.
//
// The package is pure: inputs in, verdict out. It must never do network or
// disk I/O, read the clock (callers pass "now"), or import other Causeway
// packages.
package tendermint

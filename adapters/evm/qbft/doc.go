// Package qbft is the EVM adapter's "qbft" chain family: Hyperledger Besu
// or GoQuorum chains running QBFT or IBFT 2.0, whose blocks are final as
// soon as they are sealed (instant finality: the head is final).
//
// A Chain reads headers raw from the node's JSON-RPC (eth_getBlockByNumber,
// every field through the current forks, re-encoded to RLP and checked to
// hash to the hash the node reports), verifies them with lightclients/qbft
// against the TrustedState it keeps, and only then uses their state roots:
// eth_getProof account and storage proofs of the IBC handler's commitments
// are verified against a verified root before they are returned. Every
// error names the block, path or rule that failed.
//
// contract.go converts the light client's state and the proofs into the
// QBFTClient contract's ABI (its updateClient message and proof format), so
// the same verified data can be submitted to a QBFT client on another EVM
// chain.
//
// The package must not import the relayer: the relayer drives it.
package qbft

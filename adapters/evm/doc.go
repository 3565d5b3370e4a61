// Package evm is Causeway's adapter for EVM chains (Ethereum, geth --dev,
// Besu QBFT): it talks JSON-RPC over HTTP and websocket, watches the IBC
// handler's logs at a configured finality, fetches eth_getProof storage
// proofs of the handler's commitments, submits transactions through a nonce
// manager with EIP-1559 fees and fee-bump replacement, manages signer keys in
// go-ethereum's encrypted keystore, and computes the ICS-24 paths, packet
// commitments, storage keys and attestation messages the contracts in
// ./contracts use.
//
// It never verifies a header or proof itself and never decides what to relay:
// verification is the light clients' (lightclients/...), decisions are the
// relayer's. It must never import the relayer; the relayer declares the small
// interfaces it needs and this package satisfies them.
package evm

// Package cosmos is Causeway's adapter for CometBFT / Cosmos-SDK chains
// running ibc-go v8: it follows blocks (websocket new-block subscription
// with a polling fallback, resuming from the last processed height so no
// event is lost), parses IBC packet events, queries IBC state with ICS-23
// proofs, fetches signed headers and validator sets for the light client,
// and builds, simulates, signs (cosmos-sdk keyring, encrypted file backend)
// and broadcasts transactions.
//
// The adapter fetches and submits; it never decides what is true. Headers
// and proofs it returns are unverified until lightclients/tendermint says
// otherwise, and it must never import the relayer core.
package cosmos

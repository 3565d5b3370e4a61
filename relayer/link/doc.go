// Package link creates and completes IBC paths between two Cosmos chains
// (`causeway tx link`): 07-tendermint clients on both chains, the connection
// handshake and the channel handshake, resuming a half-done handshake from
// chain state. It also relays packets and acknowledgements by hand (one
// verified client update plus a batch of messages per transaction), which
// the relayer's pipeline can call.
//
// Every header it submits was verified by lightclients/tendermint and every
// proof it submits was verified against that header's app hash first; it
// never submits anything unverified. It imports adapters/cosmos and
// lightclients/tendermint only, never other relayer packages.
package link

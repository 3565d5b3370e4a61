// Package ethereum is Causeway's Ethereum light client: it decides, from
// bytes and a small trusted state, whether a beacon header is final and
// whether an account or storage value is committed under its execution state
// root.
//
// It follows the Altair+ light-client sync protocol:
//
//   - [Bootstrap] starts a [Store] from a trusted checkpoint block root: the
//     header, its current sync committee and the committee's Merkle branch
//     into the beacon state.
//   - [Store.ApplyUpdate] verifies a [Update] (a LightClientUpdate, a finality
//     update or an optimistic update): the sync aggregate must sign the
//     attested header under the fork domain of the signature slot, with at
//     least 2/3 of the committee; the finality and next-sync-committee
//     branches must prove against the attested state root; committees rotate
//     across period boundaries. Stale, non-advancing, wrong-period and
//     under-signed updates are refused, each with its own error.
//   - [Store.VerifyUpdate] runs the same checks without applying;
//     [Store.CheckMisbehaviour] recognizes two validly signed updates that
//     finalize (or attest) different headers at one slot, and ApplyUpdate
//     refuses such a conflict with ErrConflictingHeader.
//   - [Store.Marshal] and [RestoreStore] carry the trusted state through the
//     relayer's KV bucket; [Store.Trusted] and [NewStore] carry the smaller
//     finality-only state an on-chain client keeps (subpackage ibcclient:
//     this client as an ibc-go v8 light client, "10-ethereum").
//   - [ExecutionHeaderFromBeacon] proves the execution payload header (state
//     root, block number, block hash, timestamp) against a beacon block body
//     root, for Capella, Deneb and Electra (and Fulu) layouts. From Gloas
//     the beacon block only commits to the execution block hash; then
//     [ExecutionHeaderFromBlock] checks an execution header against it.
//   - [VerifyAccount], [VerifyStorage] and [VerifyStorageAbsence] check
//     eth_getProof Merkle-Patricia proofs against a verified state root.
//
// Network parameters ([NetworkConfig]) exist for mainnet, Sepolia, Hoodi and a
// custom dev network; presets cover the 512-member mainnet committee and the
// 32-member minimal committee.
//
// The JSON decoders in this package parse the standard beacon-API
// light-client objects (/eth/v1/beacon/light_client/...), so the adapter and
// the tests share them.
//
// This package must never do network or disk I/O, read the clock on its own
// (time is passed in), or import anything else of Causeway's: it takes bytes
// and trusted state and returns a verdict, so the same code can run off-chain
// in the relayer and inside an on-chain client. BLS, SSZ hashing and trie
// proofs come from go-ethereum and its dependencies; nothing here
// re-implements them.
package ethereum

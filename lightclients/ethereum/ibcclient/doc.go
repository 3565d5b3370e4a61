// Package ibcclient is Causeway's Ethereum light client as an ibc-go v8
// light client (client type "10-ethereum"), for alliance chains that receive
// packets from Ethereum: allianced (scripts/devnet/cmd/allianced) is ibc-go's
// simapp with this client registered.
//
// The verification is the parent package's ([ethereum.Store], the code the
// relayer runs off-chain); this package only stores trusted state in an
// ibc-go client store and maps ibc-go's ClientState interface onto it:
//
//   - MsgCreateClient carries a ClientState with the beacon-API bootstrap
//     (and the network config, the IBC handler contract address and a
//     trusting period) and the ConsensusState of the bootstrap's execution
//     block. Initialize verifies the bootstrap (execution payload and
//     current sync committee proven against the header) and keeps the
//     finalized header in the ClientState and the committee in the client
//     store under syncCommittees/{period}.
//   - A Header is one beacon-API update that carries a finalized header (a
//     LightClientUpdate or a finality update); optimistic updates are
//     refused, the client follows finality only. VerifyClientMessage runs
//     Store.VerifyUpdate at the chain's block time; UpdateState applies it,
//     learns and rotates committees across sync-committee periods, and
//     stores a ConsensusState (execution state root, block hash, timestamp)
//     at revision 0, height = execution block number.
//   - Misbehaviour is two validly signed conflicting updates
//     (Store.CheckMisbehaviour); a Header that finalizes another header at
//     the trusted slot, or another block at a height already known, is
//     misbehaviour too. Either freezes the client.
//   - Membership and non-membership proofs are a StorageProof: the
//     eth_getProof account proof of the IBC handler and the storage proof
//     of the handler's `commitments` mapping entry (slot 0) for the ICS-24
//     path ([StorageKey], [StoredValue]), against the consensus state's
//     state root.
//   - Status is Frozen after misbehaviour and Expired once the latest
//     consensus state is older than the trusting period.
//
// [NewClientState], [NewHeader], [NewMisbehaviour] and [NewStorageProof]
// build the messages from what adapters/evm/beacon returns.
//
// The protobuf definitions are in proto/causeway/lightclients/ethereum/v1;
// ethereum.pb.go is generated from them by scripts/gen-proto.sh (do not
// edit it). Like its parent, this package does no network or disk I/O.
package ibcclient

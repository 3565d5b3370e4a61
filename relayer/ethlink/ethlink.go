// Package ethlink relays IBC packets between a Cosmos (alliance) chain with
// Causeway's 10-ethereum client and an Ethereum chain with Causeway's IBC
// handler, attestation client and ICS-20 app (adapters/evm/contracts).
//
// Each direction is verified as the trust model says:
//
//   - alliance -> Ethereum: the relayer verifies the alliance header with its
//     Tendermint light client and every commitment with ICS-23, then the
//     operator committee signs the Merkle root of the batch (EIP-712) and one
//     transaction carries the attestation and the handler calls;
//   - Ethereum -> alliance: the relayer verifies beacon updates with its own
//     sync-committee light client (EthVerifier) and every eth_getProof
//     storage proof against the verified execution state root, then submits
//     the same updates to the 10-ethereum client and the messages with
//     Merkle-Patricia proofs.
//
// Nothing unverified is submitted; packets the destination already has are
// skipped. The package builds and sends batches; the relayer core decides
// what to relay and when.
package ethlink

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/beacon"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ibcclient"
	"github.com/causewaylabs/causeway/relayer/link"
)

// Eth is the Ethereum end of a path: the execution RPC, the relayer's
// Ethereum light client, the handler and the ids of the IBC objects on it.
type Eth struct {
	Client   *evm.Client
	Proofs   *beacon.ProofFetcher
	Verifier *EthVerifier
	// Submitter signs and sends the relay transactions.
	Submitter *evm.Submitter
	Handler   common.Address
	// ClientID is the attestation client (on the handler) tracking the
	// alliance chain.
	ClientID     string
	ConnectionID string
	PortID       string
	ChannelID    string
	// Committee gathers operator signatures for attestations.
	Committee Committee
	// CallsPerTx is the most packets, acks or timeouts per relay
	// transaction (the path's max_msgs); 0 or more than MaxEthereumBatch
	// means MaxEthereumBatch. Smaller transactions pack a block's gas
	// limit more tightly.
	CallsPerTx int

	tile tiler // sizes relay transactions to the block gas limit

	mu           sync.Mutex // guards lastAttested (reserve)
	lastAttested uint64     // the highest alliance height attested or reserved
	cosMu        sync.Mutex // serializes Cosmos-bound submissions (lockCosmos)
}

// Committee gathers signatures over an attestation from the operators of
// the attestation client. The leaves are what the root commits to, so an
// operator can check them against its own light client before it signs.
// When too few sign because operators already signed another root at the
// height (another process's batch), the error wraps ErrHeightTaken: the
// caller tries again at a newer height.
type Committee interface {
	Attest(ctx context.Context, a evm.Attestation, leaves []evm.AttestationLeaf) ([]evm.AttestationSignature, error)
}

// LocalCommittee signs with keys held by this process (a committee of one
// operator, or tests). The caller verified the leaves before asking.
type LocalCommittee struct {
	Keys []*ecdsa.PrivateKey
}

// Attest signs a with every key.
func (l LocalCommittee) Attest(_ context.Context, a evm.Attestation, _ []evm.AttestationLeaf) ([]evm.AttestationSignature, error) {
	out := make([]evm.AttestationSignature, 0, len(l.Keys))
	for _, k := range l.Keys {
		sig, err := evm.SignAttestation(a, k)
		if err != nil {
			return nil, err
		}
		out = append(out, evm.AttestationSignature{Signer: crypto.PubkeyToAddress(k.PublicKey), Signature: sig})
	}
	return out, nil
}

// MaxEthereumBatch is the most packets, acks or timeouts one transaction
// to the handler carries. An ICS-20 receive costs about 370k gas with its
// share of the attestation, and a transaction may use at most 2^24 gas
// since Osaka (EIP-7825, evm.MaxTxGas): 32 leave room for a first receive
// of a denom (which deploys its voucher) and for the estimate's margin.
const MaxEthereumBatch = 32

// MaxAttestedBatch is the most packets, acks or timeouts one attestation
// covers. They go out as transactions of at most Eth.CallsPerTx calls,
// sent back to back under consecutive nonces without waiting for each
// other, so one committee round and one alliance height fill several
// Ethereum blocks' worth of relay transactions.
const MaxAttestedBatch = 8 * MaxEthereumBatch

// Tx is one relay transaction of a batch: its hash, gas used and the
// sequences it carried.
type Tx struct {
	Hash    string
	GasUsed uint64
	Relayed []uint64
}

// Batch is what a relay call did: the transactions it sent that succeeded
// (none when nothing was left to do), and the sequences they carried and
// the ones skipped because the destination already had them.
type Batch struct {
	Txs      []Tx
	Relayed  []uint64
	Skipped  []uint64 // already done on the destination
	ProofsAt uint64   // the verified source height the proofs are for
}

// perTx is the effective CallsPerTx.
func (e *Eth) perTx() int {
	if e.CallsPerTx < 1 || e.CallsPerTx > MaxEthereumBatch {
		return MaxEthereumBatch
	}
	return e.CallsPerTx
}

// GasUsed is the gas used by all of the batch's transactions.
func (b *Batch) GasUsed() uint64 {
	var g uint64
	for _, t := range b.Txs {
		g += t.GasUsed
	}
	return g
}

// ToEVMPacket converts an ibc-go packet to the handler's packet type.
func ToEVMPacket(p channeltypes.Packet) evm.Packet {
	return bindings.Packet{
		Sequence: p.Sequence, SourcePort: p.SourcePort, SourceChannel: p.SourceChannel,
		DestinationPort: p.DestinationPort, DestinationChannel: p.DestinationChannel, Data: p.Data,
		TimeoutHeight:    bindings.Height{RevisionNumber: p.TimeoutHeight.RevisionNumber, RevisionHeight: p.TimeoutHeight.RevisionHeight},
		TimeoutTimestamp: p.TimeoutTimestamp,
	}
}

// ToIBCPacket converts a handler packet to ibc-go's packet type.
func ToIBCPacket(p evm.Packet) channeltypes.Packet {
	return channeltypes.Packet{
		Sequence: p.Sequence, SourcePort: p.SourcePort, SourceChannel: p.SourceChannel,
		DestinationPort: p.DestinationPort, DestinationChannel: p.DestinationChannel, Data: p.Data,
		TimeoutHeight:    clienttypes.NewHeight(p.TimeoutHeight.RevisionNumber, p.TimeoutHeight.RevisionHeight),
		TimeoutTimestamp: p.TimeoutTimestamp,
	}
}

// onChainClient reads the 10-ethereum client on the alliance chain at its
// latest state: updates are planned from it, and a proven read is one block
// behind (the proof is for the next header), which misses the update the
// previous batch just landed.
func onChainClient(ctx context.Context, cos *link.End) (*ibcclient.ClientState, error) {
	raw, err := cos.Chain.Query(ctx, "clients/"+cos.ClientID+"/clientState")
	if err != nil {
		return nil, err
	}
	if len(raw) == 0 {
		return nil, fmt.Errorf("ethlink: no client %s on %s", cos.ClientID, cos.Chain.ChainID())
	}
	csi, err := clienttypes.UnmarshalClientState(cos.Chain.Codec().Marshaler, raw)
	if err != nil {
		return nil, fmt.Errorf("ethlink: client %s on %s: %w", cos.ClientID, cos.Chain.ChainID(), err)
	}
	cs, ok := csi.(*ibcclient.ClientState)
	if !ok {
		return nil, fmt.Errorf("ethlink: client %s on %s is %s, not %s", cos.ClientID, cos.Chain.ChainID(), csi.ClientType(), ibcclient.ClientType)
	}
	return cs, nil
}

// send sends one multicall of the handler calls without waiting for it,
// asking for gas (0: the estimate times the adjustment).
func (e *Eth) send(ctx context.Context, calls [][]byte, gas uint64) (*evm.Sent, error) {
	var hc evm.HandlerCalls
	data, err := hc.Multicall(calls)
	if err != nil {
		return nil, err
	}
	sent, err := e.Submitter.Send(ctx, evm.Call{To: e.Handler, Data: data, Gas: gas})
	if err != nil {
		return nil, fmt.Errorf("ethlink: handler multicall of %d calls: %w", len(calls), err)
	}
	return sent, nil
}

// attestationClient returns the address and operator set of the handler's
// attestation client.
func (e *Eth) attestationClient(ctx context.Context) (common.Address, uint64, error) {
	h, err := bindings.NewIBCHandlerCaller(e.Handler, e.Client.Eth())
	if err != nil {
		return common.Address{}, 0, err
	}
	opts := &bind.CallOpts{Context: ctx}
	addr, err := h.Clients(opts, e.ClientID)
	if err != nil {
		return common.Address{}, 0, fmt.Errorf("ethlink: handler %s client %s: %w", e.Handler, e.ClientID, err)
	}
	if addr == (common.Address{}) {
		return common.Address{}, 0, fmt.Errorf("ethlink: handler %s has no client %s", e.Handler, e.ClientID)
	}
	ac, err := bindings.NewAttestationClientCaller(addr, e.Client.Eth())
	if err != nil {
		return common.Address{}, 0, err
	}
	set, err := ac.OperatorSetId(opts)
	if err != nil {
		return common.Address{}, 0, fmt.Errorf("ethlink: attestation client %s operator set: %w", addr, err)
	}
	return addr, set, nil
}

// unless reads the handler's word at each item's path now (unverified: it
// only decides what to skip, the handler checks again) and returns the
// items still to do. An item is done, and its sequence recorded in b as
// skipped, when a word is present there if donePresent (a receipt), or
// absent if not (a packet commitment, gone after its ack or timeout).
func unless[T any](ctx context.Context, e *Eth, b *Batch, items []T, key func(T) (path string, seq uint64), donePresent bool) ([]T, error) {
	paths := make([]string, len(items))
	seqs := make([]uint64, len(items))
	for i, it := range items {
		paths[i], seqs[i] = key(it)
	}
	words, err := e.Client.StoredCommitments(ctx, e.Handler, paths, nil)
	if err != nil {
		return nil, err
	}
	var todo []T
	for i, it := range items {
		if (words[i] != common.Hash{}) == donePresent {
			b.Skipped = append(b.Skipped, seqs[i])
		} else {
			todo = append(todo, it)
		}
	}
	return todo, nil
}

// ErrHeightTaken means operators already signed another root at the
// attestation's height, so it cannot reach the threshold there.
var ErrHeightTaken = errors.New("ethlink: operators already signed another root at this height")

// ErrStaleHeight means the attestation height was not above the last one
// this process attested; the caller retries with a newer header.
var ErrStaleHeight = errors.New("ethlink: attestation height not above the last attested")

// Operators reads the current operators and threshold of the handler's
// attestation client (attest.Committee uses it to count signatures).
func (e *Eth) Operators(ctx context.Context) ([]common.Address, uint64, error) {
	addr, _, err := e.attestationClient(ctx)
	if err != nil {
		return nil, 0, err
	}
	ac, err := bindings.NewAttestationClientCaller(addr, e.Client.Eth())
	if err != nil {
		return nil, 0, err
	}
	opts := &bind.CallOpts{Context: ctx}
	ops, err := ac.GetOperators(opts)
	if err != nil {
		return nil, 0, fmt.Errorf("ethlink: attestation client %s operators: %w", addr, err)
	}
	th, err := ac.Threshold(opts)
	if err != nil {
		return nil, 0, fmt.Errorf("ethlink: attestation client %s threshold: %w", addr, err)
	}
	return ops, th.Uint64(), nil
}

// Checker checks attestation requests of other processes with this
// process's own light client before its operator key signs them.
type Checker struct {
	Cos *link.End
	Eth *Eth
}

// CheckAttestation verifies that a names this path's attestation client,
// operator set and chain, that its height and timestamp are those of the
// alliance header this process's Tendermint light client verifies at that
// height, that the root is the root of leaves, and that every leaf holds
// there (ICS-23 membership with the same value, or non-membership).
func (c Checker) CheckAttestation(ctx context.Context, a evm.Attestation, leaves []evm.AttestationLeaf) error {
	client, set, err := c.Eth.attestationClient(ctx)
	if err != nil {
		return err
	}
	switch {
	case a.ChainID == nil || a.ChainID.Cmp(c.Eth.Client.ChainID) != 0:
		return fmt.Errorf("ethlink: attestation for chain id %v, this path's Ethereum chain is %s", a.ChainID, c.Eth.Client.ChainID)
	case a.Client != client:
		return fmt.Errorf("ethlink: attestation for client contract %s, the handler's %s is %s", a.Client, c.Eth.ClientID, client)
	case a.OperatorSetID != set:
		return fmt.Errorf("ethlink: attestation for operator set %d, the current set is %d", a.OperatorSetID, set)
	}
	tree, err := evm.NewAttestationTree(leaves)
	if err != nil {
		return err
	}
	if tree.Root() != a.Root {
		return fmt.Errorf("ethlink: root %s is not the root of the leaves", a.Root)
	}
	lb, err := c.Cos.Verifier.At(ctx, int64(a.RevisionHeight))
	if err != nil {
		return fmt.Errorf("ethlink: verify %s header %d: %w", c.Cos.Chain.ChainID(), a.RevisionHeight, err)
	}
	if h := c.Cos.Chain.Height(lb.Height); h.RevisionNumber != a.RevisionNumber || h.RevisionHeight != a.RevisionHeight {
		return fmt.Errorf("ethlink: attestation height %d-%d is not %s height %s", a.RevisionNumber, a.RevisionHeight, c.Cos.Chain.ChainID(), h)
	}
	if uint64(lb.Time.UnixNano()) != a.Timestamp {
		return fmt.Errorf("ethlink: attestation timestamp %d is not %s's header time %d at height %d", a.Timestamp, c.Cos.Chain.ChainID(), lb.Time.UnixNano(), lb.Height)
	}
	var present []string
	var values [][]byte
	for _, l := range leaves {
		if l.Absent {
			p, err := link.Prove(ctx, c.Cos.Chain, lb, l.Path)
			if err != nil {
				return err
			}
			if len(p.Value) != 0 {
				return fmt.Errorf("ethlink: %s is present at %s height %d; the attestation claims it absent", l.Path, c.Cos.Chain.ChainID(), lb.Height)
			}
			continue
		}
		present = append(present, l.Path)
		values = append(values, l.Value)
	}
	if len(present) == 0 {
		return nil
	}
	proofs, err := link.ProveAllExist(ctx, c.Cos.Chain, lb, present)
	if err != nil {
		return err
	}
	for i, p := range proofs {
		if !bytes.Equal(p.Value, values[i]) {
			return fmt.Errorf("ethlink: %s at %s height %d holds %X; the attestation claims %X", present[i], c.Cos.Chain.ChainID(), lb.Height, p.Value, values[i])
		}
	}
	return nil
}

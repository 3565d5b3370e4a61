package ethlink

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"sync"

	cmttypes "github.com/cometbft/cometbft/types"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"
	host "github.com/cosmos/ibc-go/v8/modules/core/24-host"

	"github.com/causewaylabs/causeway/adapters/cosmos"
	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	"github.com/causewaylabs/causeway/relayer/link"
)

// reserve returns a verified alliance header at least minHeight and above
// every height this process attested or reserved, and reserves its height
// (the attestation client keeps one root per height: a second, different
// root for the same height would freeze it). Only this choice is
// serialized: batches prove, gather signatures and send concurrently, each
// at its own height.
func (e *Eth) reserve(ctx context.Context, cos *link.End, minHeight int64) (*cmttypes.LightBlock, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	m := max(minHeight, int64(e.lastAttested)+1)
	if err := cos.Chain.WaitHeight(ctx, m); err != nil {
		return nil, err
	}
	lb, err := cos.Verifier.Latest(ctx)
	if err != nil {
		return nil, fmt.Errorf("ethlink: verify %s header: %w", cos.Chain.ChainID(), err)
	}
	if lb.Height < m {
		return nil, fmt.Errorf("ethlink: %s latest verified header %d is below %d", cos.Chain.ChainID(), lb.Height, m)
	}
	e.lastAttested = uint64(lb.Height)
	return lb, nil
}

// skipTo makes later reservations start above height h (another process
// attested it).
func (e *Eth) skipTo(h uint64) {
	e.mu.Lock()
	e.lastAttested = max(e.lastAttested, h)
	e.mu.Unlock()
}

// attest has the committee sign the root of leaves, verified by the caller
// at lb, and sends the calls that calls builds from the tree (one per leaf)
// in transactions of at most e.CallsPerTx calls (fewer when that tiles a
// block better, see TileCalls), each led by the same attestation: the first
// to land stores the root and the others' copy is a no-op, so each
// transaction stands alone whatever order they land in. It returns the
// transactions sent, in leaf order (nil where one could not be sent, with
// the error), and the calls per transaction.
func (e *Eth) attest(ctx context.Context, cos *link.End, lb *cmttypes.LightBlock, leaves []evm.AttestationLeaf,
	calls func(tree *evm.AttestationTree, h evm.Height) ([][]byte, error)) ([]*evm.Sent, int, error) {
	tree, err := evm.NewAttestationTree(leaves)
	if err != nil {
		return nil, 0, err
	}
	client, set, err := e.attestationClient(ctx)
	if err != nil {
		return nil, 0, err
	}
	height := cos.Chain.Height(lb.Height)
	a := evm.Attestation{
		ChainID: e.Client.ChainID, Client: client, OperatorSetID: set,
		RevisionNumber: height.RevisionNumber, RevisionHeight: height.RevisionHeight,
		Timestamp: uint64(lb.Time.UnixNano()), Root: tree.Root(),
	}
	h := evm.Height{RevisionNumber: height.RevisionNumber, RevisionHeight: height.RevisionHeight}
	// Another relayer may have attested this height with another batch;
	// attesting a second root there would freeze the client.
	ac, err := bindings.NewAttestationClientCaller(client, e.Client.Eth())
	if err != nil {
		return nil, 0, err
	}
	cur, err := ac.GetConsensus(&bind.CallOpts{Context: ctx}, h)
	if err != nil {
		return nil, 0, fmt.Errorf("ethlink: attestation client %s consensus at %d: %w", client, h.RevisionHeight, err)
	}
	if cur.Root != ([32]byte{}) && common.Hash(cur.Root) != a.Root {
		e.skipTo(h.RevisionHeight)
		return nil, 0, fmt.Errorf("%w: height %d already attested with another root", ErrStaleHeight, h.RevisionHeight)
	}
	sigs, err := e.Committee.Attest(ctx, a, leaves)
	if err != nil {
		return nil, 0, fmt.Errorf("ethlink: attestation of %d leaves at %s height %d: %w", len(leaves), cos.Chain.ChainID(), lb.Height, err)
	}
	msg, err := evm.AttestationClientMessage(a, sigs)
	if err != nil {
		return nil, 0, err
	}
	var hc evm.HandlerCalls
	upd, err := hc.UpdateClient(e.ClientID, msg)
	if err != nil {
		return nil, 0, err
	}
	rest, err := calls(tree, h)
	if err != nil {
		return nil, 0, err
	}
	// The first transaction is estimated; the others of its size ask for
	// the same gas and are sent at once, each on its own goroutine (the
	// Submitter hands out nonces in order of sending). geth estimates by a
	// binary search over executions of the whole multicall: nine estimates
	// of a batch at once held the node's CPU for seconds. The later ones
	// use no more: their copy of the attestation is a no-op, and their
	// receives write the same kinds of slots. One that does fall short
	// reverts and its packets are relayed again.
	per := e.callsPerTx(ctx, rest)
	n := (len(rest) + per - 1) / per
	sent := make([]*evm.Sent, n)
	errs := make([]error, n)
	chunk := func(i int) [][]byte { return rest[i*per : min((i+1)*per, len(rest))] }
	sent[0], errs[0] = e.send(ctx, append([][]byte{upd}, chunk(0)...), 0)
	var gas uint64
	if errs[0] == nil {
		e.observe(chunk(0), sent[0], len(chunk(0)))
		gas = sent[0].Gas()
	}
	var wg sync.WaitGroup
	for i := 1; i < n; i++ {
		c := chunk(i)
		g := gas
		if len(c) != per {
			g = 0 // a shorter last one is estimated
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			sent[i], errs[i] = e.send(ctx, append([][]byte{upd}, c...), g)
		}()
	}
	wg.Wait()
	return sent, per, errors.Join(errs...)
}

// prover verifies, at the alliance header lb, the facts a batch needs and
// returns them as leaves with the handler calls to make from their tree
// (no leaves: nothing left to do).
type prover func(lb *cmttypes.LightBlock) ([]evm.AttestationLeaf, func(*evm.AttestationTree, evm.Height) ([][]byte, error), error)

// attested makes one attested submission: at a fresh verified alliance
// header (at least minHeight, above the last attested), prove verifies the
// batch's facts, the committee signs their root, and the calls go out in
// one or more transactions (see attest). A height another process's batch
// took first (an operator already signed another root there) is retried at
// a newer header. Only choosing the height is serialized (reserve), so the
// next batch is proven, attested and sent while this one's are, or while
// its transactions wait for a block. It returns a receipt per transaction,
// in leaf order (nil where one failed, with the error), and the calls per
// transaction; no receipts when prove found nothing left to do.
func (e *Eth) attested(ctx context.Context, cos *link.End, minHeight int64, prove prover) ([]*types.Receipt, int, *cmttypes.LightBlock, error) {
	sent, per, lb, err := e.attestAndSend(ctx, cos, minHeight, prove)
	errs := []error{err}
	receipts := make([]*types.Receipt, len(sent))
	for i, s := range sent {
		if s == nil {
			continue
		}
		r, werr := e.Submitter.Wait(ctx, s)
		if werr != nil {
			errs = append(errs, fmt.Errorf("ethlink: relay transaction %d of %d (nonce %d): %w", i+1, len(sent), s.Nonce, werr))
			continue
		}
		receipts[i] = r
	}
	return receipts, per, lb, errors.Join(errs...)
}

func (e *Eth) attestAndSend(ctx context.Context, cos *link.End, minHeight int64, prove prover) ([]*evm.Sent, int, *cmttypes.LightBlock, error) {
	for attempt := 0; ; attempt++ {
		lb, err := e.reserve(ctx, cos, minHeight)
		if err != nil {
			return nil, 0, nil, err
		}
		leaves, calls, err := prove(lb)
		if err != nil || len(leaves) == 0 {
			return nil, 0, lb, err
		}
		sent, per, err := e.attest(ctx, cos, lb, leaves, calls)
		if (errors.Is(err, ErrStaleHeight) || errors.Is(err, ErrHeightTaken)) && attempt < 5 {
			continue // reserve picks a newer height
		}
		return sent, per, lb, err
	}
}

// settle records in b the transactions of an attested submission that
// succeeded: items are the batch's leaves in order, and transaction i
// carried items[i*per:].
func settle[T any](b *Batch, lb *cmttypes.LightBlock, receipts []*types.Receipt, items []T, seq func(T) uint64, per int) {
	if lb != nil {
		b.ProofsAt = uint64(lb.Height)
	}
	for i, r := range receipts {
		if r == nil {
			continue
		}
		tx := Tx{Hash: r.TxHash.Hex(), GasUsed: r.GasUsed}
		for _, it := range items[i*per : min((i+1)*per, len(items))] {
			tx.Relayed = append(tx.Relayed, seq(it))
		}
		b.Txs = append(b.Txs, tx)
		b.Relayed = append(b.Relayed, tx.Relayed...)
	}
}

// RecvOnEthereum delivers packets sent on the alliance chain to the handler:
// one transaction with an attestation of their commitments at a verified
// alliance header (height >= minHeight; pass the send height + 1) and a
// recvPacket per packet. Every commitment is verified with ICS-23 against
// the header's app hash and compared with the packet before the committee
// is asked to sign. Packets the handler already received are skipped.
func RecvOnEthereum(ctx context.Context, cos *link.End, eth *Eth, packets []channeltypes.Packet, minHeight int64) (*Batch, error) {
	b := &Batch{}
	todo, err := unless(ctx, eth, b, packets, func(p channeltypes.Packet) (string, uint64) {
		return evm.PacketReceiptPath(p.DestinationPort, p.DestinationChannel, p.Sequence), p.Sequence
	}, true)
	if err != nil || len(todo) == 0 {
		return b, err
	}
	rs, per, lb, err := eth.attested(ctx, cos, minHeight, func(lb *cmttypes.LightBlock) ([]evm.AttestationLeaf, func(*evm.AttestationTree, evm.Height) ([][]byte, error), error) {
		paths := make([]string, len(todo))
		for i, p := range todo {
			paths[i] = host.PacketCommitmentPath(p.SourcePort, p.SourceChannel, p.Sequence)
		}
		proofs, err := link.ProveAllExist(ctx, cos.Chain, lb, paths)
		if err != nil {
			return nil, nil, err
		}
		cdc := cos.Chain.Codec().Marshaler
		leaves := make([]evm.AttestationLeaf, len(todo))
		for i, p := range todo {
			want := channeltypes.CommitPacket(cdc, p)
			if !bytes.Equal(proofs[i].Value, want) {
				return nil, nil, fmt.Errorf("ethlink: %s packet %s/%d: proven commitment %X is not the packet's %X",
					cos.Chain.ChainID(), p.SourceChannel, p.Sequence, proofs[i].Value, want)
			}
			leaves[i] = evm.AttestationLeaf{Path: paths[i], Value: want}
		}
		return leaves, perLeaf(len(todo), func(hc evm.HandlerCalls, i int, proof []byte, h evm.Height) ([]byte, error) {
			return hc.RecvPacket(ToEVMPacket(todo[i]), proof, h)
		}), nil
	})
	settle(b, lb, rs, todo, func(p channeltypes.Packet) uint64 { return p.Sequence }, per)
	if err != nil {
		return b, fmt.Errorf("ethlink: recv %d packets on Ethereum: %w", len(todo), err)
	}
	return b, nil
}

// AckOnEthereum delivers acknowledgements the alliance chain wrote for
// packets sent from Ethereum (write_acknowledgement events) to the handler:
// an attestation of the verified ack commitments and an acknowledgePacket
// per ack, in one transaction. Acks whose packet commitment is already gone
// from the handler are skipped.
func AckOnEthereum(ctx context.Context, cos *link.End, eth *Eth, acks []cosmos.PacketEvent, minHeight int64) (*Batch, error) {
	b := &Batch{}
	for _, a := range acks {
		if a.Kind != cosmos.WriteAck {
			return nil, fmt.Errorf("ethlink: %s event for sequence %d is not a write_acknowledgement", a.Kind, a.Packet.Sequence)
		}
	}
	// An ack is owed while the handler still holds the packet's commitment.
	todo, err := unless(ctx, eth, b, acks, func(a cosmos.PacketEvent) (string, uint64) {
		return evm.PacketCommitmentPath(a.Packet.SourcePort, a.Packet.SourceChannel, a.Packet.Sequence), a.Packet.Sequence
	}, false)
	if err != nil || len(todo) == 0 {
		return b, err
	}
	rs, per, lb, err := eth.attested(ctx, cos, minHeight, func(lb *cmttypes.LightBlock) ([]evm.AttestationLeaf, func(*evm.AttestationTree, evm.Height) ([][]byte, error), error) {
		paths := make([]string, len(todo))
		for i, a := range todo {
			paths[i] = host.PacketAcknowledgementPath(a.Packet.DestinationPort, a.Packet.DestinationChannel, a.Packet.Sequence)
		}
		proofs, err := link.ProveAllExist(ctx, cos.Chain, lb, paths)
		if err != nil {
			return nil, nil, err
		}
		leaves := make([]evm.AttestationLeaf, len(todo))
		for i, a := range todo {
			want := channeltypes.CommitAcknowledgement(a.Ack)
			if !bytes.Equal(proofs[i].Value, want) {
				return nil, nil, fmt.Errorf("ethlink: %s ack %s/%d: proven commitment %X is not the ack's %X",
					cos.Chain.ChainID(), a.Packet.DestinationChannel, a.Packet.Sequence, proofs[i].Value, want)
			}
			leaves[i] = evm.AttestationLeaf{Path: paths[i], Value: want}
		}
		return leaves, perLeaf(len(todo), func(hc evm.HandlerCalls, i int, proof []byte, h evm.Height) ([]byte, error) {
			return hc.AcknowledgePacket(ToEVMPacket(todo[i].Packet), todo[i].Ack, proof, h)
		}), nil
	})
	settle(b, lb, rs, todo, func(a cosmos.PacketEvent) uint64 { return a.Packet.Sequence }, per)
	if err != nil {
		return b, fmt.Errorf("ethlink: acknowledge %d packets on Ethereum: %w", len(todo), err)
	}
	return b, nil
}

// TimeoutOnEthereum times out packets sent from Ethereum that the alliance
// chain never received and whose timeout has passed there: at a verified
// alliance header past the timeout, the absence of each receipt is proven
// (ICS-23 non-membership), attested, and timeoutPacket called (the sender
// is refunded). Packets received meanwhile, or already timed out, are
// skipped. Unordered channels only.
func TimeoutOnEthereum(ctx context.Context, cos *link.End, eth *Eth, packets []evm.Packet) (*Batch, error) {
	b := &Batch{}
	todo, err := unless(ctx, eth, b, packets, func(p evm.Packet) (string, uint64) {
		return evm.PacketCommitmentPath(p.SourcePort, p.SourceChannel, p.Sequence), p.Sequence
	}, false)
	if err != nil || len(todo) == 0 {
		return b, err
	}
	var expired []evm.Packet
	base := b.Skipped
	rs, per, lb, err := eth.attested(ctx, cos, 0, func(lb *cmttypes.LightBlock) ([]evm.AttestationLeaf, func(*evm.AttestationTree, evm.Height) ([][]byte, error), error) {
		height := cos.Chain.Height(lb.Height)
		var leaves []evm.AttestationLeaf
		expired = nil
		skipped := append([]uint64(nil), base...)
		for _, p := range todo {
			past := (p.TimeoutHeight.RevisionHeight != 0 && height.RevisionHeight >= p.TimeoutHeight.RevisionHeight) ||
				(p.TimeoutTimestamp != 0 && uint64(lb.Time.UnixNano()) >= p.TimeoutTimestamp)
			if !past {
				return nil, nil, fmt.Errorf("ethlink: packet %s/%d has not timed out at %s height %d", p.SourceChannel, p.Sequence, cos.Chain.ChainID(), lb.Height)
			}
			path := host.PacketReceiptPath(p.DestinationPort, p.DestinationChannel, p.Sequence)
			pr, err := link.Prove(ctx, cos.Chain, lb, path)
			if err != nil {
				return nil, nil, err
			}
			if len(pr.Value) != 0 {
				skipped = append(skipped, p.Sequence) // received after all: its ack will come
				continue
			}
			leaves = append(leaves, evm.AttestationLeaf{Path: path, Absent: true})
			expired = append(expired, p)
		}
		b.Skipped = skipped
		return leaves, perLeaf(len(expired), func(hc evm.HandlerCalls, i int, proof []byte, h evm.Height) ([]byte, error) {
			return hc.TimeoutPacket(expired[i], proof, h, 0)
		}), nil
	})
	settle(b, lb, rs, expired, func(p evm.Packet) uint64 { return p.Sequence }, per)
	if err != nil {
		return b, fmt.Errorf("ethlink: time out %d packets on Ethereum: %w", len(todo), err)
	}
	return b, nil
}

// perLeaf builds one handler call per attested leaf, in leaf order, each
// with the leaf's branch in tree.
func perLeaf(n int, call func(hc evm.HandlerCalls, i int, proof []byte, h evm.Height) ([]byte, error)) func(*evm.AttestationTree, evm.Height) ([][]byte, error) {
	return func(tree *evm.AttestationTree, h evm.Height) ([][]byte, error) {
		var hc evm.HandlerCalls
		out := make([][]byte, n)
		for i := range n {
			proof, err := tree.Proof(i)
			if err != nil {
				return nil, err
			}
			if out[i], err = call(hc, i, proof, h); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
}

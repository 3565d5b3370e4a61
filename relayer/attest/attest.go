// Package attest is the operator committee of an attestation client, over
// NATS. A process with a batch for Ethereum publishes the attestation and
// its leaves on causeway.attest.<path>; every operator process of the path
// checks them with its own light client (Checker), signs, and answers; the
// requester submits once it holds the client's threshold of signatures, so
// each batch is submitted by one process. An operator never signs two
// different roots for one height: the attestation client freezes on that.
package attest

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/nats-io/nats.go"
	"go.uber.org/zap"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/relayer/ethlink"
	"github.com/causewaylabs/causeway/relayer/spine"
)

// Subject is the NATS subject of a path's attestation requests.
func Subject(path string) string { return "causeway.attest." + spine.Token(path) }

// Leaf is an attested (path, value) fact on the wire.
type Leaf struct {
	Path   string `json:"path"`
	Value  []byte `json:"value,omitempty"`
	Absent bool   `json:"absent,omitempty"`
}

// Request asks operators to sign an attestation of leaves.
type Request struct {
	ChainID        string         `json:"chain_id"` // decimal EIP-155 id
	Client         common.Address `json:"client"`
	OperatorSetID  uint64         `json:"operator_set_id"`
	RevisionNumber uint64         `json:"revision_number"`
	RevisionHeight uint64         `json:"revision_height"`
	Timestamp      uint64         `json:"timestamp"`
	Root           common.Hash    `json:"root"`
	Leaves         []Leaf         `json:"leaves"`
}

// Response is one operator's answer: a signature, or why it refused.
// HeightTaken marks a refusal because the operator already signed another
// root at the height.
type Response struct {
	Signer      common.Address `json:"signer"`
	Signature   []byte         `json:"signature,omitempty"`
	Error       string         `json:"error,omitempty"`
	HeightTaken bool           `json:"height_taken,omitempty"`
}

// errHeightTaken is an operator's refusal to sign a second root at a height.
var errHeightTaken = errors.New("already signed another root at this height")

func newRequest(a evm.Attestation, leaves []evm.AttestationLeaf) Request {
	r := Request{
		ChainID: a.ChainID.String(), Client: a.Client, OperatorSetID: a.OperatorSetID,
		RevisionNumber: a.RevisionNumber, RevisionHeight: a.RevisionHeight, Timestamp: a.Timestamp, Root: a.Root,
	}
	for _, l := range leaves {
		r.Leaves = append(r.Leaves, Leaf{Path: l.Path, Value: l.Value, Absent: l.Absent})
	}
	return r
}

func (r Request) decode() (evm.Attestation, []evm.AttestationLeaf, error) {
	id, ok := new(big.Int).SetString(r.ChainID, 10)
	if !ok {
		return evm.Attestation{}, nil, fmt.Errorf("attest: chain id %q is not a decimal number", r.ChainID)
	}
	a := evm.Attestation{
		ChainID: id, Client: r.Client, OperatorSetID: r.OperatorSetID,
		RevisionNumber: r.RevisionNumber, RevisionHeight: r.RevisionHeight, Timestamp: r.Timestamp, Root: r.Root,
	}
	leaves := make([]evm.AttestationLeaf, len(r.Leaves))
	for i, l := range r.Leaves {
		leaves[i] = evm.AttestationLeaf{Path: l.Path, Value: l.Value, Absent: l.Absent}
	}
	return a, leaves, nil
}

// Checker verifies, with the operator's own light client, that every leaf
// holds on the counterparty at the attestation's height and timestamp and
// that the attestation names the right client, operator set and chain.
type Checker interface {
	CheckAttestation(ctx context.Context, a evm.Attestation, leaves []evm.AttestationLeaf) error
}

// Operator answers a path's attestation requests with its key.
type Operator struct {
	NC    *nats.Conn
	Path  string
	Key   *ecdsa.PrivateKey
	Check Checker
	// OnRefused, if set, is told each request the operator refused.
	OnRefused func(error)
	Log       *zap.Logger

	mu     sync.Mutex
	signed map[uint64]common.Hash // revision height -> root signed
}

// Address is the operator's address.
func (o *Operator) Address() common.Address { return crypto.PubkeyToAddress(o.Key.PublicKey) }

// Run serves requests until ctx ends. Requests are handled one at a time:
// each needs proofs from the chain, and order keeps the no-equivocation
// check simple.
func (o *Operator) Run(ctx context.Context) error {
	ch := make(chan *nats.Msg, 64)
	sub, err := o.NC.ChanSubscribe(Subject(o.Path), ch)
	if err != nil {
		return fmt.Errorf("attest: subscribe %s: %w", Subject(o.Path), err)
	}
	defer func() { _ = sub.Unsubscribe() }()
	o.Log.Info("attestation operator serving", zap.String("path", o.Path), zap.String("operator", o.Address().Hex()))
	for {
		select {
		case <-ctx.Done():
			return nil
		case m := <-ch:
			resp := o.handle(ctx, m.Data)
			if resp.Error != "" {
				o.Log.Warn("attestation refused", zap.String("path", o.Path), zap.String("reason", resp.Error))
				if o.OnRefused != nil {
					o.OnRefused(errors.New(resp.Error))
				}
			}
			b, _ := json.Marshal(resp)
			if m.Reply != "" {
				_ = o.NC.Publish(m.Reply, b)
			}
		}
	}
}

func (o *Operator) handle(ctx context.Context, data []byte) Response {
	resp := Response{Signer: o.Address()}
	var req Request
	if err := json.Unmarshal(data, &req); err != nil {
		resp.Error = fmt.Sprintf("malformed request: %v", err)
		return resp
	}
	a, leaves, err := req.decode()
	if err == nil {
		err = o.sign(ctx, a, leaves, &resp)
	}
	if err != nil {
		resp.Error = err.Error()
		resp.HeightTaken = errors.Is(err, errHeightTaken)
	}
	return resp
}

func (o *Operator) sign(ctx context.Context, a evm.Attestation, leaves []evm.AttestationLeaf, resp *Response) error {
	tree, err := evm.NewAttestationTree(leaves)
	if err != nil {
		return err
	}
	if tree.Root() != a.Root {
		return fmt.Errorf("root %s is not the root %s of the %d leaves", a.Root, tree.Root(), len(leaves))
	}
	o.mu.Lock()
	prev, seen := o.signed[a.RevisionHeight]
	o.mu.Unlock()
	if seen && prev != a.Root {
		return fmt.Errorf("%w: root %s for height %d; signing %s too would freeze the client", errHeightTaken, prev, a.RevisionHeight, a.Root)
	}
	cctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	if err := o.Check.CheckAttestation(cctx, a, leaves); err != nil {
		return fmt.Errorf("height %d: %w", a.RevisionHeight, err)
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if prev, seen := o.signed[a.RevisionHeight]; seen && prev != a.Root {
		return fmt.Errorf("%w: root %s for height %d", errHeightTaken, prev, a.RevisionHeight)
	}
	sig, err := evm.SignAttestation(a, o.Key)
	if err != nil {
		return err
	}
	if o.signed == nil {
		o.signed = map[uint64]common.Hash{}
	}
	o.signed[a.RevisionHeight] = a.Root
	if len(o.signed) > 4096 { // heights only grow; forget the oldest half
		for h := range o.signed {
			if h < a.RevisionHeight-2048 {
				delete(o.signed, h)
			}
		}
	}
	resp.Signature = sig
	return nil
}

// Operators reads the attestation client's current operators and threshold.
type Operators func(ctx context.Context) (ops []common.Address, threshold uint64, err error)

// Committee gathers signatures from a path's operators over NATS; it
// satisfies ethlink.Committee.
type Committee struct {
	NC        *nats.Conn
	Path      string
	Operators Operators
	// Timeout bounds one round of gathering (default 15 s).
	Timeout time.Duration
	Log     *zap.Logger
}

// ErrNoQuorum means too few operators signed in time.
var ErrNoQuorum = errors.New("attest: fewer signatures than the threshold")

// Attest publishes the request and returns signatures from distinct current
// operators once it holds the threshold. Every signature is checked (it
// recovers to an operator of the current set) before it counts.
func (c *Committee) Attest(ctx context.Context, a evm.Attestation, leaves []evm.AttestationLeaf) ([]evm.AttestationSignature, error) {
	ops, threshold, err := c.Operators(ctx)
	if err != nil {
		return nil, err
	}
	member := map[common.Address]bool{}
	for _, op := range ops {
		member[op] = true
	}
	body, err := json.Marshal(newRequest(a, leaves))
	if err != nil {
		return nil, err
	}
	inbox := c.NC.NewRespInbox()
	sub, err := c.NC.SubscribeSync(inbox)
	if err != nil {
		return nil, fmt.Errorf("attest: subscribe: %w", err)
	}
	defer func() { _ = sub.Unsubscribe() }()
	if err := c.NC.PublishMsg(&nats.Msg{Subject: Subject(c.Path), Reply: inbox, Data: body}); err != nil {
		return nil, fmt.Errorf("attest: publish request: %w", err)
	}
	timeout := c.Timeout
	if timeout == 0 {
		timeout = 15 * time.Second
	}
	wctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	got := map[common.Address][]byte{}
	answered := map[common.Address]bool{} // current operators that answered
	var refusals []error
	taken := false
	for uint64(len(got)) < threshold {
		// Operators yet to answer could still make the threshold; when they
		// cannot, stop waiting.
		if uint64(len(got)+len(ops)-len(answered)) < threshold {
			err := fmt.Errorf("%w: %d of %d at height %d, the other operators refused: %v", ErrNoQuorum, len(got), threshold, a.RevisionHeight, errors.Join(refusals...))
			if taken {
				err = fmt.Errorf("%w (%w)", err, ethlink.ErrHeightTaken)
			}
			return nil, err
		}
		m, err := sub.NextMsgWithContext(wctx)
		if err != nil {
			return nil, fmt.Errorf("%w: %d of %d at height %d (refusals: %v): %v", ErrNoQuorum, len(got), threshold, a.RevisionHeight, errors.Join(refusals...), err)
		}
		var r Response
		if err := json.Unmarshal(m.Data, &r); err != nil {
			continue
		}
		if r.Error != "" {
			refusals = append(refusals, fmt.Errorf("%s: %s", r.Signer, r.Error))
			if member[r.Signer] {
				answered[r.Signer] = true
				taken = taken || r.HeightTaken
			}
			continue
		}
		signer, err := evm.RecoverAttestationSigner(a, r.Signature)
		if err != nil || signer != r.Signer || !member[signer] {
			refusals = append(refusals, fmt.Errorf("%s: signature does not recover to a current operator", r.Signer))
			continue
		}
		answered[signer] = true
		got[signer] = r.Signature
	}
	out := make([]evm.AttestationSignature, 0, len(got))
	for s, sig := range got {
		out = append(out, evm.AttestationSignature{Signer: s, Signature: sig})
	}
	if c.Log != nil {
		c.Log.Debug("attestation signed", zap.String("path", c.Path), zap.Uint64("height", a.RevisionHeight), zap.Int("signatures", len(out)))
	}
	return out, nil
}

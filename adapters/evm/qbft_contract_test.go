package evm_test

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"

	transfertypes "github.com/cosmos/ibc-go/v8/modules/apps/transfer/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/causewaylabs/causeway/adapters/evm"
	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
	qbftadapter "github.com/causewaylabs/causeway/adapters/evm/qbft"
	"github.com/causewaylabs/causeway/lightclients/qbft"
	"github.com/causewaylabs/causeway/lightclients/qbft/qbfttest"
)

const (
	qbftClientID = "qbft-0"
	qbftVectors  = "../../lightclients/qbft/testdata/vectors.json"
)

// cpHandler stands for the IBC handler on the QBFT chain whose storage the
// client proves.
var cpHandler = common.HexToAddress("0x00000000000000000000000000000000c0ffee01")

func deployQBFTClient(t testing.TB, e *env, p bindings.QBFTClientParams, trusted *qbft.TrustedState) (common.Address, *bindings.QBFTClient) {
	t.Helper()
	addr, tx, c, err := bindings.DeployQBFTClient(e.owner, e.client, p, 0, cpHandler, qbftadapter.ContractTrustedState(trusted), trusted.StateRoot)
	e.mine(tx, err)
	return addr, c
}

// TestQBFTContractVectors replays every vector of the Go client's
// testdata/vectors.json through the contract's verifyHeader and requires the
// same verdict; accepted headers must also yield the same new trusted state
// and state root.
func TestQBFTContractVectors(t *testing.T) {
	raw, err := os.ReadFile(qbftVectors)
	must(t, err)
	var vs []qbfttest.Vector
	must(t, json.Unmarshal(raw, &vs))
	if len(vs) < 300 {
		t.Fatalf("only %d vectors in %s", len(vs), qbftVectors)
	}
	e := newEnv(t, 1, 1)
	clients := map[bindings.QBFTClientParams]*bindings.QBFTClient{}
	accepted := 0
	for _, v := range vs {
		enc, err := qbftadapter.ContractEncoding(v.Trusted.Encoding)
		must(t, err)
		p := bindings.QBFTClientParams{Encoding: enc, TrustingPeriod: v.TrustingPeriod, MaxClockDrift: v.MaxClockDrift, EpochLength: v.EpochLength}
		c, ok := clients[p]
		if !ok {
			_, c = deployQBFTClient(t, e, p, v.Trusted)
			clients[p] = c
		}
		goState, goErr := qbft.Verify(v.Trusted, v.Header, v.Time(), v.Params())
		if (goErr == nil) != (v.Error == "") {
			t.Fatalf("%s: Go client disagrees with the vector: %v", v.Name, goErr)
		}
		out, cErr := c.VerifyHeader(&bind.CallOpts{Context: context.Background()}, qbftadapter.ContractTrustedState(v.Trusted), v.Header, v.Now)
		if (cErr == nil) != (goErr == nil) {
			t.Fatalf("%s: contract says %v, Go client says %v", v.Name, cErr, goErr)
		}
		if cErr != nil {
			// Malformed RLP must be refused by the decoder, not only by
			// the seals its digest no longer matches.
			if strings.Contains(v.Name, "/rlp/") && strings.Contains(cErr.Error(), "seal") {
				t.Fatalf("%s: refused by the seal check, not the decoder: %v", v.Name, cErr)
			}
			continue
		}
		accepted++
		got, err := qbftadapter.FromContractTrustedState(out.Next, v.Trusted.Encoding, out.StateRoot)
		if err != nil {
			t.Fatalf("%s: contract state: %v", v.Name, err)
		}
		if !sameTrusted(got, goState) {
			t.Fatalf("%s: contract state %+v, Go state %+v", v.Name, got, goState)
		}
	}
	t.Logf("%d vectors replayed (%d accepted) on %d contract deployments: same verdicts", len(vs), accepted, len(clients))
}

func sameTrusted(a, b *qbft.TrustedState) bool {
	if (a.Vote == nil) != (b.Vote == nil) || (a.Vote != nil && *a.Vote != *b.Vote) {
		return false
	}
	return a.Encoding == b.Encoding && a.Number == b.Number && a.Hash == b.Hash && a.StateRoot == b.StateRoot &&
		a.Time == b.Time && slices.Equal(a.Validators, b.Validators)
}

// qbftChain is a QBFT chain sealed with known keys whose blocks carry a real
// state trie with the counterparty handler's commitments, timed around the
// simulated backend's clock so the contract's block.timestamp is "now".
type qbftChain struct {
	enc     qbft.Encoding
	vals    []qbfttest.Validator
	trusted *qbft.TrustedState
	state   *qbfttest.State
}

func newQBFTChain(t testing.TB, e *env, enc qbft.Encoding, n int, commitments map[string][]byte) *qbftChain {
	t.Helper()
	head, err := e.client.HeaderByNumber(context.Background(), nil)
	must(t, err)
	storage := map[common.Hash]common.Hash{}
	for path, value := range commitments {
		storage[evm.StorageKey(path)] = evm.StoredValue(value)
	}
	c := &qbftChain{enc: enc, vals: qbfttest.NewValidators(fmt.Sprintf("contract-%s-%d", enc, n), n)}
	c.state = qbfttest.NewState(cpHandler, storage, 40)
	c.trusted, _ = qbfttest.Trust(qbfttest.Block{
		Encoding:   enc,
		Number:     1000,
		ParentHash: common.HexToHash("0x1000"),
		Time:       head.Time - 60,
		Validators: qbfttest.Addresses(c.vals),
		Fork:       qbfttest.Prague,
	}, qbfttest.Keys(c.vals)...)
	return c
}

// next returns the trusted block's child, carrying the chain's state root,
// sealed by keys.
func (c *qbftChain) next(t testing.TB, keys ...*ecdsa.PrivateKey) []byte {
	t.Helper()
	h := qbfttest.Block{
		Encoding:   c.enc,
		Number:     c.trusted.Number + 1,
		ParentHash: c.trusted.Hash,
		Time:       c.trusted.Time + 1,
		Validators: qbfttest.Addresses(c.vals),
		Fork:       qbfttest.Prague,
	}.Header()
	h.Root = c.state.Root
	sealed, err := qbfttest.Seal(h, c.enc, keys...)
	must(t, err)
	return qbfttest.Encode(sealed)
}

func qbftParams(enc qbft.Encoding) bindings.QBFTClientParams {
	e, _ := qbftadapter.ContractEncoding(enc)
	return bindings.QBFTClientParams{Encoding: e, TrustingPeriod: 14 * 24 * 3600, MaxClockDrift: 15, EpochLength: 30000}
}

// TestQBFTContractUpdateAndProofs registers the QBFT client with the
// handler, updates it with a sealed header through handler.updateClient,
// then checks membership and non-membership proofs from a real trie, each
// with the same verdict as the Go client's VerifyMembership /
// VerifyNonMembership.
func TestQBFTContractUpdateAndProofs(t *testing.T) {
	for _, enc := range []qbft.Encoding{qbft.QBFT, qbft.IBFT2} {
		t.Run(enc.String(), func(t *testing.T) {
			e := newEnv(t, 1, 1)
			present := evm.PacketCommitmentPath(cpPort, cpChannel, 1)
			presentValue := evm.CommitPacket(0, 0, farFuture, []byte("packet one"))
			receipt := evm.PacketReceiptPath(cpPort, cpChannel, 5)
			ch := newQBFTChain(t, e, enc, 4, map[string][]byte{
				present: presentValue[:],
				receipt: {1},
			})
			addr, client := deployQBFTClient(t, e, qbftParams(enc), ch.trusted)
			tx, err := e.handler.RegisterClient(e.owner, qbftClientID, addr)
			e.mine(tx, err)

			keys := qbfttest.Keys(ch.vals)
			// One seal short of ceil(8/3) = 3 is refused through the handler.
			msg, err := qbftadapter.ClientMessage(ch.trusted, ch.next(t, keys[:2]...))
			must(t, err)
			_, err = e.handler.UpdateClient(e.owner, qbftClientID, msg)
			wantRevert(t, err, "fewer than ceil(2n/3) seals")

			raw := ch.next(t, keys[:3]...)
			next, err := qbft.Verify(ch.trusted, raw, timeOf(t, e), qbft.Params{TrustingPeriod: 14 * 24 * 3600e9, MaxClockDrift: 15e9, EpochLength: 30000})
			must(t, err)
			msg, err = qbftadapter.ClientMessage(ch.trusted, raw)
			must(t, err)
			tx, err = e.handler.UpdateClient(e.owner, qbftClientID, msg)
			r := e.mine(tx, err)
			t.Logf("updateClient (3 of 4 seals) through the handler: %d gas", r.GasUsed)
			got, err := client.GetConsensus(nil, next.Number)
			must(t, err)
			if got.StateRoot != ch.state.Root || got.Time != next.Time {
				t.Fatalf("stored consensus %+v, want root %s time %d", got, ch.state.Root, next.Time)
			}
			// The stored trusted state is the Go client's: the next update
			// builds on it.
			if _, err := qbftadapter.ClientMessage(next, raw); err != nil {
				t.Fatal(err)
			}
			stale, err := qbftadapter.ClientMessage(ch.trusted, raw)
			must(t, err)
			tx, err = e.handler.UpdateClient(e.owner, qbftClientID, stale) // same header again: a no-op
			e.mine(tx, err)
			if frozen, _ := client.Frozen(nil); frozen {
				t.Fatal("re-submitting a verified header froze the client")
			}

			h := bindings.Height{RevisionNumber: 0, RevisionHeight: next.Number}
			absent := evm.PacketCommitmentPath(cpPort, cpChannel, 2)
			accProof := ch.state.AccountProof(cpHandler)
			flip := func(nodes [][]byte, i int) [][]byte {
				out := make([][]byte, len(nodes))
				for j, n := range nodes {
					out[j] = slices.Clone(n)
				}
				out[i][len(out[i])/2] ^= 0x10
				return out
			}
			type proofCase struct {
				name     string
				member   bool // membership (else non-membership)
				path     string
				value    []byte
				acc, sto [][]byte
			}
			cases := []proofCase{
				{"packet commitment present", true, present, presentValue[:], accProof, ch.state.StorageProof(evm.StorageKey(present))},
				{"receipt present (hashed value)", true, receipt, []byte{1}, accProof, ch.state.StorageProof(evm.StorageKey(receipt))},
				{"wrong value", true, present, []byte("another 32-byte commitment......"), accProof, ch.state.StorageProof(evm.StorageKey(present))},
				{"absent path proven present", true, absent, presentValue[:], accProof, ch.state.StorageProof(evm.StorageKey(absent))},
				{"absent path", false, absent, nil, accProof, ch.state.StorageProof(evm.StorageKey(absent))},
				{"present path proven absent", false, present, nil, accProof, ch.state.StorageProof(evm.StorageKey(present))},
				{"absence proof of another slot", false, present, nil, accProof, ch.state.StorageProof(evm.StorageKey(absent))},
				{"another slot's proof for a value", true, present, presentValue[:], accProof, ch.state.StorageProof(evm.StorageKey(receipt))},
				{"account proof of another account", true, present, presentValue[:], ch.state.AccountProof(common.HexToAddress("0x1000")), ch.state.StorageProof(evm.StorageKey(present))},
				{"empty account proof", true, present, presentValue[:], nil, ch.state.StorageProof(evm.StorageKey(present))},
				{"truncated storage proof", true, present, presentValue[:], accProof, ch.state.StorageProof(evm.StorageKey(present))[:1]},
			}
			sto := ch.state.StorageProof(evm.StorageKey(present))
			for i := range accProof {
				cases = append(cases, proofCase{fmt.Sprintf("forged account proof node %d", i), true, present, presentValue[:], flip(accProof, i), sto})
			}
			for i := range sto {
				cases = append(cases, proofCase{fmt.Sprintf("forged storage proof node %d", i), true, present, presentValue[:], accProof, flip(sto, i)})
				cases = append(cases, proofCase{fmt.Sprintf("forged storage proof node %d for absence", i), false, absent, nil, accProof, flip(ch.state.StorageProof(evm.StorageKey(absent)), min(i, len(ch.state.StorageProof(evm.StorageKey(absent)))-1))})
			}
			for _, c := range cases {
				proof, err := qbftadapter.ContractProof(c.acc, c.sto)
				must(t, err)
				var goErr, cErr error
				var ok bool
				if c.member {
					goErr = qbft.VerifyMembership(ch.state.Root, cpHandler, evm.StorageKey(c.path), evm.StoredValue(c.value).Bytes(), c.acc, c.sto)
					ok, cErr = client.VerifyMembership(nil, h, proof, []byte(c.path), c.value)
				} else {
					goErr = qbft.VerifyNonMembership(ch.state.Root, cpHandler, evm.StorageKey(c.path), c.acc, c.sto)
					ok, cErr = client.VerifyNonMembership(nil, h, proof, []byte(c.path))
				}
				contractOK := cErr == nil && ok
				if contractOK != (goErr == nil) {
					t.Fatalf("%s: contract (%v, %v), Go client %v", c.name, ok, cErr, goErr)
				}
			}
			// A proof at a height the client never verified proves nothing.
			proof, err := qbftadapter.ContractProof(accProof, sto)
			must(t, err)
			if ok, _ := client.VerifyMembership(nil, bindings.Height{RevisionHeight: next.Number + 1}, proof, []byte(present), presentValue[:]); ok {
				t.Fatal("membership at an unverified height accepted")
			}
			if ts, _ := client.GetTimestampAtHeight(nil, h); ts != next.Time*1e9 {
				t.Fatalf("timestamp at height %d: %d", next.Number, ts)
			}
		})
	}
}

// TestQBFTContractFreezesOnConflict: two valid headers of one height (a fork
// signed by a quorum) freeze the client.
func TestQBFTContractFreezesOnConflict(t *testing.T) {
	e := newEnv(t, 1, 1)
	ch := newQBFTChain(t, e, qbft.QBFT, 4, map[string][]byte{"x": {1}})
	_, client := deployQBFTClient(t, e, qbftParams(qbft.QBFT), ch.trusted)
	keys := qbfttest.Keys(ch.vals)
	msg, err := qbftadapter.ClientMessage(ch.trusted, ch.next(t, keys[:3]...))
	must(t, err)
	tx, err := client.UpdateClient(e.owner, msg)
	e.mine(tx, err)
	ch.state = qbfttest.NewState(cpHandler, map[common.Hash]common.Hash{{1}: {2}}, 3) // another state root
	msg, err = qbftadapter.ClientMessage(ch.trusted, ch.next(t, keys[1:]...))
	must(t, err)
	tx, err = client.UpdateClient(e.owner, msg)
	e.mine(tx, err)
	if frozen, _ := client.Frozen(nil); !frozen {
		t.Fatal("conflicting header at a verified height did not freeze the client")
	}
	_, err = client.UpdateClient(e.owner, msg)
	wantRevert(t, err, "frozen")
}

// timeOf is the simulated chain's clock (its head's timestamp).
func timeOf(t testing.TB, e *env) time.Time {
	t.Helper()
	head, err := e.client.HeaderByNumber(context.Background(), nil)
	must(t, err)
	return time.Unix(int64(head.Time), 0)
}

// TestQBFTContractProofVectors replays lightclients/qbft's proof vectors
// (generated tries, real Ethereum mainnet proofs, and their forgeries)
// through the contract's verifyStorageProof: the verdict must be the Go
// client's.
func TestQBFTContractProofVectors(t *testing.T) {
	raw, err := os.ReadFile("../../lightclients/qbft/testdata/proof_vectors.json")
	must(t, err)
	var vs []qbfttest.ProofVector
	must(t, json.Unmarshal(raw, &vs))
	e := newEnv(t, 1, 1)
	ch := newQBFTChain(t, e, qbft.QBFT, 1, nil)
	_, client := deployQBFTClient(t, e, qbftParams(qbft.QBFT), ch.trusted)
	accepted := 0
	for _, v := range vs {
		goErr := v.Verify()
		if (goErr == nil) != (v.Error == "") {
			t.Fatalf("%s: Go client disagrees with the vector: %v", v.Name, goErr)
		}
		proof, err := qbftadapter.ContractProof(qbfttest.Nodes(v.AccountProof), qbfttest.Nodes(v.StorageProof))
		must(t, err)
		out, cErr := client.VerifyStorageProof(nil, v.StateRoot, v.Account, v.Slot, proof)
		var contractOK bool
		if cErr == nil {
			if v.Value == (common.Hash{}) {
				contractOK = !out.Found
			} else {
				contractOK = out.Found && out.Word == v.Value
			}
		}
		if contractOK != (goErr == nil) {
			t.Fatalf("%s: contract (%+v, %v), Go client %v", v.Name, out, cErr, goErr)
		}
		if contractOK {
			accepted++
		}
	}
	if accepted == 0 || accepted == len(vs) {
		t.Fatalf("%d of %d proof vectors accepted", accepted, len(vs))
	}
	t.Logf("%d proof vectors replayed (%d accepted): same verdicts", len(vs), accepted)
}

// TestQBFTContractBesuBlocks verifies the real Besu headers of
// lightclients/qbft/testdata (QBFT block 7528: 4 validators, round 1, 3
// seals; IBFT 2.0 block 178: 1 validator) through the contract, from a
// trusted state holding their validator set, and requires the Go client's
// result; every single-bit change of those headers is refused by both.
func TestQBFTContractBesuBlocks(t *testing.T) {
	e := newEnv(t, 1, 1)
	for _, tc := range []struct {
		file string
		enc  qbft.Encoding
	}{
		{"qbft-block-7528/block_7528_header_with_seals.rlp.hex", qbft.QBFT},
		{"ibft2-block-178/ibft2_block_178_header.rlp.hex", qbft.IBFT2},
	} {
		b, err := os.ReadFile("../../lightclients/qbft/testdata/" + tc.file)
		must(t, err)
		raw, err := hex.DecodeString(strings.TrimSpace(string(b)))
		must(t, err)
		h, err := qbft.DecodeHeader(raw)
		must(t, err)
		c, err := qbft.VerifyCommit(h, tc.enc)
		must(t, err)
		trusted := &qbft.TrustedState{
			Encoding:   tc.enc,
			Number:     h.Number.Uint64() - 2,
			Hash:       common.HexToHash("0x7e57"),
			Time:       h.Time,
			Validators: c.Extra.Validators,
		}
		p := qbft.Params{TrustingPeriod: 14 * 24 * time.Hour, MaxClockDrift: 15 * time.Second, EpochLength: 30000}
		now := h.Time + 5
		want, err := qbft.Verify(trusted, raw, time.Unix(int64(now), 0), p)
		must(t, err)
		_, client := deployQBFTClient(t, e, qbftParams(tc.enc), trusted)
		out, err := client.VerifyHeader(nil, qbftadapter.ContractTrustedState(trusted), raw, now)
		if err != nil {
			t.Fatalf("%s: real Besu header refused by the contract: %v", tc.file, err)
		}
		got, err := qbftadapter.FromContractTrustedState(out.Next, tc.enc, out.StateRoot)
		must(t, err)
		if !sameTrusted(got, want) {
			t.Fatalf("%s: contract state %+v, Go state %+v", tc.file, got, want)
		}
		for i := range raw {
			bad := slices.Clone(raw)
			bad[i] ^= 0x01
			_, goErr := qbft.Verify(trusted, bad, time.Unix(int64(now), 0), p)
			_, cErr := client.VerifyHeader(nil, qbftadapter.ContractTrustedState(trusted), bad, now)
			if goErr == nil || cErr == nil {
				t.Fatalf("%s: byte %d flipped: Go %v, contract %v", tc.file, i, goErr, cErr)
			}
		}
		t.Logf("%s: verified by the contract (hash %s); %d bit flips refused by both", tc.file, got.Hash, len(raw))
	}
}

// qbftPath is a transfer channel of the handler on a connection of the QBFT
// client, whose counterparty is a QBFT chain (qbftChain).
type qbftPath struct {
	e    *env
	ch   *qbftChain
	seqs map[string][]byte // committed packets on the QBFT chain: path => commitment
}

const (
	qConnection = "connection-q"
	qChannel    = "channel-q"
	qCpChannel  = "channel-9"
)

func newQBFTPath(t testing.TB, e *env) *qbftPath {
	t.Helper()
	q := &qbftPath{e: e, seqs: map[string][]byte{}}
	q.ch = newQBFTChain(t, e, qbft.QBFT, 4, nil)
	addr, _ := deployQBFTClient(t, e, qbftParams(qbft.QBFT), q.ch.trusted)
	tx, err := e.handler.RegisterClient(e.owner, qbftClientID, addr)
	e.mine(tx, err)
	tx, err = e.handler.ProvisionConnection(e.owner, qConnection, qbftClientID, connectionEndProto(t))
	e.mine(tx, err)
	tx, err = e.handler.ProvisionChannel(e.owner, port, qChannel, 1, qConnection, cpPort, qCpChannel, "ics20-1")
	e.mine(tx, err)
	return q
}

// packet returns an ICS-20 packet from the QBFT chain to the user, and
// commits it on that chain when commit is set.
func (q *qbftPath) packet(seq uint64, amount string, commit bool) bindings.Packet {
	d := transfertypes.NewFungibleTokenPacketData("uatom", amount, "cosmos1sender", q.e.userAddr().Hex(), "").GetBytes()
	ip := channeltypes.NewPacket(d, seq, cpPort, qCpChannel, port, qChannel, clienttypes.NewHeight(0, 0), farFuture)
	if commit {
		q.seqs[evm.PacketCommitmentPath(cpPort, qCpChannel, seq)] = channeltypes.CommitPacket(nil, ip)
	}
	return toBinding(ip)
}

// block seals the next QBFT block over the committed packets and returns
// the handler calls that update the client with it and receive pkts.
func (q *qbftPath) block(t testing.TB, pkts []bindings.Packet, proofSeqs []uint64) [][]byte {
	t.Helper()
	storage := map[common.Hash]common.Hash{}
	for path, c := range q.seqs {
		storage[evm.StorageKey(path)] = evm.StoredValue(c)
	}
	q.ch.state = qbfttest.NewState(cpHandler, storage, 40)
	raw := q.ch.next(t, qbfttest.Keys(q.ch.vals)[:3]...)
	next, err := qbft.NewTrustedState(raw, qbft.QBFT)
	must(t, err)
	msg, err := qbftadapter.ClientMessage(q.ch.trusted, raw)
	must(t, err)
	q.ch.trusted = next
	var hc evm.HandlerCalls
	update, err := hc.UpdateClient(qbftClientID, msg)
	must(t, err)
	calls := [][]byte{update}
	for i, p := range pkts {
		proof, h := q.proof(t, proofSeqs[i])
		c, err := hc.RecvPacket(p, proof, h)
		must(t, err)
		calls = append(calls, c)
	}
	return calls
}

// proof returns the contract proof of packet seq's commitment at the last
// block q.block built, and that block's height.
func (q *qbftPath) proof(t testing.TB, seq uint64) ([]byte, bindings.Height) {
	t.Helper()
	path := evm.PacketCommitmentPath(cpPort, qCpChannel, seq)
	proof, err := qbftadapter.ContractProof(q.ch.state.AccountProof(cpHandler), q.ch.state.StorageProof(evm.StorageKey(path)))
	must(t, err)
	return proof, bindings.Height{RevisionHeight: q.ch.trusted.Number}
}

// TestQBFTPathRecvPacket relays ICS-20 packets from a QBFT chain to the EVM
// chain with no attestation committee: the handler's channel sits on a
// connection of the QBFT client, and one multicall carries the header update
// (committed seals) and the packets with their Merkle-Patricia proofs
// against that header's state root. A packet the QBFT chain never committed
// is refused, with its own proof or another packet's.
func TestQBFTPathRecvPacket(t *testing.T) {
	e := newEnv(t, 1, 1)
	q := newQBFTPath(t, e)
	p1 := q.packet(1, "100", true)
	p2 := q.packet(2, "999", false)
	calls := q.block(t, []bindings.Packet{p1}, []uint64{1})
	tx, err := e.handler.Multicall(e.owner, calls)
	r := e.mine(tx, err)
	t.Logf("multicall(QBFT updateClient, first recvPacket, which deploys the voucher): %d gas", r.GasUsed)
	bal, err := e.voucher("transfer/"+qChannel+"/uatom").BalanceOf(nil, e.userAddr())
	must(t, err)
	if bal.Int64() != 100 {
		t.Fatalf("voucher balance %s, want 100", bal)
	}
	tx, err = e.handler.Multicall(e.owner, q.block(t, nil, nil))
	e.mine(tx, err)
	for _, seq := range []uint64{2, 1} {
		proof, h := q.proof(t, seq)
		_, err = e.handler.RecvPacket(e.owner, p2, proof, h)
		wantRevert(t, err, "packet commitment proof failed")
	}
}

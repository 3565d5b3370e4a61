package devnet

// The dev beacon: a beacon chain over geth --dev for the Ethereum light
// client, serving the standard beacon light-client REST API.
//
// Slot model: the chain has one slot every SecondsPerSlot seconds from its
// genesis time. At the start of each slot the beacon asks geth for its
// latest block and produces the beacon block of that slot carrying it, so
// every slot has a block; when geth produced no block during the slot (e.g.
// geth --dev.period 0 between transactions) the new beacon block carries the
// same execution block again, and when geth produced several only the latest
// is carried. A slot whose geth request fails is a missed slot (no block).
//
// Each beacon block is a real SSZ header: parent_root is the previous
// block's root; body_root is the root of a body whose execution payload
// header (generalized index 25) is the geth block's (ethtest.ExecutionFromHeader);
// state_root is the root of a state holding the current and next sync
// committees and the finalized checkpoint at the fork's generalized indices.
// The other body and state fields, which nothing in a light client reads,
// are deterministic filler. Block s's state finalizes the block
// FinalityDelay slots before it (or the latest block before that slot), so
// finality trails the head by FinalityDelay+1 slots.
//
// Each block carries the sync aggregate over its parent: every member of
// the committee of the block's period signs (real BLS, keys from
// ethtest.NewCommittee(Seed, period, 32)), under DOMAIN_SYNC_COMMITTEE of
// the dev network. Committees change every period (64 slots in the minimal
// preset); the best LightClientUpdate of a period is the first block of the
// period whose finalized block is in the same period, signed by its child.

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sort"
	"strconv"
	"sync"
	"time"

	"github.com/attestantio/go-eth2-client/spec/deneb"
	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/causewaylabs/causeway/lightclients/ethereum/ethtest"
	"github.com/ethereum/go-ethereum/beacon/merkle"
	"github.com/ethereum/go-ethereum/beacon/params"
	btypes "github.com/ethereum/go-ethereum/beacon/types"
	"github.com/ethereum/go-ethereum/common"
	gtypes "github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	ssz "github.com/ferranbt/fastssz"
)

// BeaconOptions configures a dev beacon. Only GethRPC is required.
type BeaconOptions struct {
	// GethRPC is the JSON-RPC endpoint of the geth --dev node to follow
	// (http:// or ws://, e.g. GethNode.HTTP or GethNode.WS).
	GethRPC string
	// SecondsPerSlot is the slot length; 0 means 1.
	SecondsPerSlot uint64
	// Seed derives the sync committee keys and the genesis validators root;
	// empty means "causeway-dev". Beacons with equal seeds and genesis times
	// are the same network.
	Seed string
	// Listen is the loopback address to serve on; empty means 127.0.0.1:0
	// (a free port). Non-loopback addresses are refused.
	Listen string
	// GenesisTime is the network's genesis (Unix seconds). 0 places genesis
	// StartSlot slots before now, so the first block is at StartSlot.
	GenesisTime uint64
	// StartSlot is the slot of the first block when GenesisTime is 0. Tests
	// start late in period 0 (e.g. 40 of 64) to see a committee rotation
	// within seconds. It must leave FinalityDelay+2 slots in its period so
	// that the period has a LightClientUpdate. (With a GenesisTime whose
	// current slot leaves fewer, StartBeacon waits for the next period.)
	StartSlot uint64
	// FinalityDelay is how many slots the finalized block trails the
	// attested block; 0 means 2. With 1 s slots a geth block is final about
	// FinalityDelay+2 seconds after it is mined.
	FinalityDelay uint64
	// Retain is how many recent blocks are kept for bootstraps; 0 means
	// 8192. The first block (the checkpoint) is always kept.
	Retain int
}

// devBlock is one produced beacon block with the branches the light-client
// objects need.
type devBlock struct {
	lc         ethereum.LightClientHeader // beacon header, execution payload header and its branch
	root       common.Hash
	curBranch  merkle.Values
	nextBranch merkle.Values
	finBranch  merkle.Values
	fin        *ethereum.LightClientHeader // the finalized block its state records; nil before the first finality
	agg        ethereum.SyncAggregate      // signed over the parent block, signature slot = this slot
	hasAgg     bool
}

// Beacon is a running dev beacon. Its methods are safe for concurrent use.
type Beacon struct {
	// URL is the base URL of the REST API, http://127.0.0.1:PORT.
	URL string

	cfg   ethereum.NetworkConfig
	seed  string
	delay uint64
	keep  int
	eth   *ethclient.Client
	srv   *http.Server

	mu         sync.RWMutex
	committees map[uint64]*ethtest.Committee
	blocks     []*devBlock // ascending by slot, the last Retain
	byRoot     map[common.Hash]*devBlock
	checkpoint *devBlock
	periods    map[uint64]*ethereum.Update // best LightClientUpdate per period
	missed     int
	lastErr    error
	changed    chan struct{} // closed and replaced when a block is added

	cancel context.CancelFunc
	done   chan struct{} // closed when the producer and the server have stopped
	stop   sync.Once
}

// DevGenesisValidatorsRoot is the genesis validators root of the dev
// network with the given seed: sha256("causeway/devbeacon/gvr" || seed).
func DevGenesisValidatorsRoot(seed string) common.Hash {
	return sha256.Sum256([]byte("causeway/devbeacon/gvr" + seed))
}

// StartBeacon starts a dev beacon following the geth node at opts.GethRPC:
// it produces the first block (the checkpoint) before returning, then one
// block per slot, and serves the API on loopback. The beacon runs until Stop
// is called or ctx is canceled.
func StartBeacon(ctx context.Context, opts BeaconOptions) (*Beacon, error) {
	if opts.GethRPC == "" {
		return nil, errors.New("devnet: beacon: GethRPC is required")
	}
	if opts.SecondsPerSlot == 0 {
		opts.SecondsPerSlot = 1
	}
	if opts.Seed == "" {
		opts.Seed = "causeway-dev"
	}
	if opts.Listen == "" {
		opts.Listen = "127.0.0.1:0"
	}
	if opts.FinalityDelay == 0 {
		opts.FinalityDelay = 2
	}
	if opts.Retain <= 0 {
		opts.Retain = 8192
	}
	now := time.Now()
	fixedGenesis := opts.GenesisTime != 0
	if !fixedGenesis {
		back := opts.StartSlot * opts.SecondsPerSlot
		if uint64(now.Unix()) < back {
			return nil, fmt.Errorf("devnet: beacon: StartSlot %d puts genesis before 1970", opts.StartSlot)
		}
		opts.GenesisTime = uint64(now.Unix()) - back
	}
	cfg := ethereum.DevNetwork(opts.GenesisTime, opts.SecondsPerSlot, DevGenesisValidatorsRoot(opts.Seed))
	if err := cfg.Validate(); err != nil {
		return nil, fmt.Errorf("devnet: beacon: %w", err)
	}
	per := cfg.Preset.SlotsPerPeriod()
	if opts.FinalityDelay+2 >= per {
		return nil, fmt.Errorf("devnet: beacon: FinalityDelay %d must be below %d (slots per period - 2)", opts.FinalityDelay, per-2)
	}
	if uint64(now.Unix()) < opts.GenesisTime {
		return nil, fmt.Errorf("devnet: beacon: genesis time %d is in the future", opts.GenesisTime)
	}
	startSlot := (uint64(now.Unix()) - opts.GenesisTime) / opts.SecondsPerSlot
	tooLate := startSlot%per+opts.FinalityDelay+2 > per
	if tooLate && !fixedGenesis {
		return nil, fmt.Errorf("devnet: beacon: first slot %d is %d slots into its %d-slot period: with FinalityDelay %d the period would have no LightClientUpdate; start earlier in the period",
			startSlot, startSlot%per, per, opts.FinalityDelay)
	}
	host, _, err := net.SplitHostPort(opts.Listen)
	if err != nil {
		return nil, fmt.Errorf("devnet: beacon: Listen %q: %w", opts.Listen, err)
	}
	if ip := net.ParseIP(host); host != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("devnet: beacon: Listen %q is not a loopback address", opts.Listen)
	}

	if tooLate {
		// A fixed genesis put the first slot at the end of its period, which
		// would have no LightClientUpdate: start with the next period.
		startSlot = (startSlot/per + 1) * per
		at := time.Unix(int64(opts.GenesisTime+startSlot*opts.SecondsPerSlot), 0)
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("devnet: beacon: waiting for period %d to start: %w", startSlot/per, ctx.Err())
		case <-time.After(time.Until(at)):
		}
	}
	eth, err := ethclient.DialContext(ctx, opts.GethRPC)
	if err != nil {
		return nil, fmt.Errorf("devnet: beacon: dial geth %s: %w", opts.GethRPC, err)
	}
	b := newBeacon(cfg, opts.Seed, opts.FinalityDelay, opts.Retain)
	b.eth = eth
	head, err := eth.HeaderByNumber(ctx, nil)
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("devnet: beacon: geth %s: latest block: %w", opts.GethRPC, err)
	}
	if err := b.produce(startSlot, head); err != nil {
		eth.Close()
		return nil, err
	}
	ln, err := net.Listen("tcp", opts.Listen)
	if err != nil {
		eth.Close()
		return nil, fmt.Errorf("devnet: beacon: listen %s: %w", opts.Listen, err)
	}
	b.URL = "http://" + ln.Addr().String()
	b.srv = &http.Server{Handler: b.handler(), ReadHeaderTimeout: 10 * time.Second}

	rctx, cancel := context.WithCancel(ctx)
	b.cancel = cancel
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { // owned by b: ends when rctx is canceled (Stop or ctx)
		defer wg.Done()
		b.run(rctx, startSlot)
	}()
	go func() { // owned by b: ends when Stop shuts the server down
		defer wg.Done()
		_ = b.srv.Serve(ln)
	}()
	go func() { // owned by b: shuts the server down when rctx ends, then reports done
		<-rctx.Done()
		sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = b.srv.Shutdown(sctx)
		scancel()
		wg.Wait()
		b.eth.Close()
		close(b.done)
	}()
	return b, nil
}

// newBeacon returns a beacon with no blocks, not following geth and not
// serving.
func newBeacon(cfg ethereum.NetworkConfig, seed string, delay uint64, keep int) *Beacon {
	return &Beacon{
		cfg:        cfg,
		seed:       seed,
		delay:      delay,
		keep:       keep,
		committees: make(map[uint64]*ethtest.Committee),
		byRoot:     make(map[common.Hash]*devBlock),
		periods:    make(map[uint64]*ethereum.Update),
		changed:    make(chan struct{}),
		done:       make(chan struct{}),
	}
}

// Stop stops producing blocks and serving, and waits for both to end.
func (b *Beacon) Stop() error {
	b.stop.Do(b.cancel)
	<-b.done
	return nil
}

// Config returns the network configuration light clients of this beacon
// use (minimal preset, every fork through Electra at genesis).
func (b *Beacon) Config() ethereum.NetworkConfig { return b.cfg }

// Checkpoint returns the root of the beacon's first block, the trusted
// checkpoint to bootstrap a light client from; the beacon always serves its
// bootstrap.
func (b *Beacon) Checkpoint() common.Hash {
	b.mu.RLock()
	defer b.mu.RUnlock()
	return b.checkpoint.root
}

// Committee returns the sync committee of period with its secret keys (to
// forge conflicting updates in misbehaviour tests).
func (b *Beacon) Committee(period uint64) (*ethtest.Committee, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.committee(period)
}

func (b *Beacon) committee(period uint64) (*ethtest.Committee, error) {
	if c, ok := b.committees[period]; ok {
		return c, nil
	}
	c, err := ethtest.NewCommittee(b.seed, period, b.cfg.Preset.SyncCommitteeSize)
	if err != nil {
		return nil, fmt.Errorf("devnet: beacon: committee of period %d: %w", period, err)
	}
	b.committees[period] = c
	return c, nil
}

// BeaconStatus is a snapshot of the dev beacon's chain.
type BeaconStatus struct {
	HeadSlot      uint64
	HeadRoot      common.Hash
	HeadExecution uint64 // execution block number carried by the head
	// FinalizedSlot, FinalizedRoot and FinalizedExec describe the finalized
	// block of the finality update being served; zero while HasFinality is
	// false.
	FinalizedSlot  uint64
	FinalizedRoot  common.Hash
	FinalizedExec  ethereum.ExecutionHeader
	HasFinality    bool  // a finality update is being served
	MissedSlots    int   // slots without a block because geth did not answer
	LastGethError  error // the last error from geth, if any
	PeriodsUpdated int   // periods with a LightClientUpdate
}

// Status returns the beacon's head and the finalized block of the finality
// update it serves.
func (b *Beacon) Status() BeaconStatus {
	b.mu.RLock()
	defer b.mu.RUnlock()
	st := BeaconStatus{MissedSlots: b.missed, LastGethError: b.lastErr, PeriodsUpdated: len(b.periods)}
	if len(b.blocks) == 0 {
		return st
	}
	h := b.blocks[len(b.blocks)-1]
	st.HeadSlot, st.HeadRoot, st.HeadExecution = h.lc.Beacon.Slot, h.root, h.lc.Execution.BlockNumber
	if att, _ := b.finalityPair(); att != nil {
		st.HasFinality = true
		st.FinalizedSlot = att.fin.Beacon.Slot
		st.FinalizedRoot = att.fin.Beacon.Hash()
		st.FinalizedExec = execSummary(att.fin.Execution)
	}
	return st
}

func execSummary(e *deneb.ExecutionPayloadHeader) ethereum.ExecutionHeader {
	return ethereum.ExecutionHeader{StateRoot: common.Hash(e.StateRoot), BlockNumber: e.BlockNumber, BlockHash: common.Hash(e.BlockHash), Timestamp: e.Timestamp}
}

// WaitFinalized waits until the finality update the beacon serves finalizes
// an execution block numbered at least number, and returns that block's
// summary. It is a convenience for tests: light clients learn the same
// through the API.
func (b *Beacon) WaitFinalized(ctx context.Context, number uint64) (ethereum.ExecutionHeader, error) {
	for {
		b.mu.RLock()
		changed := b.changed
		att, _ := b.finalityPair()
		b.mu.RUnlock()
		if att != nil && att.fin.Execution.BlockNumber >= number {
			return execSummary(att.fin.Execution), nil
		}
		select {
		case <-ctx.Done():
			return ethereum.ExecutionHeader{}, fmt.Errorf("devnet: beacon: waiting for execution block %d to be finalized: %w", number, ctx.Err())
		case <-b.done:
			return ethereum.ExecutionHeader{}, fmt.Errorf("devnet: beacon: stopped while waiting for execution block %d to be finalized", number)
		case <-changed:
		}
	}
}

// run produces a block at the start of every slot after last until ctx ends.
func (b *Beacon) run(ctx context.Context, last uint64) {
	genesis := time.Unix(int64(b.cfg.GenesisTime), 0)
	slotLen := time.Duration(b.cfg.SecondsPerSlot) * time.Second
	timer := time.NewTimer(0)
	defer timer.Stop()
	for {
		timer.Reset(time.Until(genesis.Add(time.Duration(last+1) * slotLen)))
		select {
		case <-ctx.Done():
			return
		case <-timer.C:
		}
		slot := uint64(time.Since(genesis) / slotLen)
		if slot <= last {
			continue
		}
		last = slot
		hctx, cancel := context.WithTimeout(ctx, slotLen)
		head, err := b.eth.HeaderByNumber(hctx, nil)
		cancel()
		if err == nil {
			err = b.produce(slot, head)
		}
		if err != nil {
			b.mu.Lock()
			b.missed++
			b.lastErr = fmt.Errorf("slot %d: %w", slot, err)
			b.mu.Unlock()
		}
	}
}

// filler is the deterministic content of a field nothing verifies.
func filler(tag string, slot, index uint64) []byte {
	h := sha256.New()
	h.Write([]byte("causeway/devbeacon/" + tag))
	_ = binary.Write(h, binary.BigEndian, slot)
	_ = binary.Write(h, binary.BigEndian, index)
	return h.Sum(nil)
}

// sparseTree builds the SSZ Merkle tree holding leaves at their generalized
// indices and deterministic filler in every other subtree. No leaf may be an
// ancestor of another.
func sparseTree(leaves map[uint64]*ssz.Node, tag string, slot uint64) *ssz.Node {
	var build func(g uint64) *ssz.Node
	build = func(g uint64) *ssz.Node {
		if n, ok := leaves[g]; ok {
			return n
		}
		for k := range leaves {
			for a := k >> 1; a >= g && a > 0; a >>= 1 {
				if a == g {
					return ssz.NewNodeWithLR(build(2*g), build(2*g+1))
				}
			}
		}
		return ssz.LeafFromBytes(filler(tag, slot, g))
	}
	return build(1)
}

func branch(tree *ssz.Node, gindex uint64, what string, slot uint64) (merkle.Values, error) {
	p, err := tree.Prove(int(gindex))
	if err != nil {
		return nil, fmt.Errorf("devnet: beacon: slot %d: %s branch at index %d: %w", slot, what, gindex, err)
	}
	v := make(merkle.Values, len(p.Hashes))
	for i, h := range p.Hashes {
		copy(v[i][:], h)
	}
	return v, nil
}

// produce builds the block of slot carrying the geth block head, signs its
// parent with the slot's committee and records the period's update when
// this block makes one.
func (b *Beacon) produce(slot uint64, head *gtypes.Header) error {
	cfg := &b.cfg
	fork := cfg.ForkAtSlot(slot).Name
	if fork == "gloas" || params.StateIndexSyncCommittee(fork) == 0 {
		return fmt.Errorf("devnet: beacon: slot %d: fork %s has no execution payload header in its body", slot, fork)
	}
	exec, err := ethtest.ExecutionFromHeader(head)
	if err != nil {
		return fmt.Errorf("devnet: beacon: slot %d: %w", slot, err)
	}
	payloadRoot, err := ethereum.ExecutionPayloadRoot(fork, exec)
	if err != nil {
		return fmt.Errorf("devnet: beacon: slot %d: execution block %d: %w", slot, exec.BlockNumber, err)
	}
	body := sparseTree(map[uint64]*ssz.Node{params.BodyIndexExecPayload: ssz.LeafFromBytes(payloadRoot[:])}, "body", slot)
	blk := &devBlock{lc: ethereum.LightClientHeader{Execution: exec}}
	if blk.lc.ExecutionBranch, err = branch(body, params.BodyIndexExecPayload, "execution payload", slot); err != nil {
		return err
	}

	b.mu.Lock()
	defer b.mu.Unlock()
	var parent *devBlock
	if n := len(b.blocks); n > 0 {
		parent = b.blocks[n-1]
		if parent.lc.Beacon.Slot >= slot {
			return fmt.Errorf("devnet: beacon: slot %d is not after the head slot %d", slot, parent.lc.Beacon.Slot)
		}
	}
	// The finalized block: the latest block at or before slot - delay.
	if slot >= b.delay {
		for i := len(b.blocks) - 1; i >= 0; i-- {
			if f := b.blocks[i]; f.lc.Beacon.Slot <= slot-b.delay {
				fin := f.lc
				blk.fin = &fin
				break
			}
		}
	}
	period := cfg.SyncPeriod(slot)
	cur, err := b.committee(period)
	if err != nil {
		return err
	}
	nxt, err := b.committee(period + 1)
	if err != nil {
		return err
	}
	curIdx, nextIdx, finIdx := params.StateIndexSyncCommittee(fork), params.StateIndexNextSyncCommittee(fork), params.StateIndexFinalBlock(fork)
	curRoot, nextRoot := cur.Committee.Root(), nxt.Committee.Root()
	var finRoot common.Hash
	var finEpoch uint64
	if blk.fin != nil {
		finRoot, finEpoch = blk.fin.Beacon.Hash(), cfg.Epoch(blk.fin.Beacon.Slot)
	}
	// finalized_checkpoint = Checkpoint{epoch, root}: the root is the right
	// child, the epoch its left sibling.
	state := sparseTree(map[uint64]*ssz.Node{
		curIdx:     ssz.LeafFromBytes(curRoot[:]),
		nextIdx:    ssz.LeafFromBytes(nextRoot[:]),
		finIdx:     ssz.LeafFromBytes(finRoot[:]),
		finIdx - 1: ssz.LeafFromUint64(finEpoch),
	}, "state", slot)
	if blk.curBranch, err = branch(state, curIdx, "current committee", slot); err != nil {
		return err
	}
	if blk.nextBranch, err = branch(state, nextIdx, "next committee", slot); err != nil {
		return err
	}
	if blk.finBranch, err = branch(state, finIdx, "finality", slot); err != nil {
		return err
	}
	blk.lc.Beacon = btypes.Header{
		Slot:          slot,
		ProposerIndex: slot % uint64(cfg.Preset.SyncCommitteeSize),
		StateRoot:     common.BytesToHash(state.Hash()),
		BodyRoot:      common.BytesToHash(body.Hash()),
	}
	if parent != nil {
		blk.lc.Beacon.ParentRoot = parent.root
		bits := ethtest.Bits(cfg.Preset.SyncCommitteeSize, cfg.Preset.SyncCommitteeSize)
		sroot, err := cfg.SigningRoot(slot, parent.root)
		if err != nil {
			return fmt.Errorf("devnet: beacon: slot %d: %w", slot, err)
		}
		sig, err := cur.Sign(sroot, bits)
		if err != nil {
			return fmt.Errorf("devnet: beacon: slot %d: sign parent %s: %w", slot, parent.root, err)
		}
		blk.agg, blk.hasAgg = ethereum.SyncAggregate{Bits: bits, Signature: sig}, true
	}
	blk.root = blk.lc.Beacon.Hash()

	// The period's best update: its first attested block whose finalized
	// block is in the same period, signed within the period.
	if parent != nil && parent.fin != nil {
		p := cfg.SyncPeriod(parent.lc.Beacon.Slot)
		if _, ok := b.periods[p]; !ok && cfg.SyncPeriod(slot) == p && cfg.SyncPeriod(parent.fin.Beacon.Slot) == p {
			b.periods[p] = b.update(parent, blk, true, true)
		}
	}

	b.blocks = append(b.blocks, blk)
	b.byRoot[blk.root] = blk
	if b.checkpoint == nil {
		b.checkpoint = blk
	}
	for len(b.blocks) > b.keep {
		old := b.blocks[0]
		if old != b.checkpoint {
			delete(b.byRoot, old.root)
		}
		b.blocks[0] = nil
		b.blocks = b.blocks[1:]
	}
	close(b.changed)
	b.changed = make(chan struct{})
	return nil
}

// update assembles the update attesting att signed in sig (att's child).
// Callers hold b.mu.
func (b *Beacon) update(att, sig *devBlock, finality, nextCommittee bool) *ethereum.Update {
	u := &ethereum.Update{
		Version:        b.cfg.ForkAtSlot(att.lc.Beacon.Slot).Name,
		AttestedHeader: att.lc,
		SyncAggregate:  sig.agg,
		SignatureSlot:  sig.lc.Beacon.Slot,
	}
	if finality && att.fin != nil {
		u.FinalizedHeader = att.fin
		u.FinalityBranch = att.finBranch
	}
	if nextCommittee {
		// The committee was derived when att was produced.
		u.NextSyncCommittee = b.committees[b.cfg.SyncPeriod(att.lc.Beacon.Slot)+1].Committee
		u.NextSyncCommitteeBranch = att.nextBranch
	}
	return u
}

// finalityPair returns the head's parent (the attested block of the latest
// updates) when it records a finalized block, and the head. Callers hold
// b.mu.
func (b *Beacon) finalityPair() (att, sig *devBlock) {
	n := len(b.blocks)
	if n < 2 {
		return nil, nil
	}
	att, sig = b.blocks[n-2], b.blocks[n-1]
	if att.fin == nil {
		return nil, sig
	}
	return att, sig
}

// bootstrap returns the LightClientBootstrap of the block with root.
func (b *Beacon) bootstrap(root common.Hash) (*ethereum.LightClientBootstrap, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	blk, ok := b.byRoot[root]
	if !ok {
		return nil, false
	}
	slot := blk.lc.Beacon.Slot
	return &ethereum.LightClientBootstrap{
		Version:                    b.cfg.ForkAtSlot(slot).Name,
		Header:                     blk.lc,
		CurrentSyncCommittee:       b.committees[b.cfg.SyncPeriod(slot)].Committee,
		CurrentSyncCommitteeBranch: blk.curBranch,
	}, true
}

// handler serves the beacon API endpoints light clients use.
func (b *Beacon) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /eth/v1/beacon/genesis", func(w http.ResponseWriter, r *http.Request) {
		v := b.cfg.Forks[0].Version
		writeJSON(w, "", map[string]any{"data": map[string]string{
			"genesis_time":            strconv.FormatUint(b.cfg.GenesisTime, 10),
			"genesis_validators_root": b.cfg.GenesisValidatorsRoot.Hex(),
			"genesis_fork_version":    fmt.Sprintf("0x%x", v[:]),
		}})
	})
	mux.HandleFunc("GET /eth/v1/node/health", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
	})
	mux.HandleFunc("GET /eth/v1/node/version", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, "", map[string]any{"data": map[string]string{"version": "causeway-devbeacon/v1"}})
	})
	mux.HandleFunc("GET /eth/v1/beacon/light_client/bootstrap/{block_root}", func(w http.ResponseWriter, r *http.Request) {
		raw := r.PathValue("block_root")
		var root common.Hash
		if err := root.UnmarshalText([]byte(raw)); err != nil {
			apiError(w, http.StatusBadRequest, fmt.Sprintf("invalid block root %q: %v", raw, err))
			return
		}
		boot, ok := b.bootstrap(root)
		if !ok {
			apiError(w, http.StatusNotFound, fmt.Sprintf("no bootstrap for block root %s", root))
			return
		}
		writeJSON(w, boot.Version, boot)
	})
	mux.HandleFunc("GET /eth/v1/beacon/light_client/updates", func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		start, err := strconv.ParseUint(q.Get("start_period"), 10, 64)
		if err != nil {
			apiError(w, http.StatusBadRequest, fmt.Sprintf("invalid start_period %q", q.Get("start_period")))
			return
		}
		count, err := strconv.ParseUint(q.Get("count"), 10, 64)
		if err != nil {
			apiError(w, http.StatusBadRequest, fmt.Sprintf("invalid count %q", q.Get("count")))
			return
		}
		count = min(count, 128) // MAX_REQUEST_LIGHT_CLIENT_UPDATES
		b.mu.RLock()
		periods := make([]uint64, 0, len(b.periods))
		for p := range b.periods {
			if p >= start && p-start < count {
				periods = append(periods, p)
			}
		}
		sort.Slice(periods, func(i, j int) bool { return periods[i] < periods[j] })
		out := make([]*ethereum.Update, len(periods))
		for i, p := range periods {
			out[i] = b.periods[p]
		}
		b.mu.RUnlock()
		writeJSON(w, "", out)
	})
	mux.HandleFunc("GET /eth/v1/beacon/light_client/finality_update", func(w http.ResponseWriter, r *http.Request) {
		b.mu.RLock()
		att, sig := b.finalityPair()
		var u *ethereum.Update
		if att != nil {
			u = b.update(att, sig, true, false)
		}
		b.mu.RUnlock()
		if u == nil {
			apiError(w, http.StatusNotFound, "no finality update yet")
			return
		}
		writeJSON(w, u.Version, u)
	})
	mux.HandleFunc("GET /eth/v1/beacon/light_client/optimistic_update", func(w http.ResponseWriter, r *http.Request) {
		b.mu.RLock()
		var u *ethereum.Update
		if n := len(b.blocks); n >= 2 {
			u = b.update(b.blocks[n-2], b.blocks[n-1], false, false)
		}
		b.mu.RUnlock()
		if u == nil {
			apiError(w, http.StatusNotFound, "no optimistic update yet")
			return
		}
		writeJSON(w, u.Version, u)
	})
	return mux
}

func writeJSON(w http.ResponseWriter, version string, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		apiError(w, http.StatusInternalServerError, fmt.Sprintf("encoding response: %v", err))
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if version != "" {
		w.Header().Set("Eth-Consensus-Version", version)
	}
	_, _ = w.Write(data)
}

// apiError writes the beacon API's error object.
func apiError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"code": status, "message": msg})
}

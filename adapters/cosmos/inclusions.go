package cosmos

import (
	"strings"
	"sync"
)

// recentResults is how many transaction results Inclusions keeps for
// waiters that register after the block was followed (broadcast_tx_sync
// returns before inclusion, so that window is normally empty; a few blocks'
// worth is plenty).
const recentResults = 4096

// Inclusions tells the transactions' waiters of one chain, in one process,
// what the block follower learnt: the follower reads every block's
// block_results and, when a transaction has packet events, the block's tx
// hashes, so for a relay transaction it already knows the hash, height,
// code, log and gas that a /tx read would return. SubmitMsgs on a Chain
// configured with the same Inclusions waits for that instead of reading
// its transaction's (megabyte) /tx answer. Share one Inclusions between
// every Chain of the chain in the process (Config.Inclusions); it holds no
// global state and is safe for concurrent use.
type Inclusions struct {
	chainID string

	mu      sync.Mutex
	waiting map[string][]chan TxResult // by upper-case hex hash
	recent  map[string]TxResult        // the last recentResults published
	order   []string                   // ring of recent's keys, oldest at next
	next    int
	// blind is closed (and replaced) when the follower handles a block
	// with transactions whose hashes it did not read (none had packet
	// events: a failed or fully redundant relay): the waiters' transactions
	// may be in it, so they read /tx instead of waiting for the slow poll.
	blind chan struct{}

	published, delivered int // tx results published and handed to a waiter (tests)
}

// NewInclusions returns an empty Inclusions for the chain with this id.
func NewInclusions(chainID string) *Inclusions {
	return &Inclusions{
		chainID: chainID,
		waiting: map[string][]chan TxResult{},
		recent:  map[string]TxResult{},
		order:   make([]string, recentResults),
		blind:   make(chan struct{}),
	}
}

// ChainID is the chain whose transactions it reports.
func (n *Inclusions) ChainID() string { return n.chainID }

// wait registers a waiter for the transaction with the given hex hash. The
// channel receives its result once: at once if it was published recently,
// else when the follower publishes it. done unregisters the waiter; call it
// when no longer waiting.
func (n *Inclusions) wait(hash string) (result <-chan TxResult, done func()) {
	hash = strings.ToUpper(hash)
	ch := make(chan TxResult, 1) // publish never blocks: one send per registration
	n.mu.Lock()
	defer n.mu.Unlock()
	if r, ok := n.recent[hash]; ok {
		ch <- r
		n.delivered++
		return ch, func() {}
	}
	n.waiting[hash] = append(n.waiting[hash], ch)
	return ch, func() {
		n.mu.Lock()
		defer n.mu.Unlock()
		ws := n.waiting[hash]
		for i, w := range ws {
			if w == ch {
				ws = append(ws[:i], ws[i+1:]...)
				break
			}
		}
		if len(ws) == 0 {
			delete(n.waiting, hash)
		} else {
			n.waiting[hash] = ws
		}
	}
}

// blinded returns a channel closed when the follower next handles a block
// whose tx hashes it did not read.
func (n *Inclusions) blinded() <-chan struct{} {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.blind
}

// publish hands the results of one block's transactions (Hash set, upper
// case) to their waiters and keeps them among the recent ones for waiters
// still to come.
func (n *Inclusions) publish(results []TxResult) {
	n.mu.Lock()
	defer n.mu.Unlock()
	for _, r := range results {
		n.published++
		for _, ch := range n.waiting[r.Hash] {
			ch <- r
			n.delivered++
		}
		delete(n.waiting, r.Hash)
		if _, ok := n.recent[r.Hash]; !ok {
			delete(n.recent, n.order[n.next]) // "" (never set) is not a key
			n.order[n.next] = r.Hash
			n.next = (n.next + 1) % len(n.order)
		}
		n.recent[r.Hash] = r
	}
}

// missed tells the waiters the follower handled a block with transactions
// whose hashes it did not read.
func (n *Inclusions) missed() {
	n.mu.Lock()
	defer n.mu.Unlock()
	close(n.blind)
	n.blind = make(chan struct{})
}

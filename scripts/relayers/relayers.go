// Package relayers runs `causeway start` processes on a local devnet (for the
// process-level tests, the chaos script and the bench) and checks from chain
// state what they relayed: whether every packet was received exactly once
// and how many relay messages were redundant.
package relayers

import (
	"context"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"
	sdk "github.com/cosmos/cosmos-sdk/types"
	channeltypes "github.com/cosmos/ibc-go/v8/modules/core/04-channel/types"

	"github.com/causewaylabs/causeway/scripts/devnet"
)

// Build builds the causeway binary from this module into dir.
func Build(ctx context.Context, dir string) (string, error) {
	root, err := devnet.ModuleRoot()
	if err != nil {
		return "", err
	}
	out := filepath.Join(dir, "causeway")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", out, "./relayer/cmd/causeway")
	cmd.Dir = root
	if b, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build causeway: %w\n%s", err, b)
	}
	return out, nil
}

// Process is a running `causeway start` child process.
type Process struct {
	Name string
	// Log is the file its stdout and stderr go to.
	Log  string
	cmd  *exec.Cmd
	done chan struct{}
	err  error
}

// Start runs `bin start --config cfg --home home` with env added to this
// process's environment, logging to home/<name>.log (appended, so restarts
// of one relayer share a log).
func Start(bin, cfg, home, name, level string, env ...string) (*Process, error) {
	logPath := filepath.Join(home, name+".log")
	logf, err := os.OpenFile(logPath, os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
	if err != nil {
		return nil, fmt.Errorf("relayer %s log: %w", name, err)
	}
	cmd := exec.Command(bin, "start", "--config", cfg, "--home", home, "--log-level", level)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.Env = append(os.Environ(), env...)
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("start relayer %s: %w", name, err)
	}
	p := &Process{Name: name, Log: logPath, cmd: cmd, done: make(chan struct{})}
	go func() { // ends when the child exits
		p.err = cmd.Wait()
		logf.Close()
		close(p.done)
	}()
	return p, nil
}

// Pid is the process id.
func (p *Process) Pid() int { return p.cmd.Process.Pid }

// Exited reports whether the process has ended, and how.
func (p *Process) Exited() (bool, error) {
	select {
	case <-p.done:
		return true, p.err
	default:
		return false, nil
	}
}

// Kill sends SIGKILL and waits for the process to end.
func (p *Process) Kill() {
	_ = p.cmd.Process.Signal(syscall.SIGKILL)
	<-p.done
}

// Stop sends SIGTERM (the relayer drains in-flight batches) and waits up to
// grace before killing it. It returns the exit error of a process that did
// not stop cleanly.
func (p *Process) Stop(grace time.Duration) error {
	if ok, err := p.Exited(); ok {
		return err
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
		return p.err
	case <-time.After(grace):
		p.Kill()
		return fmt.Errorf("relayer %s did not stop within %s after SIGTERM; killed", p.Name, grace)
	}
}

// Tail returns the last n bytes of the process's log.
func (p *Process) Tail(n int) string {
	b, _ := os.ReadFile(p.Log)
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return string(b)
}

// Count is what Receipts or Acks read from a chain's transaction index.
type Count struct {
	PerSeq map[uint64]int // events per sequence on the channel
	Msgs   int            // messages of the action, in all transactions
	// Wasted are the transactions some of whose messages of the action did
	// nothing (the packet was already done), in index order.
	Wasted []WastedTx
}

// WastedTx is a transaction that carried messages which did nothing, and
// for each of them the transaction that did that packet's work first.
type WastedTx struct {
	Hash   string
	Height int64
	Signer string
	Msgs   int // messages of the action it carried
	// Redundant maps the sequence of each message that did nothing to the
	// hash of the transaction that did the work (empty when the index does
	// not show it). Filled only when the transactions could be decoded.
	Redundant map[uint64]string
}

// String describes the transaction for a log.
func (w WastedTx) String() string {
	s := fmt.Sprintf("tx %s at height %d by %s: %d messages", w.Hash, w.Height, w.Signer, w.Msgs)
	if len(w.Redundant) > 0 {
		seqs := make([]uint64, 0, len(w.Redundant))
		for q := range w.Redundant {
			seqs = append(seqs, q)
		}
		slices.Sort(seqs)
		parts := make([]string, len(seqs))
		for i, q := range seqs {
			parts[i] = fmt.Sprintf("%d (done by %s)", q, w.Redundant[q])
		}
		s += ", redundant: " + strings.Join(parts, ", ")
	}
	return s
}

// Receipts counts, from the destination chain's transaction index, the
// recv_packet events per sequence on channel (the packets it received; more
// than one per sequence would be a double receipt) and the MsgRecvPacket
// messages of all transactions (each message beyond one per packet is
// redundant work by the relayers). With a decoder (nil: none), it also
// names the packets of each message that did nothing.
func Receipts(ctx context.Context, rpc, channel string, dec sdk.TxDecoder) (*Count, error) {
	return count(ctx, rpc, "/ibc.core.channel.v1.MsgRecvPacket", "recv_packet", "packet_dst_channel", channel, dec)
}

// Acks is Receipts for acknowledgements on the source chain: the
// acknowledge_packet events per sequence sent on channel, and the
// MsgAcknowledgement messages of all transactions.
func Acks(ctx context.Context, rpc, channel string, dec sdk.TxDecoder) (*Count, error) {
	return count(ctx, rpc, "/ibc.core.channel.v1.MsgAcknowledgement", "acknowledge_packet", "packet_src_channel", channel, dec)
}

func count(ctx context.Context, rpc, action, event, chanKey, channel string, dec sdk.TxDecoder) (*Count, error) {
	c, err := rpchttp.New(rpc, "/websocket")
	if err != nil {
		return nil, err
	}
	out := &Count{PerSeq: map[uint64]int{}}
	doneBy := map[uint64]string{}
	q := "message.action='" + action + "'"
	for page := 1; ; page++ {
		perPage := 100
		res, err := c.TxSearch(ctx, q, false, &page, &perPage, "asc")
		if err != nil {
			return nil, fmt.Errorf("tx_search on %s: %w", rpc, err)
		}
		for _, tx := range res.Txs {
			hash := strings.ToUpper(hex.EncodeToString(tx.Hash))
			var msgs int
			var signer string
			did := map[uint64]bool{}
			for _, ev := range tx.TxResult.Events {
				switch ev.Type {
				case "message":
					for _, a := range ev.Attributes {
						switch {
						case a.Key == "action" && a.Value == action:
							msgs++
						case a.Key == "sender" && signer == "":
							signer = a.Value
						}
					}
				case event:
					var seq uint64
					var ch string
					for _, a := range ev.Attributes {
						switch a.Key {
						case "packet_sequence":
							seq, _ = strconv.ParseUint(a.Value, 10, 64)
						case chanKey:
							ch = a.Value
						}
					}
					if ch == channel {
						out.PerSeq[seq]++
						did[seq] = true
						if _, ok := doneBy[seq]; !ok {
							doneBy[seq] = hash
						}
					}
				}
			}
			out.Msgs += msgs
			if msgs <= len(did) {
				continue
			}
			w := WastedTx{Hash: hash, Height: tx.Height, Signer: signer, Msgs: msgs}
			if dec != nil {
				w.Redundant = redundant(dec, tx.Tx, did, doneBy)
			}
			out.Wasted = append(out.Wasted, w)
		}
		if page*perPage >= res.TotalCount {
			return out, nil
		}
	}
}

// redundant decodes a transaction and maps the sequence of each packet
// message it carried that did nothing (not in did) to the transaction that
// did it first (from doneBy, the index read so far).
func redundant(dec sdk.TxDecoder, raw []byte, did map[uint64]bool, doneBy map[uint64]string) map[uint64]string {
	tx, err := dec(raw)
	if err != nil {
		return nil
	}
	out := map[uint64]string{}
	for _, m := range tx.GetMsgs() {
		var seq uint64
		switch m := m.(type) {
		case *channeltypes.MsgRecvPacket:
			seq = m.Packet.Sequence
		case *channeltypes.MsgAcknowledgement:
			seq = m.Packet.Sequence
		default:
			continue
		}
		if !did[seq] {
			out[seq] = doneBy[seq]
		}
	}
	return out
}

// ErrNotYet is returned by ReceivedOnce while some packets are not received.
var ErrNotYet = errors.New("not every packet is received yet")

// ReceivedOnce checks that packets 1..n were each received exactly once on
// channel and returns the number of MsgRecvPacket messages (redundant ones
// included). It returns an error wrapping ErrNotYet while packets are
// missing, and a plain error when one was received twice.
func ReceivedOnce(ctx context.Context, rpc, channel string, n int) (int, error) {
	c, err := Receipts(ctx, rpc, channel, nil)
	if err != nil {
		return 0, err
	}
	perSeq, msgs := c.PerSeq, c.Msgs
	missing := 0
	for seq := uint64(1); seq <= uint64(n); seq++ {
		switch c := perSeq[seq]; {
		case c == 0:
			missing++
		case c > 1:
			return msgs, fmt.Errorf("packet %d received %d times", seq, c)
		}
	}
	if missing > 0 {
		return msgs, fmt.Errorf("%d of %d packets: %w", missing, n, ErrNotYet)
	}
	return msgs, nil
}

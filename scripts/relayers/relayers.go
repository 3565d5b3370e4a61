// Package relayers runs `causeway start` processes on a local devnet (for the
// process-level tests, the chaos script and the bench) and checks from chain
// state what they relayed: whether every packet was received exactly once
// and how many relay messages were redundant.
package relayers

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	rpchttp "github.com/cometbft/cometbft/rpc/client/http"

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

// Receipts counts, from the destination chain's transaction index, the
// recv_packet events per sequence on channel (the packets it received; more
// than one per sequence would be a double receipt) and the MsgRecvPacket
// messages of all transactions (each message beyond one per packet is
// redundant work by the relayers).
func Receipts(ctx context.Context, rpc, channel string) (perSeq map[uint64]int, msgs int, err error) {
	return count(ctx, rpc, "/ibc.core.channel.v1.MsgRecvPacket", "recv_packet", "packet_dst_channel", channel)
}

// Acks is Receipts for acknowledgements on the source chain: the
// acknowledge_packet events per sequence sent on channel, and the
// MsgAcknowledgement messages of all transactions.
func Acks(ctx context.Context, rpc, channel string) (perSeq map[uint64]int, msgs int, err error) {
	return count(ctx, rpc, "/ibc.core.channel.v1.MsgAcknowledgement", "acknowledge_packet", "packet_src_channel", channel)
}

func count(ctx context.Context, rpc, action, event, chanKey, channel string) (perSeq map[uint64]int, msgs int, err error) {
	c, err := rpchttp.New(rpc, "/websocket")
	if err != nil {
		return nil, 0, err
	}
	perSeq = map[uint64]int{}
	q := "message.action='" + action + "'"
	for page := 1; ; page++ {
		perPage := 100
		res, err := c.TxSearch(ctx, q, false, &page, &perPage, "asc")
		if err != nil {
			return nil, 0, fmt.Errorf("tx_search on %s: %w", rpc, err)
		}
		for _, tx := range res.Txs {
			for _, ev := range tx.TxResult.Events {
				switch ev.Type {
				case "message":
					for _, a := range ev.Attributes {
						if a.Key == "action" && a.Value == action {
							msgs++
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
						perSeq[seq]++
					}
				}
			}
		}
		if page*perPage >= res.TotalCount {
			return perSeq, msgs, nil
		}
	}
}

// ErrNotYet is returned by ReceivedOnce while some packets are not received.
var ErrNotYet = errors.New("not every packet is received yet")

// ReceivedOnce checks that packets 1..n were each received exactly once on
// channel and returns the number of MsgRecvPacket messages (redundant ones
// included). It returns an error wrapping ErrNotYet while packets are
// missing, and a plain error when one was received twice.
func ReceivedOnce(ctx context.Context, rpc, channel string, n int) (int, error) {
	perSeq, msgs, err := Receipts(ctx, rpc, channel)
	if err != nil {
		return 0, err
	}
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

package devnet

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
)

// GethDevKeyHex is the private key geth --dev funds at genesis and mines to
// (go-ethereum cmd/utils DeveloperKey). A devnet secret, public by design.
const GethDevKeyHex = "b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291"

// GethOptions configures a geth --dev node.
type GethOptions struct {
	// Period is the block period in whole seconds (--dev.period); 0 means 1.
	Period int
	// GasLimit is the initial block gas limit (--dev.gaslimit); 0 means 60M.
	GasLimit uint64
	// DataDir is the node's data directory; empty means a new temporary
	// directory removed by Stop.
	DataDir string
	// Log, when set, receives geth's stdout and stderr.
	Log *os.File
}

// GethNode is a running geth --dev node on loopback ports. Stop ends it;
// Restart starts it again on the same data directory and ports.
type GethNode struct {
	// HTTP is the JSON-RPC endpoint, http://127.0.0.1:PORT.
	HTTP string
	// WS is the websocket endpoint, ws://127.0.0.1:PORT.
	WS string
	// DevKey is the funded developer account's key.
	DevKey *ecdsa.PrivateKey
	// ChainID is the dev chain id (1337).
	ChainID *big.Int

	bin     string
	dataDir string
	tempDir bool
	opts    GethOptions
	ports   []int // http, ws, authrpc, p2p

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
}

// StartGeth builds (once) and starts geth --dev on free loopback ports and
// waits until its HTTP endpoint answers.
func StartGeth(ctx context.Context, opts GethOptions) (*GethNode, error) {
	bin, err := Build(ctx, Geth)
	if err != nil {
		return nil, err
	}
	if opts.Period <= 0 {
		opts.Period = 1
	}
	if opts.GasLimit == 0 {
		opts.GasLimit = 60_000_000
	}
	g := &GethNode{bin: bin, opts: opts, dataDir: opts.DataDir, ChainID: big.NewInt(1337)}
	if g.dataDir == "" {
		d, err := os.MkdirTemp("", "causeway-geth-")
		if err != nil {
			return nil, fmt.Errorf("devnet: geth datadir: %w", err)
		}
		g.dataDir, g.tempDir = d, true
	}
	g.DevKey, _ = crypto.HexToECDSA(GethDevKeyHex)
	if g.ports, err = FreePorts(4); err != nil {
		return nil, err
	}
	g.HTTP = fmt.Sprintf("http://127.0.0.1:%d", g.ports[0])
	g.WS = fmt.Sprintf("ws://127.0.0.1:%d", g.ports[1])
	if err := g.start(ctx); err != nil {
		g.cleanup()
		return nil, err
	}
	return g, nil
}

// DataDir is the node's data directory.
func (g *GethNode) DataDir() string { return g.dataDir }

func (g *GethNode) start(ctx context.Context) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.cmd != nil {
		return errors.New("devnet: geth already running")
	}
	args := []string{
		"--dev", "--dev.period", strconv.Itoa(g.opts.Period),
		"--dev.gaslimit", strconv.FormatUint(g.opts.GasLimit, 10),
		"--datadir", g.dataDir,
		"--http", "--http.addr", "127.0.0.1", "--http.port", strconv.Itoa(g.ports[0]),
		"--http.api", "eth,net,web3,txpool,debug",
		"--ws", "--ws.addr", "127.0.0.1", "--ws.port", strconv.Itoa(g.ports[1]),
		"--ws.api", "eth,net,web3,txpool",
		"--authrpc.addr", "127.0.0.1", "--authrpc.port", strconv.Itoa(g.ports[2]),
		"--port", strconv.Itoa(g.ports[3]), "--nat", "none", "--nodiscover", "--maxpeers", "0",
		"--ipcdisable", "--verbosity", "2",
		"--rpc.txfeecap", "0", "--txpool.accountslots", "1024", "--txpool.globalslots", "8192",
	}
	cmd := exec.Command(g.bin, args...)
	if g.opts.Log != nil {
		cmd.Stdout, cmd.Stderr = g.opts.Log, g.opts.Log
	} else {
		var buf bytes.Buffer
		cmd.Stdout, cmd.Stderr = &buf, &buf
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("devnet: start geth: %w", err)
	}
	done := make(chan struct{})
	go func() { // owned by Geth: ends when the process exits (Stop waits on done)
		_ = cmd.Wait()
		close(done)
	}()
	g.cmd, g.done = cmd, done
	wctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	for {
		c, err := ethclient.DialContext(wctx, g.HTTP)
		if err == nil {
			_, err = c.ChainID(wctx)
			c.Close()
			if err == nil {
				return nil
			}
		}
		select {
		case <-done:
			g.cmd = nil
			out := ""
			if b, ok := cmd.Stdout.(*bytes.Buffer); ok {
				out = b.String()
			}
			return fmt.Errorf("devnet: geth exited during start: %s", out)
		case <-wctx.Done():
			g.stopLocked()
			return fmt.Errorf("devnet: geth did not answer on %s: %w", g.HTTP, wctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Stop ends the node (SIGINT, then SIGKILL after 10 s) and keeps the data
// directory for Restart. Call Close to also remove a temporary data directory.
func (g *GethNode) Stop() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.stopLocked()
}

func (g *GethNode) stopLocked() error {
	if g.cmd == nil {
		return nil
	}
	_ = g.cmd.Process.Signal(os.Interrupt)
	select {
	case <-g.done:
	case <-time.After(10 * time.Second):
		_ = syscall.Kill(-g.cmd.Process.Pid, syscall.SIGKILL)
		<-g.done
	}
	g.cmd = nil
	return nil
}

// Restart stops the node and starts it again on the same data directory and
// ports; the chain continues from where it was.
func (g *GethNode) Restart(ctx context.Context) error {
	if err := g.Stop(); err != nil {
		return err
	}
	return g.start(ctx)
}

// Close stops the node and removes its data directory when StartGeth created it.
func (g *GethNode) Close() error {
	err := g.Stop()
	g.cleanup()
	return err
}

func (g *GethNode) cleanup() {
	if g.tempDir {
		_ = os.RemoveAll(g.dataDir)
	}
}

// Fund sends wei from the developer account to addr and waits for the
// transfer to be mined.
func (g *GethNode) Fund(ctx context.Context, addr common.Address, wei *big.Int) error {
	c, err := ethclient.DialContext(ctx, g.HTTP)
	if err != nil {
		return fmt.Errorf("devnet: fund %s: %w", addr, err)
	}
	defer c.Close()
	from := crypto.PubkeyToAddress(g.DevKey.PublicKey)
	nonce, err := c.PendingNonceAt(ctx, from)
	if err != nil {
		return fmt.Errorf("devnet: fund %s: nonce: %w", addr, err)
	}
	tip := big.NewInt(1_000_000_000)
	head, err := c.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("devnet: fund %s: head: %w", addr, err)
	}
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(g.DevKey, types.LatestSignerForChainID(g.ChainID), &types.DynamicFeeTx{
		ChainID: g.ChainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap, Gas: 21000, To: &addr, Value: wei,
	})
	if err != nil {
		return fmt.Errorf("devnet: fund %s: sign: %w", addr, err)
	}
	if err := c.SendTransaction(ctx, tx); err != nil {
		return fmt.Errorf("devnet: fund %s: send: %w", addr, err)
	}
	for {
		r, err := c.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				return fmt.Errorf("devnet: fund %s: transfer failed", addr)
			}
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devnet: fund %s: %w", addr, ctx.Err())
		case <-time.After(200 * time.Millisecond):
		}
	}
}

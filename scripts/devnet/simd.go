package devnet

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	bip39 "github.com/cosmos/go-bip39"
)

// SimdOptions configures a local simd chain. The zero value is usable: one
// validator, chain id "causeway-1", 300 ms blocks.
type SimdOptions struct {
	// ChainID must end in "-N" (the IBC revision number). Default "causeway-1".
	ChainID string
	// Validators is the number of validator nodes, each its own process on
	// loopback ports. Default 1.
	Validators int
	// TimeoutCommit is CometBFT's consensus.timeout_commit. Default 300ms.
	TimeoutCommit time.Duration
	// Denom is the staking and fee denomination. Default "stake".
	Denom string
	// ExtraDenoms are also given to the relayer and user accounts (e.g. a token
	// to transfer). Default ["token"].
	ExtraDenoms []string
	// ExtraRelayers is the number of funded relayer accounts besides Relayer
	// (named relayer2, relayer3, ...), for several signer keys per chain.
	ExtraRelayers int
	// Balance is the genesis balance of every funded account, per denom.
	// Default 10^15.
	Balance int64
	// UnbondingTime is the staking unbonding period; light clients derive
	// their trusting period from it. Default 30 minutes.
	UnbondingTime time.Duration
	// BlockMaxGas is the consensus params' block gas limit. Default (0):
	// unlimited (-1).
	BlockMaxGas int64
	// MaxExpectedTimePerBlock is ibc-go's connection parameter. Default 5s.
	MaxExpectedTimePerBlock time.Duration
	// Dir is the parent directory of the node homes. Default: a new temporary
	// directory, removed by Close.
	Dir string
	// Binary is the simd to run. Default: Build(ctx, Simd).
	Binary string
	// Log, when set, receives the nodes' output; otherwise it goes to
	// node.log in each home.
	Log io.Writer
}

// SimdAccount is a funded genesis account whose key is in the chain's test
// keyring (home of validator 0) under Name.
type SimdAccount struct {
	Name     string `json:"name"`
	Address  string `json:"address"`
	Mnemonic string `json:"mnemonic"`
}

// SimdNode is one validator process of a chain.
type SimdNode struct {
	Home    string
	RPCPort int
	GRPC    int
	APIPort int
	P2PPort int

	nodeID string // CometBFT node id, for persistent peers

	mu   sync.Mutex
	cmd  *exec.Cmd
	done chan struct{}
	log  *os.File
}

// RPC is the node's CometBFT RPC address, http://127.0.0.1:port.
func (n *SimdNode) RPC() string { return fmt.Sprintf("http://127.0.0.1:%d", n.RPCPort) }

// SimdChain is a running local chain. Stop, Restart and Close are safe to call from
// the owning goroutine; Close stops every node and removes the directory if
// StartSimd created it.
type SimdChain struct {
	ChainID string
	Denom   string
	Binary  string
	Dir     string
	// Nodes are the validators; Nodes[0] holds the keyring with Relayer and User.
	Nodes []*SimdNode
	// Relayer and User are funded accounts; their mnemonics can be restored
	// into another keyring (e.g. the relayer's encrypted file keyring).
	Relayer SimdAccount
	User    SimdAccount
	// ExtraRelayers are the accounts SimdOptions.ExtraRelayers asked for.
	ExtraRelayers []SimdAccount

	opts    SimdOptions
	ownsDir bool
}

// Home is validator 0's home directory (keyring-backend test).
func (s *SimdChain) Home() string { return s.Nodes[0].Home }

// RPC is validator 0's CometBFT RPC address, http://127.0.0.1:port.
func (s *SimdChain) RPC() string { return s.Nodes[0].RPC() }

// GRPC is validator 0's gRPC address, 127.0.0.1:port.
func (s *SimdChain) GRPC() string { return fmt.Sprintf("127.0.0.1:%d", s.Nodes[0].GRPC) }

// API is validator 0's REST address, http://127.0.0.1:port.
func (s *SimdChain) API() string { return fmt.Sprintf("http://127.0.0.1:%d", s.Nodes[0].APIPort) }

func (o *SimdOptions) defaults() {
	if o.ChainID == "" {
		o.ChainID = "causeway-1"
	}
	if o.Validators <= 0 {
		o.Validators = 1
	}
	if o.TimeoutCommit <= 0 {
		o.TimeoutCommit = 300 * time.Millisecond
	}
	if o.Denom == "" {
		o.Denom = "stake"
	}
	if o.ExtraDenoms == nil {
		o.ExtraDenoms = []string{"token"}
	}
	if o.Balance <= 0 {
		o.Balance = 1_000_000_000_000_000
	}
	if o.UnbondingTime <= 0 {
		o.UnbondingTime = 30 * time.Minute
	}
	if o.MaxExpectedTimePerBlock <= 0 {
		o.MaxExpectedTimePerBlock = 5 * time.Second
	}
}

// StartSimd initialises a new simd chain (genesis with funded validator,
// relayer and user accounts) and starts its validators on free loopback
// ports. It returns once the chain has committed block 2. The caller must
// Close the chain.
func StartSimd(ctx context.Context, opts SimdOptions) (_ *SimdChain, err error) {
	opts.defaults()
	if i := strings.LastIndex(opts.ChainID, "-"); i < 0 || i == len(opts.ChainID)-1 {
		return nil, fmt.Errorf("devnet: chain id %q must end in -N (IBC revision number)", opts.ChainID)
	}
	s := &SimdChain{ChainID: opts.ChainID, Denom: opts.Denom, Binary: opts.Binary, Dir: opts.Dir, opts: opts}
	if s.Binary == "" {
		if s.Binary, err = Build(ctx, Simd); err != nil {
			return nil, err
		}
	}
	if s.Dir == "" {
		if s.Dir, err = os.MkdirTemp("", "simd-"+opts.ChainID+"-"); err != nil {
			return nil, fmt.Errorf("devnet: temp dir: %w", err)
		}
		s.ownsDir = true
	}
	defer func() {
		if err != nil {
			s.Close()
		}
	}()
	for i := 0; i < opts.Validators; i++ {
		s.Nodes = append(s.Nodes, &SimdNode{Home: filepath.Join(s.Dir, fmt.Sprintf("node%d", i))})
	}
	if err := s.newPorts(); err != nil {
		return nil, err
	}
	if err := s.initChain(ctx); err != nil {
		return nil, err
	}
	if err := s.startNodes(ctx); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *SimdChain) initChain(ctx context.Context) error {
	o := s.opts
	var valAddrs []string
	for i, n := range s.Nodes {
		if _, err := s.exec(ctx, n.Home, nil, "init", fmt.Sprintf("node%d", i), "--chain-id", o.ChainID, "--default-denom", o.Denom); err != nil {
			return err
		}
		addr, _, err := s.addKey(ctx, n.Home, fmt.Sprintf("validator%d", i))
		if err != nil {
			return err
		}
		valAddrs = append(valAddrs, addr)
	}
	home0 := s.Nodes[0].Home
	var err error
	if s.Relayer.Address, s.Relayer.Mnemonic, err = s.addKey(ctx, home0, "relayer"); err != nil {
		return err
	}
	s.Relayer.Name = "relayer"
	if s.User.Address, s.User.Mnemonic, err = s.addKey(ctx, home0, "user"); err != nil {
		return err
	}
	s.User.Name = "user"
	funded := append(valAddrs, s.Relayer.Address, s.User.Address)
	for i := range o.ExtraRelayers {
		acc := SimdAccount{Name: fmt.Sprintf("relayer%d", i+2)}
		if acc.Address, acc.Mnemonic, err = s.addKey(ctx, home0, acc.Name); err != nil {
			return err
		}
		s.ExtraRelayers = append(s.ExtraRelayers, acc)
		funded = append(funded, acc.Address)
	}

	coins := []string{fmt.Sprintf("%d%s", o.Balance, o.Denom)}
	for _, d := range o.ExtraDenoms {
		coins = append(coins, fmt.Sprintf("%d%s", o.Balance, d))
	}
	for _, a := range funded {
		if _, err := s.exec(ctx, home0, nil, "genesis", "add-genesis-account", a, strings.Join(coins, ",")); err != nil {
			return err
		}
	}
	genPath := filepath.Join(home0, "config", "genesis.json")
	if err := editGenesis(genPath, o); err != nil {
		return err
	}
	gentxDir := filepath.Join(home0, "config", "gentx")
	if err := os.MkdirAll(gentxDir, 0o755); err != nil {
		return fmt.Errorf("devnet: gentx dir: %w", err)
	}
	for i, n := range s.Nodes {
		if i > 0 {
			if err := copyFile(genPath, filepath.Join(n.Home, "config", "genesis.json")); err != nil {
				return err
			}
		}
		out := filepath.Join(gentxDir, fmt.Sprintf("gentx-%d.json", i))
		if _, err := s.exec(ctx, n.Home, nil, "genesis", "gentx", fmt.Sprintf("validator%d", i),
			fmt.Sprintf("%d%s", o.Balance/10, o.Denom), "--chain-id", o.ChainID,
			"--keyring-backend", "test", "--output-document", out); err != nil {
			return err
		}
	}
	if _, err := s.exec(ctx, home0, nil, "genesis", "collect-gentxs", "--gentx-dir", gentxDir); err != nil {
		return err
	}
	for i, n := range s.Nodes {
		if i > 0 {
			if err := copyFile(genPath, filepath.Join(n.Home, "config", "genesis.json")); err != nil {
				return err
			}
		}
		if len(s.Nodes) > 1 {
			id, err := s.exec(ctx, n.Home, nil, "comet", "show-node-id")
			if err != nil {
				return err
			}
			n.nodeID = strings.TrimSpace(string(id))
		}
	}
	return s.configureAll()
}

// newPorts gives every node fresh free loopback ports.
func (s *SimdChain) newPorts() error {
	ports, err := FreePorts(4 * len(s.Nodes))
	if err != nil {
		return err
	}
	for i, n := range s.Nodes {
		n.RPCPort, n.GRPC, n.APIPort, n.P2PPort = ports[4*i], ports[4*i+1], ports[4*i+2], ports[4*i+3]
	}
	return nil
}

// configureAll writes every node's config.toml and app.toml for its ports,
// peering it with the chain's other nodes.
func (s *SimdChain) configureAll() error {
	for i, n := range s.Nodes {
		var peers []string
		for j, m := range s.Nodes {
			if j != i && m.nodeID != "" {
				peers = append(peers, fmt.Sprintf("%s@127.0.0.1:%d", m.nodeID, m.P2PPort))
			}
		}
		if err := configureNode(n, s.opts, strings.Join(peers, ",")); err != nil {
			return err
		}
	}
	return nil
}

// addKey creates a key from a fresh BIP-39 mnemonic in home's test keyring
// and returns its address and mnemonic.
func (s *SimdChain) addKey(ctx context.Context, home, name string) (addr, mnemonic string, err error) {
	entropy, err := bip39.NewEntropy(256)
	if err != nil {
		return "", "", fmt.Errorf("devnet: entropy for key %s: %w", name, err)
	}
	mnemonic, err = bip39.NewMnemonic(entropy)
	if err != nil {
		return "", "", fmt.Errorf("devnet: mnemonic for key %s: %w", name, err)
	}
	out, err := s.exec(ctx, home, strings.NewReader(mnemonic+"\n"), "keys", "add", name, "--recover", "--keyring-backend", "test", "--output", "json")
	if err != nil {
		return "", "", err
	}
	var key struct {
		Address string `json:"address"`
	}
	if err := json.Unmarshal(bytes.TrimSpace(out), &key); err != nil || key.Address == "" {
		return "", "", fmt.Errorf("devnet: keys add %s printed %q: %v", name, out, err)
	}
	return key.Address, mnemonic, nil
}

// Exec runs the simd binary with --home set to validator 0's home and returns
// its standard output. Commands that talk to the chain need --node s.RPC().
func (s *SimdChain) Exec(ctx context.Context, args ...string) ([]byte, error) {
	return s.exec(ctx, s.Home(), nil, args...)
}

func (s *SimdChain) exec(ctx context.Context, home string, stdin io.Reader, args ...string) ([]byte, error) {
	args = append(args, "--home", home)
	cmd := exec.CommandContext(ctx, s.Binary, args...)
	cmd.Stdin = stdin
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if len(msg) > 600 { // cobra prints the whole usage before the error
			msg = "..." + msg[len(msg)-600:]
		}
		return nil, fmt.Errorf("devnet: simd %s: %w: %s", strings.Join(args, " "), err, msg)
	}
	return stdout.Bytes(), nil
}

func editGenesis(path string, o SimdOptions) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("devnet: read genesis: %w", err)
	}
	var g map[string]any
	if err := json.Unmarshal(b, &g); err != nil {
		return fmt.Errorf("devnet: parse genesis %s: %w", path, err)
	}
	app, _ := g["app_state"].(map[string]any)
	set := func(v any, keys ...string) error {
		m := app
		for _, k := range keys[:len(keys)-1] {
			next, ok := m[k].(map[string]any)
			if !ok {
				return fmt.Errorf("devnet: genesis has no app_state.%s", strings.Join(keys, "."))
			}
			m = next
		}
		m[keys[len(keys)-1]] = v
		return nil
	}
	secs := func(d time.Duration) string { return strconv.FormatFloat(d.Seconds(), 'f', -1, 64) + "s" }
	for _, e := range []struct {
		v    any
		keys []string
	}{
		{secs(o.UnbondingTime), []string{"staking", "params", "unbonding_time"}},
		{o.Denom, []string{"staking", "params", "bond_denom"}},
		{"20s", []string{"gov", "params", "voting_period"}},
		{"10s", []string{"gov", "params", "expedited_voting_period"}},
		{strconv.FormatInt(o.MaxExpectedTimePerBlock.Nanoseconds(), 10), []string{"ibc", "connection_genesis", "params", "max_expected_time_per_block"}},
		{[]any{map[string]any{"denom": o.Denom, "amount": "1"}}, []string{"gov", "params", "min_deposit"}},
	} {
		if err := set(e.v, e.keys...); err != nil {
			return err
		}
	}
	if o.BlockMaxGas > 0 {
		cons, _ := g["consensus"].(map[string]any)
		params, _ := cons["params"].(map[string]any)
		block, ok := params["block"].(map[string]any)
		if !ok {
			return errors.New("devnet: genesis has no consensus.params.block")
		}
		block["max_gas"] = strconv.FormatInt(o.BlockMaxGas, 10)
	}
	out, err := json.MarshalIndent(g, "", "  ")
	if err != nil {
		return fmt.Errorf("devnet: encode genesis: %w", err)
	}
	return os.WriteFile(path, out, 0o644)
}

func configureNode(n *SimdNode, o SimdOptions, peers string) error {
	cfg := filepath.Join(n.Home, "config", "config.toml")
	if err := editTOML(cfg, map[string]map[string]string{
		"": {
			"proxy_app": `"tcp://127.0.0.1:0"`,
			"moniker":   `"` + filepath.Base(n.Home) + `"`,
		},
		"rpc": {
			"laddr":                        fmt.Sprintf(`"tcp://127.0.0.1:%d"`, n.RPCPort),
			"pprof_laddr":                  `""`,
			"max_body_bytes":               "104857600",
			"max_subscription_clients":     "200",
			"max_subscriptions_per_client": "50",
			"timeout_broadcast_tx_commit":  `"30s"`,
		},
		"p2p": {
			"laddr":              fmt.Sprintf(`"tcp://127.0.0.1:%d"`, n.P2PPort),
			"persistent_peers":   `"` + peers + `"`,
			"addr_book_strict":   "false",
			"allow_duplicate_ip": "true",
			"pex":                "false",
		},
		"consensus": {
			"timeout_commit":  fmt.Sprintf(`"%s"`, o.TimeoutCommit),
			"timeout_propose": `"1s"`,
		},
		"mempool": {
			"max_tx_bytes":  "10485760",
			"max_txs_bytes": "1073741824",
		},
	}); err != nil {
		return err
	}
	app := filepath.Join(n.Home, "config", "app.toml")
	return editTOML(app, map[string]map[string]string{
		"": {
			"minimum-gas-prices": `"0` + o.Denom + `"`,
		},
		"api": {
			"enable":  "true",
			"address": fmt.Sprintf(`"tcp://127.0.0.1:%d"`, n.APIPort),
		},
		"grpc": {
			"enable":  "true",
			"address": fmt.Sprintf(`"127.0.0.1:%d"`, n.GRPC),
		},
		"grpc-web": {"enable": "false"},
	})
}

// editTOML sets key = value (value already in TOML syntax) in the given
// sections ("" is the top level) of an existing file, failing if a key is
// absent so a template change is noticed.
func editTOML(path string, sets map[string]map[string]string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("devnet: read %s: %w", path, err)
	}
	seen := map[string]bool{}
	section := ""
	var out bytes.Buffer
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		t := strings.TrimSpace(line)
		if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") {
			section = strings.Trim(t, "[]")
		} else if k, _, ok := strings.Cut(t, "="); ok && !strings.HasPrefix(t, "#") {
			k = strings.TrimSpace(k)
			if v, ok := sets[section][k]; ok {
				line = k + " = " + v
				seen[section+"."+k] = true
			}
		}
		out.WriteString(line + "\n")
	}
	for sec, kv := range sets {
		for k := range kv {
			if !seen[sec+"."+k] {
				return fmt.Errorf("devnet: %s has no key %q in section [%s]", path, k, sec)
			}
		}
	}
	return os.WriteFile(path, out.Bytes(), 0o644)
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return fmt.Errorf("devnet: copy %s: %w", from, err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		return fmt.Errorf("devnet: copy to %s: %w", to, err)
	}
	return nil
}

// startNodes starts every node and waits for block 2. A port taken by
// another process between FreePorts and the node's bind is retried on new
// ports (twice).
func (s *SimdChain) startNodes(ctx context.Context) error {
	for attempt := 0; ; attempt++ {
		err := s.startAndWait(ctx)
		if err == nil {
			return nil
		}
		if attempt >= 2 || !strings.Contains(err.Error(), "address already in use") {
			return err
		}
		if err := s.Stop(); err != nil {
			return err
		}
		if err := s.newPorts(); err != nil {
			return err
		}
		if err := s.configureAll(); err != nil {
			return err
		}
	}
}

func (s *SimdChain) startAndWait(ctx context.Context) error {
	for _, n := range s.Nodes {
		if err := s.startNode(n); err != nil {
			return err
		}
	}
	for _, n := range s.Nodes {
		if err := s.waitNode(ctx, n, 2); err != nil {
			return err
		}
	}
	return nil
}

func (s *SimdChain) startNode(n *SimdNode) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.cmd != nil {
		return fmt.Errorf("devnet: node %s already running", n.Home)
	}
	cmd := exec.Command(s.Binary, "start", "--home", n.Home)
	var w io.Writer = s.opts.Log
	if w == nil {
		f, err := os.OpenFile(filepath.Join(n.Home, "node.log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
		if err != nil {
			return fmt.Errorf("devnet: node log: %w", err)
		}
		n.log = f
		w = f
	}
	cmd.Stdout, cmd.Stderr = w, w
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("devnet: start simd %s: %w", n.Home, err)
	}
	n.cmd, n.done = cmd, make(chan struct{})
	go func(done chan struct{}) { // owned by the node: ends when the process exits
		cmd.Wait()
		close(done)
	}(n.done)
	return nil
}

// waitNode waits for n to report height >= h, failing early if any node of
// the chain exits (a chain of several validators stalls without it).
func (s *SimdChain) waitNode(ctx context.Context, n *SimdNode, h int64) error {
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		if got, err := n.Height(ctx); err == nil && got >= h {
			return nil
		}
		for _, m := range s.Nodes {
			m.mu.Lock()
			done := m.done
			m.mu.Unlock()
			if done == nil {
				continue
			}
			select {
			case <-done:
				return fmt.Errorf("devnet: simd %s exited before height %d%s", m.Home, h, tailLog(m.Home))
			default:
			}
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("devnet: %s (%s) did not reach height %d: %w%s", s.ChainID, n.Home, h, ctx.Err(), tailLog(n.Home))
		case <-t.C:
		}
	}
}

func tailLog(home string) string {
	b, err := os.ReadFile(filepath.Join(home, "node.log"))
	if err != nil || len(b) == 0 {
		return ""
	}
	if len(b) > 2000 {
		b = b[len(b)-2000:]
	}
	return "\n--- node.log tail ---\n" + string(b)
}

// Height returns the node's latest committed height from its RPC /status.
func (n *SimdNode) Height(ctx context.Context) (int64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, n.RPC()+"/status", nil)
	if err != nil {
		return 0, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, fmt.Errorf("devnet: status %s: %w", n.RPC(), err)
	}
	defer resp.Body.Close()
	var st struct {
		Result struct {
			SyncInfo struct {
				LatestBlockHeight string `json:"latest_block_height"`
			} `json:"sync_info"`
		} `json:"result"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&st); err != nil {
		return 0, fmt.Errorf("devnet: decode status from %s: %w", n.RPC(), err)
	}
	return strconv.ParseInt(st.Result.SyncInfo.LatestBlockHeight, 10, 64)
}

// Height returns validator 0's latest committed height.
func (s *SimdChain) Height(ctx context.Context) (int64, error) { return s.Nodes[0].Height(ctx) }

// WaitHeight waits until every node has committed height h.
func (s *SimdChain) WaitHeight(ctx context.Context, h int64) error {
	for _, n := range s.Nodes {
		if err := s.waitNode(ctx, n, h); err != nil {
			return err
		}
	}
	return nil
}

// Stop stops every node (SIGTERM, then SIGKILL after 10 s), keeping the
// homes so Restart continues the chain.
func (s *SimdChain) Stop() error {
	var errs []error
	for _, n := range s.Nodes {
		errs = append(errs, n.stop())
	}
	return errors.Join(errs...)
}

func (n *SimdNode) stop() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.cmd == nil {
		return nil
	}
	_ = n.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-n.done:
	case <-time.After(10 * time.Second):
		_ = n.cmd.Process.Kill()
		<-n.done
	}
	n.cmd, n.done = nil, nil
	if n.log != nil {
		n.log.Close()
		n.log = nil
	}
	return nil
}

// Restart starts the stopped nodes again on the same ports and homes and
// waits until the chain commits a block past the height it had reached.
func (s *SimdChain) Restart(ctx context.Context) error {
	if err := s.Stop(); err != nil {
		return err
	}
	var h int64
	for _, n := range s.Nodes {
		if err := s.startNode(n); err != nil {
			return err
		}
	}
	for _, n := range s.Nodes {
		// The last committed height is unknown while stopped; wait for RPC
		// and then for one new block.
		if err := s.waitNode(ctx, n, 1); err != nil {
			return err
		}
		cur, err := n.Height(ctx)
		if err != nil {
			return err
		}
		if cur > h {
			h = cur
		}
	}
	return s.WaitHeight(ctx, h+1)
}

// Close stops the chain and removes its directory if StartSimd created it.
func (s *SimdChain) Close() error {
	err := s.Stop()
	if s.ownsDir {
		if rerr := os.RemoveAll(s.Dir); rerr != nil {
			err = errors.Join(err, fmt.Errorf("devnet: remove %s: %w", s.Dir, rerr))
		}
	}
	return err
}

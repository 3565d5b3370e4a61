package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const minimal = `
chains:
  - id: a
    family: cosmos
    rpc: http://127.0.0.1:26657
    grpc: 127.0.0.1:9090
    gas: {price: 0.025stake}
    trusting_period: 336h
    unbonding_period: 504h
  - id: b
    family: cosmos
    rpc: http://127.0.0.1:27657
    grpc: 127.0.0.1:9190
    gas: {price: 0.025stake}
    trusting_period: 336h
    unbonding_period: 504h
paths:
  - name: a-b
    src: {chain: a}
    dst: {chain: b}
`

func TestGoodConfigs(t *testing.T) {
	t.Setenv("RELAYER_PASS", "s3cret")
	cases := []struct {
		name  string
		yaml  string
		check func(t *testing.T, c *Config)
	}{
		{"minimal gets defaults", minimal, func(t *testing.T, c *Config) {
			p := c.Paths[0]
			if p.MaxMsgs != DefaultMaxMsgs || p.Ordering != Unordered || p.Src.PortID != "transfer" || p.ClearInterval.Duration != DefaultClearInterval {
				t.Fatalf("defaults not applied: %+v", p)
			}
			if c.NATS.Replicas != 1 || c.NATS.MaxDeliver != DefaultMaxDeliver || c.Global.LogFormat != "json" {
				t.Fatalf("nats/global defaults not applied: %+v %+v", c.NATS, c.Global)
			}
		}},
		{"env expansion", strings.Replace(minimal, "    gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h\n  - id: b",
			"    gas: {price: 0.025stake}\n    signers: [{key: relayer, passphrase: \"${RELAYER_PASS}\"}]\n    trusting_period: 336h\n    unbonding_period: 504h\n  - id: b", 1),
			func(t *testing.T, c *Config) {
				if got := c.Chains[0].Signers[0].Passphrase; got != "s3cret" {
					t.Fatalf("passphrase = %q, want expanded", got)
				}
			}},
		{"external cluster", minimal + "nats: {url: \"nats://127.0.0.1:4222,nats://127.0.0.1:4223\", replicas: 3}\n", func(t *testing.T, c *Config) {
			if c.NATS.Replicas != 3 {
				t.Fatalf("replicas = %d", c.NATS.Replicas)
			}
		}},
		{"qbft chain with handler", strings.Replace(minimal, "    family: cosmos\n    rpc: http://127.0.0.1:27657\n    grpc: 127.0.0.1:9190\n    gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h",
			"    family: qbft\n    evm_chain_id: 1337\n    trusting_period: 336h\n    handler: \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\n    rpc: http://127.0.0.1:27657", 1),
			func(t *testing.T, c *Config) {
				if got := c.Chains[1].Handler; got != "0x5FbDB2315678afecb367f032d93F642f64180aa3" {
					t.Fatalf("handler = %q", got)
				}
			}},
		{"ordered with filter", strings.Replace(minimal, "    dst: {chain: b}", "    dst: {chain: b}\n    ordering: ordered\n    filter: {policy: allow, channels: [channel-0]}\n    clear_interval: 0s", 1), func(t *testing.T, c *Config) {
			p := c.Paths[0]
			if p.Ordering != Ordered || p.Filter.Channels[0] != "channel-0" || p.ClearInterval.Duration != 0 {
				t.Fatalf("unexpected path %+v", p)
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse([]byte(tc.yaml))
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			tc.check(t, c)
		})
	}
}

func TestBadConfigs(t *testing.T) {
	os.Unsetenv("CAUSEWAY_TEST_UNSET")
	rep := func(old, new string) string {
		if !strings.Contains(minimal, old) {
			t.Fatalf("test bug: %q not in minimal", old)
		}
		return strings.Replace(minimal, old, new, 1)
	}
	cases := []struct {
		name, yaml, want string
	}{
		{"unknown top-level field", minimal + "extra: 1\n",
			"extra: unknown field (known fields here: chains, global, nats, paths)"},
		{"unknown chain field", rep("    family: cosmos\n    rpc: http://127.0.0.1:27657", "    family: cosmos\n    rcp: http://x\n    rpc: http://127.0.0.1:27657"),
			"chains[1].rcp: unknown field"},
		{"missing rpc", rep("    rpc: http://127.0.0.1:27657\n", ""),
			"chains[1].rpc: required field is missing"},
		{"missing paths", strings.Split(minimal, "paths:")[0],
			"paths: required field is missing"},
		{"bad url scheme", rep("http://127.0.0.1:27657", "ftp://127.0.0.1:27657"),
			`chains[1].rpc: URL "ftp://127.0.0.1:27657" must use scheme http or https`},
		{"url without host", rep("http://127.0.0.1:27657", "http://"),
			`chains[1].rpc: URL "http://" has no host`},
		{"bad duration", rep("trusting_period: 336h\n    unbonding_period: 504h\n  - id: b", "trusting_period: 2 weeks\n    unbonding_period: 504h\n  - id: b"),
			`chains[0].trusting_period: invalid duration "2 weeks" (use a Go duration such as 30s, 5m, 336h)`},
		{"trusting period longer than unbonding", rep("trusting_period: 336h\n    unbonding_period: 504h\npaths", "trusting_period: 600h\n    unbonding_period: 504h\npaths"),
			"chains[1].trusting_period: 600h0m0s must be shorter than unbonding_period 504h0m0s"},
		{"batch size zero", rep("    dst: {chain: b}", "    dst: {chain: b}\n    max_msgs: -1"),
			"paths[0].max_msgs: must be between 1 and 10000, got -1"},
		{"path names undefined chain", rep("dst: {chain: b}", "dst: {chain: c}"),
			`paths[0].dst.chain: chain "c" is not defined in chains`},
		{"path to itself", rep("dst: {chain: b}", "dst: {chain: a}"),
			`paths[0].dst.chain: must differ from src.chain ("a")`},
		{"duplicate chain id", rep("  - id: b", "  - id: a"),
			`chains[1].id: chain "a" is defined twice`},
		{"unknown family", rep("    family: cosmos\n    rpc: http://127.0.0.1:27657", "    family: fabric\n    rpc: http://127.0.0.1:27657"),
			`chains[1].family: must be cosmos, ethereum or qbft, got "fabric"`},
		{"bad log format", minimal + "global: {log_format: xml}\n",
			`global.log_format: must be json or console, got "xml"`},
		{"unset env var", rep("    gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h\npaths",
			"    gas: {price: 0.025stake}\n    signers: [{key: k, passphrase: \"${CAUSEWAY_TEST_UNSET}\"}]\n    trusting_period: 336h\n    unbonding_period: 504h\npaths"),
			"chains[1].signers[0].passphrase: environment variable CAUSEWAY_TEST_UNSET is not set"},
		{"duplicate signer key", rep("    gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h\npaths",
			"    gas: {price: 0.025stake}\n    signers: [{key: r1}, {key: r2}, {key: r1}]\n    trusting_period: 336h\n    unbonding_period: 504h\npaths"),
			`chains[1].signers[2].key: "r1" is already signers[0]`},
		{"integer expected", rep("    dst: {chain: b}", "    dst: {chain: b}\n    max_msgs: many"),
			`paths[0].max_msgs: expected an integer, got "many"`},
		{"list expected", rep("    grpc: 127.0.0.1:9190", "    grpc: 127.0.0.1:9190\n    witnesses: http://127.0.0.1:1"),
			`chains[1].witnesses: expected a list, got the value "http://127.0.0.1:1"`},
		{"bad ordering", rep("    dst: {chain: b}", "    dst: {chain: b}\n    ordering: sorted"),
			`paths[0].ordering: must be ordered or unordered, got "sorted"`},
		{"replicas on embedded", minimal + "nats: {replicas: 3}\n",
			"nats.replicas: must be 1 with the embedded server (a single node), got 3"},
		{"ethereum without beacon", rep("    family: cosmos\n    rpc: http://127.0.0.1:27657\n    grpc: 127.0.0.1:9190\n    gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h",
			"    family: ethereum\n    network: mainnet\n    evm_chain_id: 1\n    rpc: http://127.0.0.1:27657"),
			"chains[1].beacon: required for an ethereum chain (beacon node REST API)"},
		{"bad gas price", rep("gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h\npaths", "gas: {price: cheap}\n    trusting_period: 336h\n    unbonding_period: 504h\npaths"),
			`chains[1].gas.price: "cheap" is not a gas price such as 0.025stake`},
		{"bad path name", rep("name: a-b", "name: a.b"),
			`paths[0].name: "a.b" is not a valid path name (letters, digits, '-' and '_', at most 64)`},
		{"bad channel id", rep("dst: {chain: b}", "dst: {chain: b, channel_id: \"c/0\"}"),
			`paths[0].dst.channel_id: "c/0" is not a valid IBC identifier`},
		{"bad checkpoint", rep("    family: cosmos\n    rpc: http://127.0.0.1:27657\n    grpc: 127.0.0.1:9190\n    gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h",
			"    family: ethereum\n    network: mainnet\n    evm_chain_id: 1\n    beacon: http://127.0.0.1:5052\n    checkpoint: 0x1234\n    rpc: http://127.0.0.1:27657"),
			`chains[1].checkpoint: "0x1234" is not a block root (0x and 64 hex digits)`},
		{"evm chain without handler", rep("    family: cosmos\n    rpc: http://127.0.0.1:27657\n    grpc: 127.0.0.1:9190\n    gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h",
			"    family: qbft\n    evm_chain_id: 1337\n    trusting_period: 336h\n    rpc: http://127.0.0.1:27657"),
			"chains[1].handler: required for an EVM chain (IBC handler contract address)"},
		{"bad handler", rep("    family: cosmos\n    rpc: http://127.0.0.1:27657\n    grpc: 127.0.0.1:9190\n    gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h",
			"    family: ethereum\n    network: mainnet\n    evm_chain_id: 1\n    handler: 0x1234\n    rpc: http://127.0.0.1:27657"),
			`chains[1].handler: "0x1234" is not a contract address (0x and 40 hex digits)`},
		{"handler without 0x", rep("    family: cosmos\n    rpc: http://127.0.0.1:27657\n    grpc: 127.0.0.1:9190\n    gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h",
			"    family: qbft\n    evm_chain_id: 1337\n    trusting_period: 336h\n    handler: \"5FbDB2315678afecb367f032d93F642f64180aa3\"\n    rpc: http://127.0.0.1:27657"),
			`chains[1].handler: "5FbDB2315678afecb367f032d93F642f64180aa3" is not a contract address (0x and 40 hex digits)`},
		{"zero handler", rep("    family: cosmos\n    rpc: http://127.0.0.1:27657\n    grpc: 127.0.0.1:9190\n    gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h",
			"    family: qbft\n    evm_chain_id: 1337\n    trusting_period: 336h\n    handler: \"0x0000000000000000000000000000000000000000\"\n    rpc: http://127.0.0.1:27657"),
			"chains[1].handler: must not be the zero address"},
		{"safe finality", rep("    family: cosmos\n    rpc: http://127.0.0.1:27657\n    grpc: 127.0.0.1:9190\n    gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h",
			"    family: qbft\n    evm_chain_id: 1337\n    trusting_period: 336h\n    handler: \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\n    finality: {tag: safe}\n    rpc: http://127.0.0.1:27657"),
			`chains[1].finality.tag: must be finalized or latest, got "safe"`},
		{"depth on finalized", rep("    family: cosmos\n    rpc: http://127.0.0.1:27657\n    grpc: 127.0.0.1:9190\n    gas: {price: 0.025stake}\n    trusting_period: 336h\n    unbonding_period: 504h",
			"    family: qbft\n    evm_chain_id: 1337\n    trusting_period: 336h\n    handler: \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"\n    finality: {depth: 3}\n    rpc: http://127.0.0.1:27657"),
			"chains[1].finality.depth: applies to tag latest only (finalized blocks need no confirmations)"},
		{"start block on a cosmos chain", rep("    grpc: 127.0.0.1:9190", "    grpc: 127.0.0.1:9190\n    start_block: 12"),
			"chains[1].start_block: only applies to an ethereum or qbft chain"},
		{"handler on a cosmos chain", rep("    grpc: 127.0.0.1:9190", "    grpc: 127.0.0.1:9190\n    handler: \"0x5FbDB2315678afecb367f032d93F642f64180aa3\""),
			"chains[1].handler: only applies to an ethereum or qbft chain"},
		{"not yaml", "chains: [", "not valid YAML: yaml: line 1: did not find expected node content"},
		{"negative duration", rep("    dst: {chain: b}", "    dst: {chain: b}\n    clear_interval: -1s"),
			"paths[0].clear_interval: duration -1s is negative"},
	}
	if len(cases) < 15 {
		t.Fatalf("need at least 15 bad configs")
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse([]byte(tc.yaml))
			if err == nil {
				t.Fatalf("Parse accepted a bad config")
			}
			var errs Errors
			if !errors.As(err, &errs) {
				t.Fatalf("error %T is not config.Errors", err)
			}
			for _, e := range errs {
				if e.Error() == tc.want || (strings.HasSuffix(tc.want, "unknown field") && strings.HasPrefix(e.Error(), tc.want)) {
					return
				}
			}
			t.Fatalf("want error %q, got:\n%v", tc.want, err)
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(filepath.Join(t.TempDir(), "nope.yaml"))
	if err == nil || !strings.Contains(err.Error(), "read config") {
		t.Fatalf("want a read error, got %v", err)
	}
}

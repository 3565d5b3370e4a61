// Package config defines Causeway's configuration file: one YAML file per
// chain pair, decoded strictly and validated once, up front.
//
// Every problem is reported with the field path that holds it (for example
// `chains[1].rpc: ...`), so an operator can fix a file without guessing.
// Nothing in this package starts anything; it must never do I/O beyond
// reading the file and the environment.
package config

import (
	"time"
)

// Family is a chain family: how its headers and proofs are verified.
type Family string

// Supported chain families.
const (
	FamilyCosmos   Family = "cosmos"
	FamilyEthereum Family = "ethereum"
	FamilyQBFT     Family = "qbft"
)

// Ordering is an IBC channel ordering.
type Ordering string

// Channel orderings.
const (
	Unordered Ordering = "unordered"
	Ordered   Ordering = "ordered"
)

// Config is a whole configuration file.
type Config struct {
	Global Global  `yaml:"global"`
	NATS   NATS    `yaml:"nats"`
	Chains []Chain `yaml:"chains" required:"true"`
	Paths  []Path  `yaml:"paths" required:"true"`
}

// Global holds process-wide settings.
type Global struct {
	// LogLevel is debug, info, warn or error.
	LogLevel string `yaml:"log_level"`
	// LogFormat is json (production) or console (development).
	LogFormat string `yaml:"log_format"`
	// Listen is the host:port serving /metrics and /healthz.
	Listen string `yaml:"listen"`
	// Home is the data directory; empty means the --home flag.
	Home string `yaml:"home"`
}

// NATS selects the embedded server or an external cluster and the JetStream
// settings shared by both.
type NATS struct {
	// URL of an external NATS cluster (comma-separated seeds). Empty starts
	// the embedded server.
	URL string `yaml:"url"`
	// Credentials is a .creds file for an external cluster.
	Credentials string `yaml:"credentials"`
	// TLS for an external cluster.
	TLS *TLS `yaml:"tls"`
	// Embedded configures the in-process server used when URL is empty.
	Embedded Embedded `yaml:"embedded"`
	// Replicas of every stream and bucket: 1 embedded, 3 on a cluster.
	Replicas int `yaml:"replicas"`
	// AckWait is how long a consumer waits for an ack before redelivering.
	AckWait Duration `yaml:"ack_wait"`
	// MaxDeliver is how many deliveries a message gets before it is
	// dead-lettered.
	MaxDeliver int `yaml:"max_deliver"`
	// DedupWindow is the events stream's Nats-Msg-Id deduplication window.
	DedupWindow Duration `yaml:"dedup_window"`
	// LeaseTTL is how long a signer lease lives without renewal.
	LeaseTTL Duration `yaml:"lease_ttl"`
}

// TLS names the files for a TLS connection.
type TLS struct {
	CAFile   string `yaml:"ca_file"`
	CertFile string `yaml:"cert_file"`
	KeyFile  string `yaml:"key_file"`
}

// Embedded configures the in-process nats-server.
type Embedded struct {
	// Listen is the client host:port; empty picks a free loopback port.
	Listen string `yaml:"listen"`
	// StoreDir is the JetStream file store; empty means <home>/nats.
	StoreDir string `yaml:"store_dir"`
	// MaxStore caps JetStream file storage in bytes; 0 means the server default.
	MaxStore int64 `yaml:"max_store"`
}

// Chain describes one chain and how to reach it.
type Chain struct {
	// ID is the chain id (Cosmos chain-id, or a name for an EVM chain).
	ID     string `yaml:"id" required:"true"`
	Family Family `yaml:"family" required:"true"`
	// EVMChainID is the EIP-155 chain id of an ethereum or qbft chain.
	EVMChainID uint64 `yaml:"evm_chain_id"`
	// Handler is the IBC handler contract address of an ethereum or qbft
	// chain (0x + 40 hex digits): the contract whose packet events are
	// watched and to which packets, acknowledgements and timeouts are sent.
	Handler string `yaml:"handler"`
	// StartBlock is the block the handler was deployed in (EVM chains): the
	// watcher starts there when it has no resume mark, and clearing scans
	// the handler's logs from there. 0 starts at the latest block and scans
	// from genesis.
	StartBlock uint64 `yaml:"start_block"`
	// Network selects the beacon network config for an ethereum chain:
	// mainnet, sepolia, hoodi or dev.
	Network string `yaml:"network"`
	// Checkpoint is the trusted beacon block root (0x + 64 hex digits) the
	// Ethereum light client bootstraps from, taken from a source the operator
	// trusts (a checkpoint-sync provider, a block explorer, the team's node).
	Checkpoint string   `yaml:"checkpoint"`
	RPC        string   `yaml:"rpc" required:"true"`
	Websocket  string   `yaml:"websocket"`
	GRPC       string   `yaml:"grpc"`
	Beacon     string   `yaml:"beacon"`
	Witnesses  []string `yaml:"witnesses"`
	// AccountPrefix is the bech32 prefix of a cosmos chain.
	AccountPrefix string   `yaml:"account_prefix"`
	Signers       []Signer `yaml:"signers"`
	Gas           Gas      `yaml:"gas"`
	Finality      Finality `yaml:"finality"`
	// TrustingPeriod of the light client of this chain; must be shorter than
	// UnbondingPeriod.
	TrustingPeriod  Duration `yaml:"trusting_period"`
	UnbondingPeriod Duration `yaml:"unbonding_period"`
	MaxClockDrift   Duration `yaml:"max_clock_drift"`
	// PollInterval is the block polling fallback when the websocket is down.
	PollInterval Duration `yaml:"poll_interval"`
	// RPCTimeout bounds each RPC call.
	RPCTimeout Duration `yaml:"rpc_timeout"`
}

// Signer references a key; the key material itself never sits in the config.
type Signer struct {
	// Key is the key's name in the keyring (cosmos) or its address or file
	// name in the keystore (evm).
	Key string `yaml:"key" required:"true"`
	// Keyring is the keyring directory (cosmos) or keystore directory (evm);
	// empty means <home>/keys/<chain id>.
	Keyring string `yaml:"keyring"`
	// Passphrase decrypts the key; use ${VAR} to take it from the environment.
	Passphrase string `yaml:"passphrase"`
}

// Gas holds gas and fee settings.
type Gas struct {
	// Adjustment multiplies simulated gas (cosmos) or estimated gas (evm).
	Adjustment float64 `yaml:"adjustment"`
	// Price is a cosmos gas price such as 0.025stake.
	Price string `yaml:"price"`
	// MaxGas caps gas per transaction.
	MaxGas uint64 `yaml:"max_gas"`
	// MaxFeePerGasGwei and MaxPriorityFeeGwei cap EIP-1559 fees (evm).
	MaxFeePerGasGwei   float64 `yaml:"max_fee_per_gas_gwei"`
	MaxPriorityFeeGwei float64 `yaml:"max_priority_fee_gwei"`
	// MinBalance below which the low-balance alert fires, in the smallest
	// unit of the fee token.
	MinBalance string `yaml:"min_balance"`
}

// Finality says when a block counts as final. CometBFT and QBFT blocks are
// final at once; Ethereum blocks are final per the beacon chain's finality or
// a depth.
type Finality struct {
	// Tag is "finalized", "safe" or "latest" (evm).
	Tag string `yaml:"tag"`
	// Depth is a number of confirmations on top of Tag.
	Depth uint64 `yaml:"depth"`
}

// Path is a link between two chains: one channel, relayed both ways.
type Path struct {
	// Name identifies the path in metrics, NATS subjects and the CLI.
	Name     string   `yaml:"name" required:"true"`
	Src      PathEnd  `yaml:"src" required:"true"`
	Dst      PathEnd  `yaml:"dst" required:"true"`
	Ordering Ordering `yaml:"ordering"`
	// Version is the channel version, e.g. ics20-1.
	Version string `yaml:"version"`
	Filter  Filter `yaml:"filter"`
	// MaxMsgs is the most messages per transaction.
	MaxMsgs int `yaml:"max_msgs"`
	// Concurrency is how many batches a process works on at once per direction.
	Concurrency int `yaml:"concurrency"`
	// ClearInterval is how often chain state is scanned for missed packets;
	// 0 clears only on start.
	ClearInterval *Duration `yaml:"clear_interval"`
	// ClearChunk is how many sequences one clearing step handles.
	ClearChunk int `yaml:"clear_chunk"`
	// Timeouts for packets sent by Causeway itself (demo, tests) and for the
	// stuck-packet threshold.
	Timeouts Timeouts `yaml:"timeouts"`
}

// PathEnd is one chain's side of a path.
type PathEnd struct {
	Chain        string `yaml:"chain" required:"true"`
	ClientID     string `yaml:"client_id"`
	ConnectionID string `yaml:"connection_id"`
	ChannelID    string `yaml:"channel_id"`
	PortID       string `yaml:"port_id"`
}

// Filter selects which channels' packets a path relays.
type Filter struct {
	// Policy is allow or deny; empty relays everything on the path's channel.
	Policy   string   `yaml:"policy"`
	Channels []string `yaml:"channels"`
}

// Timeouts configures packet timeouts.
type Timeouts struct {
	// Packet is the relative timeout of packets Causeway sends.
	Packet Duration `yaml:"packet"`
	// Stuck is how long a packet may stay pending before it counts as stuck.
	Stuck Duration `yaml:"stuck"`
}

// Duration is a time.Duration written as a Go duration string ("30s").
type Duration struct{ time.Duration }

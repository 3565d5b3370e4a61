package config

import (
	"fmt"
	"net"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Defaults, in one place.
const (
	DefaultListen        = "127.0.0.1:9464"
	DefaultReplicas      = 1
	DefaultMaxDeliver    = 10
	DefaultMaxMsgs       = 100
	DefaultConcurrency   = 2
	DefaultClearChunk    = 200
	DefaultGasAdjustment = 1.3
	// DefaultEVMGasAdjustment is lower: eth_estimateGas searches for the
	// exact gas a call needs, and a block holds only as many transactions
	// as their gas limits allow, so the margin is block space left empty.
	DefaultEVMGasAdjustment = 1.1
	DefaultMaxClockDrift    = 10 * time.Second
	DefaultAckWait          = 30 * time.Second
	DefaultDedupWindow      = 10 * time.Minute
	DefaultLeaseTTL         = 15 * time.Second
	DefaultPollInterval     = 100 * time.Millisecond
	DefaultRPCTimeout       = 10 * time.Second
	DefaultClearInterval    = time.Minute
	DefaultPacketTimeout    = 10 * time.Minute
	DefaultStuckThreshold   = 10 * time.Minute
)

func (c *Config) applyDefaults() {
	g := &c.Global
	def(&g.LogLevel, "info")
	def(&g.LogFormat, "json")
	def(&g.Listen, DefaultListen)
	n := &c.NATS
	defInt(&n.Replicas, DefaultReplicas)
	defInt(&n.MaxDeliver, DefaultMaxDeliver)
	defDur(&n.AckWait, DefaultAckWait)
	defDur(&n.DedupWindow, DefaultDedupWindow)
	defDur(&n.LeaseTTL, DefaultLeaseTTL)
	for i := range c.Chains {
		ch := &c.Chains[i]
		if ch.Gas.Adjustment == 0 {
			ch.Gas.Adjustment = DefaultGasAdjustment
			if ch.Family == FamilyEthereum || ch.Family == FamilyQBFT {
				ch.Gas.Adjustment = DefaultEVMGasAdjustment
			}
		}
		defDur(&ch.MaxClockDrift, DefaultMaxClockDrift)
		defDur(&ch.PollInterval, DefaultPollInterval)
		defDur(&ch.RPCTimeout, DefaultRPCTimeout)
		if ch.Family == FamilyEthereum {
			def(&ch.Finality.Tag, "finalized")
		}
		if ch.Family == FamilyCosmos {
			def(&ch.AccountPrefix, "cosmos")
		}
	}
	for i := range c.Paths {
		p := &c.Paths[i]
		if p.Ordering == "" {
			p.Ordering = Unordered
		}
		def(&p.Src.PortID, "transfer")
		def(&p.Dst.PortID, "transfer")
		def(&p.Version, "ics20-1")
		defInt(&p.MaxMsgs, DefaultMaxMsgs)
		defInt(&p.Concurrency, DefaultConcurrency)
		defInt(&p.ClearChunk, DefaultClearChunk)
		if p.ClearInterval == nil { // unset; an explicit 0s clears on start only
			p.ClearInterval = &Duration{DefaultClearInterval}
		}
		defDur(&p.Timeouts.Packet, DefaultPacketTimeout)
		defDur(&p.Timeouts.Stuck, DefaultStuckThreshold)
	}
}

func def(s *string, v string) {
	if *s == "" {
		*s = v
	}
}

func defInt(i *int, v int) {
	if *i == 0 {
		*i = v
	}
}

func defDur(d *Duration, v time.Duration) {
	if d.Duration == 0 {
		d.Duration = v
	}
}

// nameRE is what may appear in a NATS subject token and a KV key.
var nameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$`)

// idRE matches IBC identifiers (ICS-24: [a-zA-Z0-9.\_+\-#[\]<>]).
var idRE = regexp.MustCompile(`^[a-zA-Z0-9._+\-#\[\]<>]{2,128}$`)

type validator struct{ errs Errors }

func (v *validator) add(path, format string, args ...any) {
	v.errs = append(v.errs, &FieldError{Path: path, Msg: fmt.Sprintf(format, args...)})
}

func (c *Config) validate() Errors {
	v := &validator{}
	g := c.Global
	if !oneOf(g.LogLevel, "debug", "info", "warn", "error") {
		v.add("global.log_level", "must be debug, info, warn or error, got %q", g.LogLevel)
	}
	if !oneOf(g.LogFormat, "json", "console") {
		v.add("global.log_format", "must be json or console, got %q", g.LogFormat)
	}
	v.hostPort("global.listen", g.Listen)

	n := c.NATS
	if n.URL != "" {
		for i, u := range strings.Split(n.URL, ",") {
			path := "nats.url"
			if strings.Contains(n.URL, ",") {
				path = fmt.Sprintf("nats.url (seed %d)", i)
			}
			v.url(path, strings.TrimSpace(u), "nats", "tls", "ws", "wss")
		}
		if n.Embedded != (Embedded{}) {
			v.add("nats.embedded", "must be empty when nats.url selects an external cluster")
		}
	} else {
		if n.Credentials != "" {
			v.add("nats.credentials", "only applies to an external cluster (set nats.url)")
		}
		if n.TLS != nil {
			v.add("nats.tls", "only applies to an external cluster (set nats.url)")
		}
		if n.Embedded.Listen != "" {
			v.hostPort("nats.embedded.listen", n.Embedded.Listen)
		}
		if n.Replicas != 1 {
			v.add("nats.replicas", "must be 1 with the embedded server (a single node), got %d", n.Replicas)
		}
		if n.Embedded.MaxStore < 0 {
			v.add("nats.embedded.max_store", "must not be negative")
		}
	}
	if n.Replicas < 1 || n.Replicas > 5 {
		v.add("nats.replicas", "must be between 1 and 5, got %d", n.Replicas)
	}
	if n.MaxDeliver < 1 {
		v.add("nats.max_deliver", "must be at least 1, got %d", n.MaxDeliver)
	}
	if n.AckWait.Duration < time.Second {
		v.add("nats.ack_wait", "must be at least 1s, got %s", n.AckWait)
	}
	if n.LeaseTTL.Duration < time.Second {
		v.add("nats.lease_ttl", "must be at least 1s, got %s", n.LeaseTTL)
	}

	if len(c.Chains) == 0 {
		v.add("chains", "at least one chain is required")
	}
	chains := map[string]*Chain{}
	for i := range c.Chains {
		ch := &c.Chains[i]
		p := fmt.Sprintf("chains[%d]", i)
		if !nameRE.MatchString(ch.ID) {
			v.add(p+".id", "%q is not a valid chain id (letters, digits, '-' and '_', at most 64)", ch.ID)
		} else if chains[ch.ID] != nil {
			v.add(p+".id", "chain %q is defined twice", ch.ID)
		} else {
			chains[ch.ID] = ch
		}
		v.chain(p, ch)
	}

	if len(c.Paths) == 0 {
		v.add("paths", "at least one path is required")
	}
	names := map[string]bool{}
	for i := range c.Paths {
		pa := &c.Paths[i]
		p := fmt.Sprintf("paths[%d]", i)
		if !nameRE.MatchString(pa.Name) {
			v.add(p+".name", "%q is not a valid path name (letters, digits, '-' and '_', at most 64)", pa.Name)
		} else if names[pa.Name] {
			v.add(p+".name", "path %q is defined twice", pa.Name)
		}
		names[pa.Name] = true
		for _, se := range []struct {
			side string
			end  PathEnd
		}{{"src", pa.Src}, {"dst", pa.Dst}} {
			end, ep := se.end, p+"."+se.side
			if end.Chain != "" && chains[end.Chain] == nil {
				v.add(ep+".chain", "chain %q is not defined in chains", end.Chain)
			}
			ids := [][2]string{{"client_id", end.ClientID}, {"connection_id", end.ConnectionID}, {"channel_id", end.ChannelID}, {"port_id", end.PortID}}
			for _, id := range ids {
				if id[1] != "" && !idRE.MatchString(id[1]) {
					v.add(ep+"."+id[0], "%q is not a valid IBC identifier", id[1])
				}
			}
		}
		if pa.Src.Chain != "" && pa.Src.Chain == pa.Dst.Chain {
			v.add(p+".dst.chain", "must differ from src.chain (%q)", pa.Src.Chain)
		}
		if pa.Ordering != Ordered && pa.Ordering != Unordered {
			v.add(p+".ordering", "must be ordered or unordered, got %q", pa.Ordering)
		}
		if pa.MaxMsgs < 1 || pa.MaxMsgs > 10000 {
			v.add(p+".max_msgs", "must be between 1 and 10000, got %d", pa.MaxMsgs)
		}
		if pa.Concurrency < 1 || pa.Concurrency > 64 {
			v.add(p+".concurrency", "must be between 1 and 64, got %d", pa.Concurrency)
		}
		if pa.ClearChunk < 1 {
			v.add(p+".clear_chunk", "must be at least 1, got %d", pa.ClearChunk)
		}
		switch pa.Filter.Policy {
		case "":
			if len(pa.Filter.Channels) > 0 {
				v.add(p+".filter.policy", "must be allow or deny when filter.channels is set")
			}
		case "allow", "deny":
			for j, chID := range pa.Filter.Channels {
				if !idRE.MatchString(chID) {
					v.add(fmt.Sprintf("%s.filter.channels[%d]", p, j), "%q is not a valid channel id", chID)
				}
			}
		default:
			v.add(p+".filter.policy", "must be allow or deny, got %q", pa.Filter.Policy)
		}
	}
	return v.errs
}

func (v *validator) chain(p string, ch *Chain) {
	switch ch.Family {
	case FamilyCosmos, FamilyEthereum, FamilyQBFT:
	default:
		v.add(p+".family", "must be cosmos, ethereum or qbft, got %q", ch.Family)
		return
	}
	v.url(p+".rpc", ch.RPC, "http", "https")
	if ch.Websocket != "" {
		v.url(p+".websocket", ch.Websocket, "ws", "wss")
	}
	for j, w := range ch.Witnesses {
		v.url(fmt.Sprintf("%s.witnesses[%d]", p, j), w, "http", "https")
		if w == ch.RPC {
			v.add(fmt.Sprintf("%s.witnesses[%d]", p, j), "a witness must be a different endpoint from rpc")
		}
	}
	seenKeys := map[string]int{}
	for j, s := range ch.Signers {
		if strings.TrimSpace(s.Key) == "" {
			v.add(fmt.Sprintf("%s.signers[%d].key", p, j), "must not be empty")
		} else if k, dup := seenKeys[s.Key+"\x00"+s.Keyring]; dup {
			// Two entries of one key would let two processes sign with it.
			v.add(fmt.Sprintf("%s.signers[%d].key", p, j), "%q is already signers[%d]", s.Key, k)
		} else {
			seenKeys[s.Key+"\x00"+s.Keyring] = j
		}
	}
	if ch.Gas.Adjustment < 1 || ch.Gas.Adjustment > 10 {
		v.add(p+".gas.adjustment", "must be between 1 and 10, got %g", ch.Gas.Adjustment)
	}
	if ch.Gas.MinBalance != "" {
		if _, err := strconv.ParseUint(ch.Gas.MinBalance, 10, 64); err != nil {
			v.add(p+".gas.min_balance", "must be a whole number of the smallest fee unit, got %q", ch.Gas.MinBalance)
		}
	}
	if ch.Gas.MaxFeePerGasGwei < 0 || ch.Gas.MaxPriorityFeeGwei < 0 {
		v.add(p+".gas", "fee caps must not be negative")
	}
	if ch.Gas.MaxPriorityFeeGwei > 0 && ch.Gas.MaxFeePerGasGwei > 0 && ch.Gas.MaxPriorityFeeGwei > ch.Gas.MaxFeePerGasGwei {
		v.add(p+".gas.max_priority_fee_gwei", "must not exceed max_fee_per_gas_gwei")
	}
	if ch.PollInterval.Duration < 10*time.Millisecond {
		v.add(p+".poll_interval", "must be at least 10ms, got %s", ch.PollInterval)
	}

	switch ch.Family {
	case FamilyCosmos:
		if ch.GRPC != "" {
			v.hostPort(p+".grpc", ch.GRPC)
		}
		if ch.TrustingPeriod.Duration == 0 {
			v.add(p+".trusting_period", "required for a cosmos chain")
		}
		if ch.UnbondingPeriod.Duration == 0 {
			v.add(p+".unbonding_period", "required for a cosmos chain")
		}
		if ch.TrustingPeriod.Duration > 0 && ch.UnbondingPeriod.Duration > 0 &&
			ch.TrustingPeriod.Duration >= ch.UnbondingPeriod.Duration {
			v.add(p+".trusting_period", "%s must be shorter than unbonding_period %s", ch.TrustingPeriod, ch.UnbondingPeriod)
		}
		if ch.Gas.Price == "" {
			v.add(p+".gas.price", "required for a cosmos chain (e.g. 0.025stake)")
		} else if !gasPriceRE.MatchString(ch.Gas.Price) {
			v.add(p+".gas.price", "%q is not a gas price such as 0.025stake", ch.Gas.Price)
		}
		if ch.Beacon != "" {
			v.add(p+".beacon", "only applies to an ethereum chain")
		}
		if ch.Handler != "" {
			v.add(p+".handler", "only applies to an ethereum or qbft chain")
		}
		if ch.StartBlock != 0 {
			v.add(p+".start_block", "only applies to an ethereum or qbft chain")
		}
	case FamilyEthereum:
		if ch.Beacon == "" {
			v.add(p+".beacon", "required for an ethereum chain (beacon node REST API)")
		} else {
			v.url(p+".beacon", ch.Beacon, "http", "https")
		}
		if ch.Checkpoint == "" {
			v.add(p+".checkpoint", "required for an ethereum chain (trusted beacon block root to bootstrap the light client)")
		} else if !rootRE.MatchString(ch.Checkpoint) {
			v.add(p+".checkpoint", "%q is not a block root (0x and 64 hex digits)", ch.Checkpoint)
		}
		if !oneOf(ch.Network, "mainnet", "sepolia", "hoodi", "dev") {
			v.add(p+".network", "must be mainnet, sepolia, hoodi or dev, got %q", ch.Network)
		}
		v.evm(p, ch)
	case FamilyQBFT:
		if ch.Beacon != "" {
			v.add(p+".beacon", "only applies to an ethereum chain")
		}
		if ch.TrustingPeriod.Duration == 0 {
			v.add(p+".trusting_period", "required for a qbft chain")
		}
		v.evm(p, ch)
	}
}

func (v *validator) evm(p string, ch *Chain) {
	if ch.EVMChainID == 0 {
		v.add(p+".evm_chain_id", "required for an EVM chain (EIP-155 chain id)")
	}
	if ch.GRPC != "" {
		v.add(p+".grpc", "only applies to a cosmos chain")
	}
	switch {
	case ch.Handler == "":
		v.add(p+".handler", "required for an EVM chain (IBC handler contract address)")
	case !strings.HasPrefix(ch.Handler, "0x") || !common.IsHexAddress(ch.Handler):
		v.add(p+".handler", "%q is not a contract address (0x and 40 hex digits)", ch.Handler)
	case common.HexToAddress(ch.Handler) == (common.Address{}):
		v.add(p+".handler", "must not be the zero address")
	}
	// The handler-log watcher follows the node's finalized block, or the
	// head minus depth confirmations.
	switch {
	case !oneOf(ch.Finality.Tag, "", "finalized", "latest"):
		v.add(p+".finality.tag", "must be finalized or latest, got %q", ch.Finality.Tag)
	case ch.Finality.Tag != "latest" && ch.Finality.Depth != 0:
		v.add(p+".finality.depth", "applies to tag latest only (finalized blocks need no confirmations)")
	}
}

var rootRE = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

var gasPriceRE = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?[a-zA-Z][a-zA-Z0-9/:._-]{1,127}$`)

func (v *validator) url(path, raw string, schemes ...string) {
	u, err := url.Parse(raw)
	if err != nil {
		v.add(path, "invalid URL %q: %v", raw, err)
		return
	}
	if !oneOf(u.Scheme, schemes...) {
		v.add(path, "URL %q must use scheme %s", raw, strings.Join(schemes, " or "))
		return
	}
	if u.Host == "" || u.Hostname() == "" {
		v.add(path, "URL %q has no host", raw)
		return
	}
	if port := u.Port(); port != "" {
		if n, err := strconv.Atoi(port); err != nil || n < 1 || n > 65535 {
			v.add(path, "URL %q has an invalid port", raw)
		}
	}
}

func (v *validator) hostPort(path, s string) {
	host, port, err := net.SplitHostPort(s)
	if err != nil {
		v.add(path, "%q is not host:port: %v", s, err)
		return
	}
	_ = host
	if n, err := strconv.Atoi(port); err != nil || n < 0 || n > 65535 {
		v.add(path, "%q has an invalid port", s)
	}
}

func oneOf(s string, set ...string) bool {
	for _, x := range set {
		if s == x {
			return true
		}
	}
	return false
}

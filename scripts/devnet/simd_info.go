package devnet

// SimdInfo is what a command-line front end prints about a running chain
// (JSON-encodable). It includes the funded accounts' mnemonics: devnet only.
type SimdInfo struct {
	ChainID string      `json:"chain_id"`
	Denom   string      `json:"denom"`
	RPC     string      `json:"rpc"`
	GRPC    string      `json:"grpc"`
	API     string      `json:"api"`
	Home    string      `json:"home"`
	Binary  string      `json:"binary"`
	Nodes   []string    `json:"node_rpcs"`
	Relayer SimdAccount `json:"relayer"`
	User    SimdAccount `json:"user"`
	// ExtraRelayers are further funded relayer accounts (relayer2, ...).
	ExtraRelayers []SimdAccount `json:"extra_relayers,omitempty"`
	Options       SimdOptionsJS `json:"options"`
}

// SimdOptionsJS is the printable subset of SimdOptions.
type SimdOptionsJS struct {
	Validators    int    `json:"validators"`
	TimeoutCommit string `json:"timeout_commit"`
	UnbondingTime string `json:"unbonding_time"`
}

// Info describes the chain for printing.
func (s *SimdChain) Info() SimdInfo {
	in := SimdInfo{ChainID: s.ChainID, Denom: s.Denom, RPC: s.RPC(), GRPC: s.GRPC(), API: s.API(), Home: s.Home(),
		Binary: s.Binary, Relayer: s.Relayer, User: s.User, ExtraRelayers: s.ExtraRelayers,
		Options: SimdOptionsJS{Validators: len(s.Nodes), TimeoutCommit: s.opts.TimeoutCommit.String(), UnbondingTime: s.opts.UnbondingTime.String()}}
	for _, n := range s.Nodes {
		in.Nodes = append(in.Nodes, n.RPC())
	}
	return in
}

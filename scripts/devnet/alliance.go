package devnet

import "context"

// Allianced is the dev alliance chain: ibc-go v8's simapp with Causeway's
// Ethereum light client (10-ethereum) registered
// (scripts/devnet/cmd/allianced). It is built from Causeway's own code, so
// the light client's and the command's sources are part of its cache key.
var Allianced = Binary{
	Name:    "allianced",
	Pkg:     "github.com/causewaylabs/causeway/scripts/devnet/cmd/allianced",
	Sources: []string{"lightclients/ethereum", "scripts/devnet/cmd/allianced"},
}

// StartAlliance starts a local allianced chain: StartSimd with the
// allianced binary (built into the cache when opts.Binary is empty) and
// chain id "alliance-1" unless opts says otherwise. Everything else,
// accounts, ports and the returned SimdChain, is as for simd.
func StartAlliance(ctx context.Context, opts SimdOptions) (*SimdChain, error) {
	if opts.Binary == "" {
		bin, err := Build(ctx, Allianced)
		if err != nil {
			return nil, err
		}
		opts.Binary = bin
	}
	if opts.ChainID == "" {
		opts.ChainID = "alliance-1"
	}
	return StartSimd(ctx, opts)
}

package cosmos

import (
	"context"
	"fmt"

	cmttypes "github.com/cometbft/cometbft/types"
	clienttypes "github.com/cosmos/ibc-go/v8/modules/core/02-client/types"
	ibctm "github.com/cosmos/ibc-go/v8/modules/light-clients/07-tendermint"
)

// LightBlock fetches the signed header (header + commit) at height h and
// the validator set that signed it. Nothing is verified here: pass the
// result to lightclients/tendermint.
func (c *Chain) LightBlock(ctx context.Context, h int64) (*cmttypes.LightBlock, error) {
	com, err := c.rpc.Commit(ctx, &h)
	if err != nil {
		return nil, fmt.Errorf("cosmos: %s: commit at %d: %w", c.cfg.ChainID, h, err)
	}
	vals, err := c.Validators(ctx, h)
	if err != nil {
		return nil, err
	}
	return &cmttypes.LightBlock{SignedHeader: &com.SignedHeader, ValidatorSet: vals}, nil
}

// Validators fetches the whole validator set at height h (all pages).
func (c *Chain) Validators(ctx context.Context, h int64) (*cmttypes.ValidatorSet, error) {
	var all []*cmttypes.Validator
	perPage := 100
	for page := 1; ; page++ {
		p := page
		res, err := c.rpc.Validators(ctx, &h, &p, &perPage)
		if err != nil {
			return nil, fmt.Errorf("cosmos: %s: validators at %d page %d: %w", c.cfg.ChainID, h, page, err)
		}
		all = append(all, res.Validators...)
		if len(all) >= res.Total || len(res.Validators) == 0 {
			break
		}
	}
	vs, err := cmttypes.ValidatorSetFromExistingValidators(all)
	if err != nil {
		return nil, fmt.Errorf("cosmos: %s: validator set at %d: %w", c.cfg.ChainID, h, err)
	}
	return vs, nil
}

// IBCHeader builds the 07-tendermint header that updates a client of lb's
// chain from trustedHeight to the (verified) light block lb. trustedNextVals
// is the chain's validator set at trustedHeight+1 (the client's trusted
// next validators); fetch it with Chain.Validators.
func IBCHeader(lb *cmttypes.LightBlock, trustedHeight clienttypes.Height, trustedNextVals *cmttypes.ValidatorSet) (*ibctm.Header, error) {
	sh := lb.SignedHeader.ToProto()
	vs, err := lb.ValidatorSet.ToProto()
	if err != nil {
		return nil, fmt.Errorf("cosmos: %s: encode validator set at %d: %w", lb.ChainID, lb.Height, err)
	}
	tv, err := trustedNextVals.ToProto()
	if err != nil {
		return nil, fmt.Errorf("cosmos: %s: encode trusted validators: %w", lb.ChainID, err)
	}
	return &ibctm.Header{SignedHeader: sh, ValidatorSet: vs, TrustedHeight: trustedHeight, TrustedValidators: tv}, nil
}

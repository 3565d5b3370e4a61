package tendermint

import (
	"bytes"
	"errors"
	"fmt"
	"time"

	cmtmath "github.com/cometbft/cometbft/libs/math"
	"github.com/cometbft/cometbft/light"
	"github.com/cometbft/cometbft/types"
)

// Params are the verification parameters of one chain's light client.
type Params struct {
	// ChainID the headers must carry.
	ChainID string
	// TrustingPeriod is how long a verified header may be used to verify
	// later ones (typically 2/3 of the chain's unbonding period).
	TrustingPeriod time.Duration
	// MaxClockDrift bounds how far a header's time may be ahead of now.
	MaxClockDrift time.Duration
	// TrustLevel is the fraction of the trusted validator set's power that
	// must sign a non-adjacent header; zero means 1/3.
	TrustLevel cmtmath.Fraction
	// StopAtQuorum, when set, stops checking commit signatures once enough
	// power has signed (CometBFT light client and ibc-go 07-tendermint
	// behaviour, faster). By default every signature in the commit is
	// checked, so a commit carrying any bad signature is refused.
	StopAtQuorum bool
}

// Validate checks the parameters and fills in the default trust level.
func (p *Params) Validate() error {
	if p.ChainID == "" {
		return errors.New("tendermint: params: empty chain id")
	}
	if p.TrustingPeriod <= 0 {
		return fmt.Errorf("tendermint: params for %s: trusting period %s must be positive", p.ChainID, p.TrustingPeriod)
	}
	if p.MaxClockDrift < 0 {
		return fmt.Errorf("tendermint: params for %s: max clock drift %s is negative", p.ChainID, p.MaxClockDrift)
	}
	if p.TrustLevel.Denominator == 0 {
		p.TrustLevel = light.DefaultTrustLevel
	}
	if err := light.ValidateTrustLevel(p.TrustLevel); err != nil {
		return fmt.Errorf("tendermint: params for %s: %w", p.ChainID, err)
	}
	return nil
}

// Verify checks untrusted against trusted: chain id, adjacency (the new
// validator set must be the trusted header's next set) or skipping (at least
// TrustLevel of the trusted set's power signed the new commit), more than
// 2/3 of the new set's power signed, the header's validators hash matches the
// given set, time moves forward, the trusted header is within the trusting
// period at now, and the new header is at most MaxClockDrift ahead of now.
// trusted must be a light block previously verified (or the trust root).
// Errors are *HeaderError wrapping ErrHeader.
func Verify(p Params, trusted, untrusted *types.LightBlock, now time.Time) error {
	if err := p.Validate(); err != nil {
		return err
	}
	if trusted == nil || trusted.SignedHeader == nil || untrusted == nil || untrusted.SignedHeader == nil ||
		untrusted.ValidatorSet == nil || untrusted.Header == nil || untrusted.Commit == nil {
		return &HeaderError{ChainID: p.ChainID, Reason: errors.New("missing header, commit or validator set")}
	}
	herr := func(err error) error {
		return &HeaderError{ChainID: p.ChainID, From: trusted.Height, To: untrusted.Height, Reason: err}
	}
	if trusted.ChainID != p.ChainID {
		return herr(fmt.Errorf("trusted header is for chain %q", trusted.ChainID))
	}
	if untrusted.Height <= trusted.Height {
		return herr(fmt.Errorf("height %d is not above the trusted height %d", untrusted.Height, trusted.Height))
	}
	if err := untrusted.ValidatorSet.ValidateBasic(); err != nil {
		return herr(fmt.Errorf("validator set: %w", err))
	}
	if untrusted.Height == trusted.Height+1 {
		if err := light.VerifyAdjacent(trusted.SignedHeader, untrusted.SignedHeader, untrusted.ValidatorSet,
			p.TrustingPeriod, now, p.MaxClockDrift); err != nil {
			return herr(err)
		}
		return allSignatures(p, untrusted, herr)
	}
	if trusted.ValidatorSet == nil {
		return herr(errors.New("trusted light block has no validator set for skipping verification"))
	}
	if err := light.VerifyNonAdjacent(trusted.SignedHeader, trusted.ValidatorSet, untrusted.SignedHeader,
		untrusted.ValidatorSet, p.TrustingPeriod, now, p.MaxClockDrift, p.TrustLevel); err != nil {
		return herr(err)
	}
	return allSignatures(p, untrusted, herr)
}

// allSignatures checks every signature of the commit unless p.StopAtQuorum.
func allSignatures(p Params, lb *types.LightBlock, herr func(error) error) error {
	if p.StopAtQuorum {
		return nil
	}
	if err := lb.ValidatorSet.VerifyCommitLightAllSignatures(p.ChainID, lb.Commit.BlockID, lb.Height, lb.Commit); err != nil {
		return herr(light.ErrInvalidHeader{Reason: err})
	}
	// CometBFT's light check skips nil votes and looks validators up by
	// index; also require each signature's address to be its validator's and
	// each nil vote's signature to be valid, so no field of the commit can
	// be altered unnoticed.
	for i, cs := range lb.Commit.Signatures {
		if cs.BlockIDFlag == types.BlockIDFlagAbsent {
			continue
		}
		v := lb.ValidatorSet.Validators[i]
		if !bytes.Equal(cs.ValidatorAddress, v.Address) {
			return herr(light.ErrInvalidHeader{Reason: fmt.Errorf("signature %d names validator %X, the set has %X at that index", i, cs.ValidatorAddress, v.Address)})
		}
		if cs.BlockIDFlag == types.BlockIDFlagNil &&
			!v.PubKey.VerifySignature(lb.Commit.VoteSignBytes(p.ChainID, int32(i)), cs.Signature) {
			return herr(light.ErrInvalidHeader{Reason: fmt.Errorf("wrong signature on nil vote %d by %X", i, v.Address)})
		}
	}
	return nil
}

// Expired reports whether a trusted header can no longer verify anything at
// now, and how much of its trusting period is left (negative when expired).
func Expired(p Params, trusted *types.SignedHeader, now time.Time) (bool, time.Duration) {
	left := trusted.Time.Add(p.TrustingPeriod).Sub(now)
	return left <= 0, left
}

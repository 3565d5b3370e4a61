// Package beacon fetches what the Ethereum light client needs from the
// network: light-client objects from a beacon node's standard REST API
// (/eth/v1/beacon/light_client/...) and eth_getProof Merkle-Patricia proofs
// from an execution node.
//
// Everything fetched goes through lightclients/ethereum before it is
// returned as trusted: [Client.Sync] feeds updates into a Store (which
// verifies them), and [ProofFetcher.Fetch] verifies a proof against a state
// root the light client already verified. This package must never hand out
// unverified headers or proof values as trusted, and never decides trust
// itself.
package beacon

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/causewaylabs/causeway/lightclients/ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// maxResponse bounds a beacon API response (128 updates of ~70 KB fit).
const maxResponse = 32 << 20

// maxUpdatesPerRequest is the beacon API's MAX_REQUEST_LIGHT_CLIENT_UPDATES.
const maxUpdatesPerRequest = 128

// StatusError is a non-200 answer of the beacon node.
type StatusError struct {
	URL     string
	Status  int
	Message string // the beacon API error message, or the start of the body
}

// Error says which URL answered which status and why.
func (e *StatusError) Error() string {
	return fmt.Sprintf("beacon node %s: HTTP %d: %s", e.URL, e.Status, e.Message)
}

// ErrNotFound is matched (errors.Is) by a 404 StatusError: the node does
// not have the object (e.g. a bootstrap for a root it has pruned).
var ErrNotFound = errors.New("not found")

// Is reports whether target is ErrNotFound and this is a 404.
func (e *StatusError) Is(target error) bool {
	return target == ErrNotFound && e.Status == http.StatusNotFound
}

// Client reads the light-client endpoints of one beacon node.
type Client struct {
	base *url.URL
	http *http.Client
}

// NewClient returns a client for the beacon node at baseURL (http or https).
// httpClient may be nil for a client with a 30 s timeout.
func NewClient(baseURL string, httpClient *http.Client) (*Client, error) {
	u, err := url.Parse(baseURL)
	if err != nil {
		return nil, fmt.Errorf("beacon: url %q: %w", baseURL, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("beacon: url %q: want http(s)://host[:port]", baseURL)
	}
	if httpClient == nil {
		httpClient = &http.Client{Timeout: 30 * time.Second}
	}
	return &Client{base: u, http: httpClient}, nil
}

func (c *Client) get(ctx context.Context, path string, query url.Values) ([]byte, error) {
	u := c.base.JoinPath(path)
	u.RawQuery = query.Encode()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("beacon: request %s: %w", u, err)
	}
	req.Header.Set("Accept", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("beacon: GET %s: %w", u, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxResponse+1))
	if err != nil {
		return nil, fmt.Errorf("beacon: GET %s: reading body: %w", u, err)
	}
	if len(body) > maxResponse {
		return nil, fmt.Errorf("beacon: GET %s: response larger than %d bytes", u, maxResponse)
	}
	if resp.StatusCode != http.StatusOK {
		msg := strings.TrimSpace(string(body[:min(len(body), 200)]))
		var apiErr struct {
			Message string `json:"message"`
		}
		if json.Unmarshal(body, &apiErr) == nil && apiErr.Message != "" {
			msg = apiErr.Message
		}
		return nil, &StatusError{URL: u.String(), Status: resp.StatusCode, Message: msg}
	}
	return body, nil
}

// Bootstrap fetches the LightClientBootstrap for a checkpoint block root.
// It is not verified: pass it to ethereum.Bootstrap with the same root.
func (c *Client) Bootstrap(ctx context.Context, blockRoot common.Hash) (*ethereum.LightClientBootstrap, error) {
	body, err := c.get(ctx, "/eth/v1/beacon/light_client/bootstrap/"+blockRoot.Hex(), nil)
	if err != nil {
		return nil, err
	}
	b, err := ethereum.DecodeBootstrap(body)
	if err != nil {
		return nil, fmt.Errorf("beacon: bootstrap %s: %w", blockRoot, err)
	}
	return b, nil
}

// Updates fetches the best LightClientUpdate of each period from
// startPeriod, at most count (capped at 128) of them.
func (c *Client) Updates(ctx context.Context, startPeriod, count uint64) ([]*ethereum.Update, error) {
	count = min(count, maxUpdatesPerRequest)
	q := url.Values{"start_period": {fmt.Sprint(startPeriod)}, "count": {fmt.Sprint(count)}}
	body, err := c.get(ctx, "/eth/v1/beacon/light_client/updates", q)
	if err != nil {
		return nil, err
	}
	us, err := ethereum.DecodeUpdates(body)
	if err != nil {
		return nil, fmt.Errorf("beacon: updates from period %d: %w", startPeriod, err)
	}
	if uint64(len(us)) > count {
		return nil, fmt.Errorf("beacon: updates from period %d: asked for %d, got %d", startPeriod, count, len(us))
	}
	return us, nil
}

// FinalityUpdate fetches the latest LightClientFinalityUpdate.
func (c *Client) FinalityUpdate(ctx context.Context) (*ethereum.Update, error) {
	body, err := c.get(ctx, "/eth/v1/beacon/light_client/finality_update", nil)
	if err != nil {
		return nil, err
	}
	u, err := ethereum.DecodeFinalityUpdate(body)
	if err != nil {
		return nil, fmt.Errorf("beacon: %w", err)
	}
	return u, nil
}

// OptimisticUpdate fetches the latest LightClientOptimisticUpdate.
func (c *Client) OptimisticUpdate(ctx context.Context) (*ethereum.Update, error) {
	body, err := c.get(ctx, "/eth/v1/beacon/light_client/optimistic_update", nil)
	if err != nil {
		return nil, err
	}
	u, err := ethereum.DecodeOptimisticUpdate(body)
	if err != nil {
		return nil, fmt.Errorf("beacon: %w", err)
	}
	return u, nil
}

// SyncResult summarizes what [Client.Sync] changed.
type SyncResult struct {
	Applied  int // updates that advanced the store
	Rotated  int // committee rotations
	Finality bool
}

// ignorable reports whether a verification error only means "nothing new"
// (an update the store already has, or older): the node served valid data
// the store is past.
func ignorable(err error) bool {
	return errors.Is(err, ethereum.ErrNotAdvancing) || errors.Is(err, ethereum.ErrStaleUpdate)
}

// Sync brings store up to date with the beacon node: it fetches the period
// updates from the store's period to the period of now, then the latest
// finality and optimistic updates, and applies each through
// store.ApplyUpdate, which verifies them. Updates that are valid but not new
// are skipped; any other verification failure stops the sync and is
// returned (the store keeps everything applied before it). withOptimistic
// also applies the optimistic update.
func (c *Client) Sync(ctx context.Context, store *ethereum.Store, now time.Time, withOptimistic bool) (SyncResult, error) {
	var res SyncResult
	cfg := store.Config()
	apply := func(u *ethereum.Update) error {
		out, err := store.ApplyUpdate(u, now)
		switch {
		case err == nil:
			res.Applied++
			if out.CommitteeRotated {
				res.Rotated++
			}
			if out.FinalizedAdvanced {
				res.Finality = true
			}
			return nil
		case ignorable(err):
			return nil
		default:
			return err
		}
	}
	var nowSlot uint64
	if since := now.Unix() - int64(cfg.GenesisTime); since > 0 {
		nowSlot = uint64(since) / cfg.SecondsPerSlot
	}
	target := cfg.SyncPeriod(nowSlot)
	for {
		start := store.Period()
		if start > target {
			break
		}
		us, err := c.Updates(ctx, start, target-start+1)
		if err != nil {
			return res, err
		}
		for _, u := range us {
			if err := apply(u); err != nil {
				return res, fmt.Errorf("beacon: sync: period update at slot %d: %w", u.AttestedHeader.Beacon.Slot, err)
			}
		}
		if len(us) == 0 || store.Period() == start {
			break // the node has nothing that moves the store to a later period
		}
	}
	fin, err := c.FinalityUpdate(ctx)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return res, err
	}
	if fin != nil {
		if err := apply(fin); err != nil {
			return res, fmt.Errorf("beacon: sync: finality update: %w", err)
		}
	}
	if withOptimistic {
		opt, err := c.OptimisticUpdate(ctx)
		if err != nil && !errors.Is(err, ErrNotFound) {
			return res, err
		}
		if opt != nil {
			if err := apply(opt); err != nil {
				return res, fmt.Errorf("beacon: sync: optimistic update: %w", err)
			}
		}
	}
	return res, nil
}

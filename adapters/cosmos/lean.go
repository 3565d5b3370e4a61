package cosmos

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strconv"

	abci "github.com/cometbft/cometbft/abci/types"
	cmtcrypto "github.com/cometbft/cometbft/proto/tendermint/crypto"
)

// Lean decoders of the CometBFT RPC answers on the relay path. Field names
// are those CometBFT writes (amino JSON for rpc/core types, jsonpb with
// EmitDefaults for abci types, whose 64-bit integers are strings); the
// jsonpb camelCase spellings are accepted too.

// decodeEvents reads an array of ABCI events. Only the events whose type
// keep accepts (all with a nil keep) are decoded; the attributes of the
// others are skipped unread.
func decodeEvents(s *scanner, keep func(typ string) bool) ([]abci.Event, error) {
	var out []abci.Event
	err := s.array(func() error {
		var typ string
		var attrs []byte
		err := s.object(func(key []byte) error {
			var err error
			switch string(key) {
			case "type":
				typ, err = s.str()
			case "attributes":
				attrs, err = s.span()
			default:
				err = s.skip()
			}
			return err
		})
		if err != nil || (keep != nil && !keep(typ)) {
			return err
		}
		ev := abci.Event{Type: typ}
		if attrs != nil {
			if ev.Attributes, err = decodeAttributes(&scanner{b: attrs}); err != nil {
				return fmt.Errorf("%s event: %w", typ, err)
			}
		}
		out = append(out, ev)
		return nil
	})
	return out, err
}

func decodeAttributes(s *scanner) ([]abci.EventAttribute, error) {
	var out []abci.EventAttribute
	err := s.array(func() error {
		var a abci.EventAttribute
		err := s.object(func(key []byte) error {
			var err error
			switch string(key) {
			case "key":
				a.Key, err = s.str()
			case "value":
				a.Value, err = s.str()
			case "index":
				a.Index, err = s.bool()
			default:
				err = s.skip()
			}
			return err
		})
		out = append(out, a)
		return err
	})
	return out, err
}

func isPacketEvent(typ string) bool {
	switch EventKind(typ) {
	case SendPacket, RecvPacket, WriteAck, AcknowledgePacket, TimeoutPacket:
		return true
	}
	return false
}

// decodeExecTxResult reads an abci ExecTxResult into r; its events only
// when withEvents (they are most of a relay transaction's result).
func decodeExecTxResult(s *scanner, r *TxResult, withEvents bool) error {
	return s.object(func(key []byte) error {
		var err error
		switch string(key) {
		case "code":
			r.Code, err = s.uint32()
		case "log":
			r.Log, err = s.str()
		case "gas_wanted", "gasWanted":
			r.GasWanted, err = s.int64()
		case "gas_used", "gasUsed":
			r.GasUsed, err = s.int64()
		case "events":
			if withEvents {
				r.Events, err = decodeEvents(s, nil)
			} else {
				err = s.skip()
			}
		default:
			err = s.skip()
		}
		return err
	})
}

// txByHash reads the result of the transaction with the given hash (the
// "tx" RPC, without its inclusion proof or its bytes decoded).
func (c *Chain) txByHash(ctx context.Context, hash []byte, withEvents bool) (*TxResult, error) {
	c.txReads.Add(1)
	r := &TxResult{Hash: fmt.Sprintf("%X", hash)}
	err := c.raw.call(ctx, "tx", map[string]any{"hash": hash, "prove": false}, func(s *scanner) error {
		return s.object(func(key []byte) error {
			var err error
			switch string(key) {
			case "height":
				r.Height, err = s.int64()
			case "tx_result":
				err = decodeExecTxResult(s, r, withEvents)
			default:
				err = s.skip()
			}
			return err
		})
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// leanTxResult is what BlockPacketEvents needs of one transaction's result
// (log and gas for the waiters Inclusions tells of it).
type leanTxResult struct {
	code               uint32
	log                string
	gasWanted, gasUsed int64
	events             []abci.Event // those keep accepted
}

// blockResults reads block_results at h keeping, of each transaction, its
// code, log, gas and the events keep accepts, and the block's events keep
// accepts (BlockPacketEvents keeps the packet events).
func (c *Chain) blockResults(ctx context.Context, h int64, keep func(typ string) bool) ([]leanTxResult, []abci.Event, error) {
	var txs []leanTxResult
	var fin []abci.Event
	err := c.raw.call(ctx, "block_results", map[string]any{"height": strconv.FormatInt(h, 10)}, func(s *scanner) error {
		return s.object(func(key []byte) error {
			switch string(key) {
			case "txs_results":
				return s.array(func() error {
					var tx leanTxResult
					err := s.object(func(key []byte) error {
						var err error
						switch string(key) {
						case "code":
							tx.code, err = s.uint32()
						case "log":
							tx.log, err = s.str()
						case "gas_wanted", "gasWanted":
							tx.gasWanted, err = s.int64()
						case "gas_used", "gasUsed":
							tx.gasUsed, err = s.int64()
						case "events":
							tx.events, err = decodeEvents(s, keep)
						default:
							err = s.skip()
						}
						return err
					})
					txs = append(txs, tx)
					return err
				})
			case "finalize_block_events":
				var err error
				fin, err = decodeEvents(s, keep)
				return err
			default:
				return s.skip()
			}
		})
	})
	return txs, fin, err
}

// blockTxHashes returns the hashes (upper-case hex, as CometBFT prints
// them) of the transactions in block h, in block order.
func (c *Chain) blockTxHashes(ctx context.Context, h int64) ([]string, error) {
	var out []string
	err := c.raw.call(ctx, "block", map[string]any{"height": strconv.FormatInt(h, 10)}, func(s *scanner) error {
		return s.object(func(key []byte) error {
			if string(key) != "block" {
				return s.skip()
			}
			return s.object(func(key []byte) error {
				if string(key) != "data" {
					return s.skip()
				}
				return s.object(func(key []byte) error {
					if string(key) != "txs" {
						return s.skip()
					}
					return s.array(func() error {
						tx, err := s.base64()
						if err != nil {
							return err
						}
						sum := sha256.Sum256(tx) // CometBFT's tx hash
						var buf [2 * sha256.Size]byte
						hex.Encode(buf[:], sum[:])
						out = append(out, upperHex(buf[:]))
						return nil
					})
				})
			})
		})
	})
	return out, err
}

func upperHex(b []byte) string {
	for i, c := range b {
		if c >= 'a' && c <= 'f' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// queryResult is what the adapter uses of an abci_query answer.
type queryResult struct {
	Code      uint32
	Log       string
	Codespace string
	Value     []byte
	ProofOps  *cmtcrypto.ProofOps
	Height    int64
}

func decodeQuery(s *scanner) (*queryResult, error) {
	q := &queryResult{}
	err := s.object(func(key []byte) error {
		if string(key) != "response" {
			return s.skip()
		}
		return s.object(func(key []byte) error {
			var err error
			switch string(key) {
			case "code":
				q.Code, err = s.uint32()
			case "log":
				q.Log, err = s.str()
			case "codespace":
				q.Codespace, err = s.str()
			case "value":
				q.Value, err = s.base64()
			case "height":
				q.Height, err = s.int64()
			case "proofOps", "proof_ops":
				if s.null() {
					return nil
				}
				q.ProofOps = &cmtcrypto.ProofOps{}
				err = s.object(func(key []byte) error {
					if string(key) != "ops" {
						return s.skip()
					}
					return s.array(func() error {
						var op cmtcrypto.ProofOp
						err := s.object(func(key []byte) error {
							var err error
							switch string(key) {
							case "type":
								op.Type, err = s.str()
							case "key":
								op.Key, err = s.base64()
							case "data":
								op.Data, err = s.base64()
							default:
								err = s.skip()
							}
							return err
						})
						q.ProofOps.Ops = append(q.ProofOps.Ops, op)
						return err
					})
				})
			default:
				err = s.skip()
			}
			return err
		})
	})
	return q, err
}

func queryParams(path string, data []byte, height int64, prove bool) map[string]any {
	return map[string]any{
		"path":   path,
		"data":   hex.EncodeToString(data),
		"height": strconv.FormatInt(height, 10),
		"prove":  prove,
	}
}

// abciQuery runs one abci_query (height 0: latest).
func (c *Chain) abciQuery(ctx context.Context, path string, data []byte, height int64, prove bool) (*queryResult, error) {
	var q *queryResult
	err := c.raw.call(ctx, "abci_query", queryParams(path, data, height, prove), func(s *scanner) error {
		var err error
		q, err = decodeQuery(s)
		return err
	})
	return q, err
}

// abciQueries runs one abci_query per data as one JSON-RPC batch.
func (c *Chain) abciQueries(ctx context.Context, path string, data [][]byte, height int64, prove bool) ([]*queryResult, error) {
	out := make([]*queryResult, len(data))
	calls := make([]rpcCall, len(data))
	for i := range data {
		calls[i] = rpcCall{method: "abci_query", params: queryParams(path, data[i], height, prove), decode: func(s *scanner) error {
			var err error
			out[i], err = decodeQuery(s)
			return err
		}}
	}
	if err := c.raw.batch(ctx, calls); err != nil {
		return nil, err
	}
	return out, nil
}

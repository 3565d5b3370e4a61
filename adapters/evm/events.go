package evm

import (
	"context"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/causewaylabs/causeway/adapters/evm/contracts/bindings"
)

// PacketEventKind names the handler's packet events.
type PacketEventKind string

// The handler's packet events.
const (
	EventSendPacket           PacketEventKind = "SendPacket"
	EventRecvPacket           PacketEventKind = "RecvPacket"
	EventWriteAcknowledgement PacketEventKind = "WriteAcknowledgement"
	EventAcknowledgePacket    PacketEventKind = "AcknowledgePacket"
	EventTimeoutPacket        PacketEventKind = "TimeoutPacket"
)

// PacketEvent is one packet event of the IBC handler, decoded, with where it
// happened.
type PacketEvent struct {
	Kind            PacketEventKind
	Packet          bindings.Packet
	Acknowledgement []byte // WriteAcknowledgement and AcknowledgePacket only
	BlockNumber     uint64
	BlockHash       common.Hash
	TxHash          common.Hash
	LogIndex        uint
}

var handlerABI = sync.OnceValues(func() (*abi.ABI, error) { return bindings.IBCHandlerMetaData.GetAbi() })

// PacketEventTopics is the topic filter (first position) selecting the
// handler's packet events, for WatcherConfig.Topics.
func PacketEventTopics() ([][]common.Hash, error) {
	a, err := handlerABI()
	if err != nil {
		return nil, fmt.Errorf("evm: handler ABI: %w", err)
	}
	var ids []common.Hash
	for _, k := range []PacketEventKind{EventSendPacket, EventRecvPacket, EventWriteAcknowledgement, EventAcknowledgePacket, EventTimeoutPacket} {
		ids = append(ids, a.Events[string(k)].ID)
	}
	return [][]common.Hash{ids}, nil
}

// DecodePacketEvent decodes a handler log into a PacketEvent; ok is false
// for the handler's other events (provisioning, ownership).
func DecodePacketEvent(l types.Log) (ev PacketEvent, ok bool, err error) {
	a, err := handlerABI()
	if err != nil {
		return ev, false, fmt.Errorf("evm: handler ABI: %w", err)
	}
	if len(l.Topics) == 0 {
		return ev, false, nil
	}
	e, err := a.EventByID(l.Topics[0])
	if err != nil {
		return ev, false, nil
	}
	ev = PacketEvent{Kind: PacketEventKind(e.Name), BlockNumber: l.BlockNumber, BlockHash: l.BlockHash, TxHash: l.TxHash, LogIndex: l.Index}
	var out struct {
		Sequence        uint64
		Packet          bindings.Packet
		Acknowledgement []byte
	}
	switch ev.Kind {
	case EventSendPacket, EventRecvPacket, EventWriteAcknowledgement, EventAcknowledgePacket, EventTimeoutPacket:
	default:
		return ev, false, nil
	}
	if err := a.UnpackIntoInterface(&out, e.Name, l.Data); err != nil {
		return ev, false, fmt.Errorf("evm: decode %s log %s/%d: %w", e.Name, l.TxHash, l.Index, err)
	}
	ev.Packet, ev.Acknowledgement = out.Packet, out.Acknowledgement
	if len(l.Topics) < 2 || new(big.Int).SetBytes(l.Topics[1][:]).Uint64() != out.Packet.Sequence {
		return ev, false, fmt.Errorf("evm: %s log %s/%d: indexed sequence does not match the packet", e.Name, l.TxHash, l.Index)
	}
	return ev, true, nil
}

// StoredCommitment reads the word the handler stores under an ICS-24 path
// at block (nil = latest); zero when absent. The relayer uses it to skip a
// packet another relayer already delivered (receipt or ack present).
func (c *Client) StoredCommitment(ctx context.Context, handler common.Address, path string, block *big.Int) (common.Hash, error) {
	v, err := c.eth.StorageAt(ctx, handler, StorageKey(path), block)
	if err != nil {
		return common.Hash{}, fmt.Errorf("evm: storage of %s at %s: %w", path, handler, err)
	}
	return common.BytesToHash(v), nil
}

// StoredCommitments is StoredCommitment for many paths in one JSON-RPC
// batch (eth_getStorageAt each), in the order of paths.
func (c *Client) StoredCommitments(ctx context.Context, handler common.Address, paths []string, block *big.Int) ([]common.Hash, error) {
	tag := "latest"
	if block != nil {
		tag = hexutil.EncodeBig(block)
	}
	out := make([]common.Hash, len(paths))
	reqs := make([]rpc.BatchElem, len(paths))
	for i, p := range paths {
		reqs[i] = rpc.BatchElem{Method: "eth_getStorageAt", Args: []any{handler, StorageKey(p), tag}, Result: &out[i]}
	}
	if err := c.rpc.BatchCallContext(ctx, reqs); err != nil {
		return nil, fmt.Errorf("evm: storage of %d paths at %s: %w", len(paths), handler, err)
	}
	for i, r := range reqs {
		if r.Error != nil {
			return nil, fmt.Errorf("evm: storage of %s at %s: %w", paths[i], handler, r.Error)
		}
	}
	return out, nil
}

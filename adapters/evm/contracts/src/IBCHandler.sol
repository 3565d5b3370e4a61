// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Height, Packet, ILightClient, IIBCModule} from "./IBCTypes.sol";
import {Encoding} from "./Encoding.sol";

/// @title Causeway IBC handler
/// @notice ICS-04 packet handling for an EVM chain: send, receive, acknowledge
/// and time out packets on ordered and unordered channels. Connection and
/// channel ends are provisioned by the owner (alliance deployments are
/// governed; the handler runs no handshake logic of its own). Counterparty
/// state is verified by pluggable light-client contracts, one per client id.
///
/// Handshakes are owner-driven: a counterparty that runs ICS-03/ICS-04 (ibc-go)
/// does INIT and ACK against ends the owner commits here. Connection: the
/// counterparty's ConnOpenInit, then `provisionConnection` with the TRYOPEN end,
/// the counterparty's ConnOpenAck (which proves that end), then
/// `setConnectionEnd` with the OPEN end. Channel: the counterparty's
/// ChanOpenInit, then `provisionChannelTry` (state TRYOPEN), the counterparty's
/// ChanOpenAck, then `openChannel`. Packets need an OPEN channel.
///
/// Everything a counterparty must be able to prove lives in ONE mapping,
/// `commitments`, at storage slot 0. The key of an ICS-24 path is
/// keccak256(bytes(path)); the storage slot of that entry is therefore
/// keccak256(abi.encode(keccak256(bytes(path)), uint256(0))). The stored word
/// is the value itself when the value is exactly 32 bytes (packet commitments,
/// acknowledgement commitments) and keccak256(value) otherwise (receipts
/// {0x01}, 8-byte big-endian next-sequence-receive, protobuf channel and
/// connection ends). An absent entry reads as zero.
contract IBCHandler {
    /// @notice ICS-24 path key => committed word (see the contract doc). MUST stay
    /// the first state variable: its slot (0) is part of the proof format.
    mapping(bytes32 => bytes32) public commitments;

    /// @notice Channel state as ibc-go numbers it.
    uint8 public constant STATE_TRYOPEN = 2;
    /// @notice Channel state as ibc-go numbers it.
    uint8 public constant STATE_OPEN = 3;
    /// @notice Channel state as ibc-go numbers it.
    uint8 public constant STATE_CLOSED = 4;
    /// @notice Channel ordering as ibc-go numbers it.
    uint8 public constant ORDER_UNORDERED = 1;
    /// @notice Channel ordering as ibc-go numbers it.
    uint8 public constant ORDER_ORDERED = 2;

    struct ChannelEnd {
        uint8 state;
        uint8 ordering;
        string connectionId;
        string counterpartyPortId;
        string counterpartyChannelId;
        string version;
        uint64 nextSequenceSend;
        uint64 nextSequenceRecv;
        uint64 nextSequenceAck;
    }

    address public owner;
    mapping(string => address) public clients; // client id => light client
    mapping(string => string) public connectionClient; // connection id => client id
    mapping(string => address) public portApps; // port id => application
    mapping(bytes32 => ChannelEnd) internal channels; // keccak(port, "/", channel)

    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event ClientRegistered(string clientId, address client);
    event ConnectionProvisioned(string connectionId, string clientId);
    event ConnectionEndUpdated(string connectionId);
    event PortBound(string portId, address app);
    event ChannelProvisioned(string portId, string channelId, uint8 ordering);
    event ChannelOpened(string portId, string channelId);
    event ChannelClosed(string portId, string channelId);
    event SendPacket(uint64 indexed sequence, Packet packet);
    event RecvPacket(uint64 indexed sequence, Packet packet);
    event WriteAcknowledgement(uint64 indexed sequence, Packet packet, bytes acknowledgement);
    event AcknowledgePacket(uint64 indexed sequence, Packet packet, bytes acknowledgement);
    event TimeoutPacket(uint64 indexed sequence, Packet packet);

    modifier onlyOwner() {
        require(msg.sender == owner, "IBCHandler: caller is not the owner");
        _;
    }

    constructor() {
        owner = msg.sender;
        emit OwnershipTransferred(address(0), msg.sender);
    }

    /// @notice Hands the handler's governance to `newOwner`.
    function transferOwnership(address newOwner) external onlyOwner {
        require(newOwner != address(0), "IBCHandler: zero owner");
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    // ---------------------------------------------------------------------
    // Provisioning (owner only)
    // ---------------------------------------------------------------------

    /// @notice Registers (or replaces) the light client contract for `clientId`.
    function registerClient(string calldata clientId, address client) external onlyOwner {
        require(client != address(0), "IBCHandler: zero client");
        clients[clientId] = client;
        emit ClientRegistered(clientId, client);
    }

    /// @notice Provisions connection `connectionId` on top of `clientId` and
    /// commits `connectionEnd` (its ibc-go protobuf encoding) under
    /// "connections/{connectionId}": the OPEN end, or the TRYOPEN end when the
    /// counterparty still has to ConnOpenAck (then `setConnectionEnd`).
    function provisionConnection(string calldata connectionId, string calldata clientId, bytes calldata connectionEnd)
        external
        onlyOwner
    {
        require(clients[clientId] != address(0), "IBCHandler: unknown client");
        require(bytes(connectionClient[connectionId]).length == 0, "IBCHandler: connection exists");
        connectionClient[connectionId] = clientId;
        _commit(abi.encodePacked("connections/", connectionId), connectionEnd);
        emit ConnectionProvisioned(connectionId, clientId);
    }

    /// @notice Replaces the committed end of the provisioned connection
    /// `connectionId` with `connectionEnd` (its ibc-go protobuf encoding), e.g.
    /// the OPEN end once the counterparty's ConnOpenAck proved the TRYOPEN one.
    /// The connection keeps its client.
    function setConnectionEnd(string calldata connectionId, bytes calldata connectionEnd) external onlyOwner {
        require(bytes(connectionClient[connectionId]).length != 0, "IBCHandler: unknown connection");
        _commit(abi.encodePacked("connections/", connectionId), connectionEnd);
        emit ConnectionEndUpdated(connectionId);
    }

    /// @notice Binds `portId` to the application contract `app`.
    function bindPort(string calldata portId, address app) external onlyOwner {
        require(app != address(0), "IBCHandler: zero app");
        require(portApps[portId] == address(0), "IBCHandler: port bound");
        portApps[portId] = app;
        emit PortBound(portId, app);
    }

    /// @notice Opens channel `channelId` on `portId` (state OPEN) and commits its
    /// ibc-go protobuf encoding under "channelEnds/ports/{port}/channels/{channel}".
    function provisionChannel(
        string calldata portId,
        string calldata channelId,
        uint8 ordering,
        string calldata connectionId,
        string calldata counterpartyPortId,
        string calldata counterpartyChannelId,
        string calldata version
    ) external onlyOwner {
        _provisionChannel(
            STATE_OPEN, portId, channelId, ordering, connectionId, counterpartyPortId, counterpartyChannelId, version
        );
    }

    /// @notice As provisionChannel, but the channel starts in state TRYOPEN (the
    /// committed encoding says TRYOPEN), so that the counterparty's ChanOpenAck
    /// can prove it; packets are refused until `openChannel`.
    function provisionChannelTry(
        string calldata portId,
        string calldata channelId,
        uint8 ordering,
        string calldata connectionId,
        string calldata counterpartyPortId,
        string calldata counterpartyChannelId,
        string calldata version
    ) external onlyOwner {
        _provisionChannel(
            STATE_TRYOPEN, portId, channelId, ordering, connectionId, counterpartyPortId, counterpartyChannelId, version
        );
    }

    /// @notice Moves channel `channelId` on `portId` from TRYOPEN to OPEN (the
    /// counterparty's ChanOpenAck succeeded) and re-commits its encoding.
    function openChannel(string calldata portId, string calldata channelId) external onlyOwner {
        ChannelEnd storage ch = channels[_channelKey(portId, channelId)];
        require(ch.state == STATE_TRYOPEN, "IBCHandler: channel not in TRYOPEN");
        ch.state = STATE_OPEN;
        _commitChannel(portId, channelId, ch);
        emit ChannelOpened(portId, channelId);
    }

    /// @notice The channel end of `portId`/`channelId` (state 0 when absent).
    function getChannel(string calldata portId, string calldata channelId) external view returns (ChannelEnd memory) {
        return channels[_channelKey(portId, channelId)];
    }

    /// @notice The ibc-go protobuf encoding of a channel end, as committed.
    function encodeChannelEnd(string calldata portId, string calldata channelId) external view returns (bytes memory) {
        return _encodeChannel(channels[_channelKey(portId, channelId)]);
    }

    // ---------------------------------------------------------------------
    // Clients
    // ---------------------------------------------------------------------

    /// @notice Forwards `clientMessage` to the light client of `clientId`.
    /// Anyone may call: the client itself decides whether the message verifies.
    function updateClient(string calldata clientId, bytes calldata clientMessage) external {
        address client = clients[clientId];
        require(client != address(0), "IBCHandler: unknown client");
        ILightClient(client).updateClient(clientMessage);
    }

    /// @notice Runs several handler calls in one transaction (e.g. an
    /// updateClient followed by a batch of recvPacket). Reverts as a whole when
    /// any call reverts, with that call's revert data.
    function multicall(bytes[] calldata data) external returns (bytes[] memory results) {
        results = new bytes[](data.length);
        for (uint256 i = 0; i < data.length; i++) {
            (bool ok, bytes memory ret) = address(this).delegatecall(data[i]);
            if (!ok) {
                assembly {
                    revert(add(ret, 32), mload(ret))
                }
            }
            results[i] = ret;
        }
    }

    // ---------------------------------------------------------------------
    // Packets
    // ---------------------------------------------------------------------

    /// @notice Sends a packet on an open channel; only the app bound to
    /// `sourcePort` may call. Stores the ICS-04 commitment under
    /// "commitments/ports/{port}/channels/{channel}/sequences/{seq}" and emits SendPacket.
    function sendPacket(
        string calldata sourcePort,
        string calldata sourceChannel,
        Height calldata timeoutHeight,
        uint64 timeoutTimestamp,
        bytes calldata data
    ) external returns (uint64 sequence) {
        require(portApps[sourcePort] == msg.sender, "IBCHandler: caller does not own the port");
        require(
            timeoutTimestamp != 0 || timeoutHeight.revisionNumber != 0 || timeoutHeight.revisionHeight != 0,
            "IBCHandler: packet has no timeout"
        );
        ChannelEnd storage ch = channels[_channelKey(sourcePort, sourceChannel)];
        require(ch.state == STATE_OPEN, "IBCHandler: channel not open");
        sequence = ch.nextSequenceSend;
        ch.nextSequenceSend = sequence + 1;
        bytes32 commitment = commitPacket(timeoutHeight, timeoutTimestamp, data);
        commitments[keccak256(_packetPath("commitments", sourcePort, sourceChannel, sequence))] = commitment;
        emit SendPacket(
            sequence,
            Packet({
                sequence: sequence,
                sourcePort: sourcePort,
                sourceChannel: sourceChannel,
                destinationPort: ch.counterpartyPortId,
                destinationChannel: ch.counterpartyChannelId,
                data: data,
                timeoutHeight: timeoutHeight,
                timeoutTimestamp: timeoutTimestamp
            })
        );
    }

    /// @notice Receives a packet whose commitment is proven on the counterparty
    /// at `proofHeight`. Refuses a packet already received (unordered) or out of
    /// order (ordered), and a timed-out packet. Writes the app's acknowledgement.
    function recvPacket(Packet calldata packet, bytes calldata proof, Height calldata proofHeight) external {
        ChannelEnd storage ch = channels[_channelKey(packet.destinationPort, packet.destinationChannel)];
        require(ch.state == STATE_OPEN, "IBCHandler: channel not open");
        require(
            _eq(packet.sourcePort, ch.counterpartyPortId) && _eq(packet.sourceChannel, ch.counterpartyChannelId),
            "IBCHandler: packet source is not the channel counterparty"
        );
        require(
            (packet.timeoutHeight.revisionNumber == 0 && packet.timeoutHeight.revisionHeight == 0)
                || _lt(Height(0, uint64(block.number)), packet.timeoutHeight),
            "IBCHandler: packet timed out (height)"
        );
        require(
            packet.timeoutTimestamp == 0 || block.timestamp * 1e9 < packet.timeoutTimestamp,
            "IBCHandler: packet timed out (timestamp)"
        );
        bytes32 commitment = commitPacket(packet.timeoutHeight, packet.timeoutTimestamp, packet.data);
        require(
            _client(ch).verifyMembership(
                proofHeight,
                proof,
                _packetPath("commitments", packet.sourcePort, packet.sourceChannel, packet.sequence),
                abi.encodePacked(commitment)
            ),
            "IBCHandler: packet commitment proof failed"
        );
        if (ch.ordering == ORDER_ORDERED) {
            require(packet.sequence == ch.nextSequenceRecv, "IBCHandler: packet sequence != next receive sequence");
            ch.nextSequenceRecv = packet.sequence + 1;
            _commit(
                _path("nextSequenceRecv", packet.destinationPort, packet.destinationChannel),
                abi.encodePacked(uint64(packet.sequence + 1))
            );
        } else {
            bytes32 rkey =
                keccak256(_packetPath("receipts", packet.destinationPort, packet.destinationChannel, packet.sequence));
            require(commitments[rkey] == bytes32(0), "IBCHandler: packet already received");
            commitments[rkey] = keccak256(hex"01");
        }
        emit RecvPacket(packet.sequence, packet);
        bytes memory ack = IIBCModule(portApps[packet.destinationPort]).onRecvPacket(packet, msg.sender);
        if (ack.length > 0) {
            _writeAck(packet, ack);
        }
    }

    /// @notice Writes an asynchronous acknowledgement; only the destination port's app may call.
    function writeAcknowledgement(Packet calldata packet, bytes calldata acknowledgement) external {
        require(portApps[packet.destinationPort] == msg.sender, "IBCHandler: caller does not own the port");
        require(acknowledgement.length > 0, "IBCHandler: empty acknowledgement");
        _writeAck(packet, acknowledgement);
    }

    /// @notice Completes a packet this chain sent: verifies the counterparty's
    /// acknowledgement commitment, deletes the packet commitment and calls the app.
    function acknowledgePacket(
        Packet calldata packet,
        bytes calldata acknowledgement,
        bytes calldata proof,
        Height calldata proofHeight
    ) external {
        ChannelEnd storage ch = channels[_channelKey(packet.sourcePort, packet.sourceChannel)];
        require(ch.state == STATE_OPEN, "IBCHandler: channel not open");
        _checkDestination(ch, packet);
        bytes32 key = _takeCommitment(packet);
        require(
            _client(ch).verifyMembership(
                proofHeight,
                proof,
                _packetPath("acks", packet.destinationPort, packet.destinationChannel, packet.sequence),
                abi.encodePacked(sha256(acknowledgement))
            ),
            "IBCHandler: acknowledgement proof failed"
        );
        if (ch.ordering == ORDER_ORDERED) {
            require(packet.sequence == ch.nextSequenceAck, "IBCHandler: packet sequence != next ack sequence");
            ch.nextSequenceAck = packet.sequence + 1;
        }
        delete commitments[key];
        emit AcknowledgePacket(packet.sequence, packet, acknowledgement);
        IIBCModule(portApps[packet.sourcePort]).onAcknowledgementPacket(packet, acknowledgement, msg.sender);
    }

    /// @notice Times out a packet this chain sent: the counterparty at
    /// `proofHeight` is past the packet's timeout and has not received it
    /// (unordered: receipt absent; ordered: its next receive sequence,
    /// `nextSequenceRecv`, is proven and not past the packet). An ordered
    /// channel is closed, as ICS-04 requires.
    function timeoutPacket(
        Packet calldata packet,
        bytes calldata proof,
        Height calldata proofHeight,
        uint64 nextSequenceRecv
    ) external {
        ChannelEnd storage ch = channels[_channelKey(packet.sourcePort, packet.sourceChannel)];
        require(ch.state == STATE_OPEN, "IBCHandler: channel not open");
        _checkDestination(ch, packet);
        bytes32 key = _takeCommitment(packet);
        ILightClient client = _client(ch);
        bool heightPassed = (packet.timeoutHeight.revisionNumber != 0 || packet.timeoutHeight.revisionHeight != 0)
            && !_lt(proofHeight, packet.timeoutHeight);
        bool timePassed =
            packet.timeoutTimestamp != 0 && client.getTimestampAtHeight(proofHeight) >= packet.timeoutTimestamp;
        require(heightPassed || timePassed, "IBCHandler: packet has not timed out on the counterparty");
        if (ch.ordering == ORDER_ORDERED) {
            require(nextSequenceRecv <= packet.sequence, "IBCHandler: packet was received");
            require(
                client.verifyMembership(
                    proofHeight,
                    proof,
                    _path("nextSequenceRecv", packet.destinationPort, packet.destinationChannel),
                    abi.encodePacked(nextSequenceRecv)
                ),
                "IBCHandler: next sequence receive proof failed"
            );
            ch.state = STATE_CLOSED;
            _commitChannel(packet.sourcePort, packet.sourceChannel, ch);
            emit ChannelClosed(packet.sourcePort, packet.sourceChannel);
        } else {
            require(
                client.verifyNonMembership(
                    proofHeight,
                    proof,
                    _packetPath("receipts", packet.destinationPort, packet.destinationChannel, packet.sequence)
                ),
                "IBCHandler: packet receipt absence proof failed"
            );
        }
        delete commitments[key];
        emit TimeoutPacket(packet.sequence, packet);
        IIBCModule(portApps[packet.sourcePort]).onTimeoutPacket(packet, msg.sender);
    }

    // ---------------------------------------------------------------------
    // Views
    // ---------------------------------------------------------------------

    /// @notice ibc-go v8's CommitPacket: sha256(timeoutTimestamp(8 BE) ||
    /// revisionNumber(8 BE) || revisionHeight(8 BE) || sha256(data)).
    function commitPacket(Height calldata timeoutHeight, uint64 timeoutTimestamp, bytes calldata data)
        public
        pure
        returns (bytes32)
    {
        return sha256(
            abi.encodePacked(
                timeoutTimestamp, timeoutHeight.revisionNumber, timeoutHeight.revisionHeight, sha256(data)
            )
        );
    }

    /// @notice The committed word stored under ICS-24 `path` (zero when absent).
    function getCommitment(string calldata path) external view returns (bytes32) {
        return commitments[keccak256(bytes(path))];
    }

    // ---------------------------------------------------------------------
    // Internals
    // ---------------------------------------------------------------------

    /// @dev The body of provisionChannel and provisionChannelTry. The strings
    /// that are only stored are taken in memory: a calldata string takes two
    /// stack slots, and with all of them in calldata the function does not fit
    /// the stack.
    function _provisionChannel(
        uint8 state,
        string calldata portId,
        string calldata channelId,
        uint8 ordering,
        string memory connectionId,
        string memory counterpartyPortId,
        string memory counterpartyChannelId,
        string memory version
    ) internal {
        require(portApps[portId] != address(0), "IBCHandler: port not bound");
        require(bytes(connectionClient[connectionId]).length != 0, "IBCHandler: unknown connection");
        require(ordering == ORDER_UNORDERED || ordering == ORDER_ORDERED, "IBCHandler: bad ordering");
        ChannelEnd storage ch = channels[_channelKey(portId, channelId)];
        require(ch.state == 0, "IBCHandler: channel exists");
        ch.state = state;
        ch.ordering = ordering;
        ch.connectionId = connectionId;
        ch.counterpartyPortId = counterpartyPortId;
        ch.counterpartyChannelId = counterpartyChannelId;
        ch.version = version;
        ch.nextSequenceSend = 1;
        ch.nextSequenceRecv = 1;
        ch.nextSequenceAck = 1;
        _commitChannel(portId, channelId, ch);
        _commit(_path("nextSequenceRecv", portId, channelId), abi.encodePacked(uint64(1)));
        emit ChannelProvisioned(portId, channelId, ordering);
    }

    function _writeAck(Packet calldata packet, bytes memory ack) internal {
        bytes32 key = keccak256(_packetPath("acks", packet.destinationPort, packet.destinationChannel, packet.sequence));
        require(commitments[key] == bytes32(0), "IBCHandler: acknowledgement already written");
        commitments[key] = sha256(ack);
        emit WriteAcknowledgement(packet.sequence, packet, ack);
    }

    function _checkDestination(ChannelEnd storage ch, Packet calldata packet) internal view {
        require(
            _eq(packet.destinationPort, ch.counterpartyPortId)
                && _eq(packet.destinationChannel, ch.counterpartyChannelId),
            "IBCHandler: packet destination is not the channel counterparty"
        );
    }

    function _takeCommitment(Packet calldata packet) internal view returns (bytes32 key) {
        key = keccak256(_packetPath("commitments", packet.sourcePort, packet.sourceChannel, packet.sequence));
        bytes32 stored = commitments[key];
        require(stored != bytes32(0), "IBCHandler: no commitment for packet (already completed?)");
        require(
            stored == commitPacket(packet.timeoutHeight, packet.timeoutTimestamp, packet.data),
            "IBCHandler: packet does not match its commitment"
        );
    }

    function _client(ChannelEnd storage ch) internal view returns (ILightClient) {
        return ILightClient(clients[connectionClient[ch.connectionId]]);
    }

    function _commit(bytes memory path, bytes memory value) internal {
        commitments[keccak256(path)] = value.length == 32 ? bytes32(value) : keccak256(value);
    }

    function _commitChannel(string calldata portId, string calldata channelId, ChannelEnd storage ch) internal {
        _commit(_path("channelEnds", portId, channelId), _encodeChannel(ch));
    }

    function _encodeChannel(ChannelEnd storage ch) internal view returns (bytes memory) {
        if (ch.state == 0) return "";
        bytes memory cp = abi.encodePacked(
            Encoding.protoString(1, ch.counterpartyPortId), Encoding.protoString(2, ch.counterpartyChannelId)
        );
        return abi.encodePacked(
            Encoding.protoVarintField(1, ch.state),
            Encoding.protoVarintField(2, ch.ordering),
            Encoding.protoBytesAlways(3, cp),
            Encoding.protoString(4, ch.connectionId),
            Encoding.protoString(5, ch.version)
        );
    }

    function _channelKey(string calldata portId, string calldata channelId) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(portId, "/", channelId));
    }

    function _path(string memory prefix, string calldata portId, string calldata channelId)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(prefix, "/ports/", portId, "/channels/", channelId);
    }

    function _packetPath(string memory prefix, string calldata portId, string calldata channelId, uint64 sequence)
        internal
        pure
        returns (bytes memory)
    {
        return abi.encodePacked(
            prefix, "/ports/", portId, "/channels/", channelId, "/sequences/", Encoding.uintToString(sequence)
        );
    }

    function _eq(string calldata a, string storage b) internal pure returns (bool) {
        return keccak256(bytes(a)) == keccak256(bytes(b));
    }

    function _lt(Height memory a, Height calldata b) internal pure returns (bool) {
        return a.revisionNumber < b.revisionNumber
            || (a.revisionNumber == b.revisionNumber && a.revisionHeight < b.revisionHeight);
    }
}

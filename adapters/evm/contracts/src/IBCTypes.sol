// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @notice An IBC height: revision number and height within the revision.
struct Height {
    uint64 revisionNumber;
    uint64 revisionHeight;
}

/// @notice An ICS-04 packet, field for field as ibc-go v8 defines it.
struct Packet {
    uint64 sequence;
    string sourcePort;
    string sourceChannel;
    string destinationPort;
    string destinationChannel;
    bytes data;
    Height timeoutHeight;
    uint64 timeoutTimestamp; // nanoseconds since the Unix epoch, 0 = none
}

/// @notice A light client of a counterparty chain, as the handler uses it.
/// Implementations verify that a value is (or is not) stored under an ICS-24
/// path of the counterparty at a height they already trust.
interface ILightClient {
    /// @notice Accepts a client message (a header, an attestation) that
    /// advances the client's trusted state; reverts when it does not verify.
    function updateClient(bytes calldata clientMessage) external;

    /// @notice True when `value` is stored under `path` on the counterparty at `height`.
    function verifyMembership(Height calldata height, bytes calldata proof, bytes calldata path, bytes calldata value)
        external
        view
        returns (bool);

    /// @notice True when nothing is stored under `path` on the counterparty at `height`.
    function verifyNonMembership(Height calldata height, bytes calldata proof, bytes calldata path)
        external
        view
        returns (bool);

    /// @notice The counterparty's block time at `height` in nanoseconds; 0 when unknown.
    function getTimestampAtHeight(Height calldata height) external view returns (uint64);
}

/// @notice An application bound to a port of the handler (ICS-26 callbacks).
interface IIBCModule {
    /// @notice Handles a received packet and returns its acknowledgement
    /// (empty for an asynchronous acknowledgement).
    function onRecvPacket(Packet calldata packet, address relayer) external returns (bytes memory);

    /// @notice Handles the acknowledgement of a packet this module sent.
    function onAcknowledgementPacket(Packet calldata packet, bytes calldata acknowledgement, address relayer) external;

    /// @notice Handles the timeout of a packet this module sent.
    function onTimeoutPacket(Packet calldata packet, address relayer) external;
}

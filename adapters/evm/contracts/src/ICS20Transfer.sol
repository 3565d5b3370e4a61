// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Height, Packet, IIBCModule} from "./IBCTypes.sol";
import {Encoding} from "./Encoding.sol";
import {JSON} from "./JSON.sol";
import {Voucher} from "./ERC20.sol";

/// @notice The part of the handler the transfer app calls.
interface IPacketSender {
    function sendPacket(
        string calldata sourcePort,
        string calldata sourceChannel,
        Height calldata timeoutHeight,
        uint64 timeoutTimestamp,
        bytes calldata data
    ) external returns (uint64);
}

/// @notice The ERC-20 calls the transfer app makes.
interface IERC20Like {
    function transfer(address to, uint256 value) external returns (bool);
    function transferFrom(address from, address to, uint256 value) external returns (bool);
}

/// @title Causeway ICS-20 token transfer app
/// @notice Speaks ibc-go's transfer module (v8, ics20-1): packet data is the
/// JSON FungibleTokenPacketData with sorted keys
/// {"amount","denom","memo"(omitted when empty),"receiver","sender"};
/// acknowledgements are {"result":"AQ=="} or {"error":"..."}.
///
/// Denoms: a native ERC-20 travels as "erc20/0x<lower-case address>". Sending a
/// token whose denom does not start with this chain's "{port}/{channel}/"
/// escrows it in this contract (per channel); sending a voucher back through
/// the channel it came from burns it. Receiving a denom prefixed with the
/// counterparty's "{port}/{channel}/" releases escrow; any other denom mints a
/// voucher ERC-20 named by its full trace "{port}/{channel}/{denom}". An error
/// acknowledgement or a timeout refunds the sender (escrow released or voucher
/// re-minted). Fee-on-transfer and rebasing ERC-20s are not supported.
contract ICS20Transfer is IIBCModule {
    /// @notice The success acknowledgement ibc-go writes: {"result":"AQ=="}.
    bytes public constant SUCCESS_ACK = bytes('{"result":"AQ=="}');
    /// @notice The error acknowledgement this app writes (ibc-go's
    /// NewErrorAcknowledgement format; the reason is in the RecvFailed event).
    bytes public constant ERROR_ACK = bytes('{"error":"ABCI code: 1: error handling packet: see events for details"}');

    /// @notice The IBC handler this app is bound to.
    address public immutable handler;
    /// @notice Voucher by keccak256(full denom trace).
    mapping(bytes32 => address) public voucherByDenom;
    /// @notice Full denom trace of a voucher this app created.
    mapping(address => string) public denomOfVoucher;
    /// @notice Escrowed amount per keccak256("{port}/{channel}") and token.
    mapping(bytes32 => mapping(address => uint256)) public escrowed;

    event VoucherCreated(string denomTrace, address voucher);
    event RecvFailed(uint64 indexed sequence, string sourcePort, string sourceChannel, bytes reason);
    event Refunded(uint64 indexed sequence, address sender, address token, uint256 amount);

    struct PacketData {
        string amount;
        string denom;
        string memo;
        string receiver;
        string sender;
    }

    modifier onlyHandler() {
        require(msg.sender == handler, "ICS20: caller is not the IBC handler");
        _;
    }

    constructor(address handler_) {
        handler = handler_;
    }

    /// @notice Sends `amount` of `token` to `receiver` on the counterparty of
    /// `sourcePort`/`sourceChannel`. Native tokens need an allowance for this contract.
    function sendTransfer(
        address token,
        uint256 amount,
        string calldata receiver,
        string calldata sourcePort,
        string calldata sourceChannel,
        Height calldata timeoutHeight,
        uint64 timeoutTimestamp,
        string calldata memo
    ) external returns (uint64) {
        require(amount > 0, "ICS20: zero amount");
        require(bytes(receiver).length > 0, "ICS20: empty receiver");
        string memory denom = denomOf(token);
        if (Encoding.hasPrefix(bytes(denom), abi.encodePacked(sourcePort, "/", sourceChannel, "/"))) {
            Voucher(token).burn(msg.sender, amount);
        } else {
            _safeTransferFrom(token, msg.sender, address(this), amount);
            escrowed[keccak256(abi.encodePacked(sourcePort, "/", sourceChannel))][token] += amount;
        }
        bytes memory data = encodePacketData(
            PacketData({
                amount: Encoding.uintToString(amount),
                denom: denom,
                memo: memo,
                receiver: receiver,
                sender: Encoding.addressToString(msg.sender)
            })
        );
        return IPacketSender(handler).sendPacket(sourcePort, sourceChannel, timeoutHeight, timeoutTimestamp, data);
    }

    /// @notice The ICS-20 denom of `token` on this chain: its voucher trace, or "erc20/0x..".
    function denomOf(address token) public view returns (string memory) {
        string memory trace = denomOfVoucher[token];
        if (bytes(trace).length != 0) return trace;
        return string(abi.encodePacked("erc20/", Encoding.addressToString(token)));
    }

    /// @notice ibc-go's FungibleTokenPacketData.GetBytes() for `d`.
    function encodePacketData(PacketData memory d) public pure returns (bytes memory) {
        bytes memory memoPart = bytes(d.memo).length == 0 ? bytes("") : abi.encodePacked(',"memo":', JSON.quote(bytes(d.memo)));
        return abi.encodePacked(
            '{"amount":',
            JSON.quote(bytes(d.amount)),
            ',"denom":',
            JSON.quote(bytes(d.denom)),
            memoPart,
            ',"receiver":',
            JSON.quote(bytes(d.receiver)),
            ',"sender":',
            JSON.quote(bytes(d.sender)),
            "}"
        );
    }

    /// @notice Parses FungibleTokenPacketData JSON; reverts when it is not
    /// valid ICS-20 data (unknown field, missing amount/denom/receiver/sender).
    function decodePacketData(bytes memory data) public pure returns (PacketData memory d) {
        (bytes[] memory keys, bytes[] memory values, bool ok) = JSON.parseObject(data);
        require(ok, "ICS20: packet data is not a JSON object of strings");
        for (uint256 i = 0; i < keys.length; i++) {
            bytes32 k = keccak256(keys[i]);
            if (k == keccak256("amount")) d.amount = string(values[i]);
            else if (k == keccak256("denom")) d.denom = string(values[i]);
            else if (k == keccak256("memo")) d.memo = string(values[i]);
            else if (k == keccak256("receiver")) d.receiver = string(values[i]);
            else if (k == keccak256("sender")) d.sender = string(values[i]);
            else revert("ICS20: unknown field in packet data");
        }
        require(bytes(d.denom).length != 0, "ICS20: empty denom");
        require(bytes(d.sender).length != 0, "ICS20: empty sender");
        require(bytes(d.receiver).length != 0, "ICS20: empty receiver");
    }

    /// @inheritdoc IIBCModule
    function onRecvPacket(Packet calldata packet, address) external override onlyHandler returns (bytes memory) {
        try this.executeRecv(packet) {
            return SUCCESS_ACK;
        } catch (bytes memory reason) {
            // Every deliberate failure carries a reason. An empty one is an
            // out-of-gas (or a token reverting silently): revert the whole
            // receive rather than let a relayer that under-supplied gas force
            // an error acknowledgement (and so a refund on the source chain).
            require(reason.length > 0, "ICS20: receive failed without a reason (out of gas?)");
            emit RecvFailed(packet.sequence, packet.sourcePort, packet.sourceChannel, reason);
            return ERROR_ACK;
        }
    }

    /// @notice The state change of a receive; called by this contract only, so
    /// that a failure rolls it back and becomes an error acknowledgement.
    function executeRecv(Packet calldata packet) external {
        require(msg.sender == address(this), "ICS20: internal");
        PacketData memory d = decodePacketData(packet.data);
        (uint256 amount, bool ok) = Encoding.parseUint(bytes(d.amount));
        require(ok && amount > 0, "ICS20: invalid amount");
        address receiver;
        (receiver, ok) = Encoding.parseAddress(bytes(d.receiver));
        require(ok && receiver != address(0), "ICS20: receiver is not an EVM address");
        bytes memory prefix = abi.encodePacked(packet.sourcePort, "/", packet.sourceChannel, "/");
        if (Encoding.hasPrefix(bytes(d.denom), prefix)) {
            // The token left this chain through this channel: release escrow.
            address token = _tokenOf(Encoding.slice(bytes(d.denom), prefix.length));
            bytes32 ck = keccak256(abi.encodePacked(packet.destinationPort, "/", packet.destinationChannel));
            require(escrowed[ck][token] >= amount, "ICS20: amount exceeds the channel's escrow");
            escrowed[ck][token] -= amount;
            _safeTransfer(token, receiver, amount);
        } else {
            string memory trace =
                string(abi.encodePacked(packet.destinationPort, "/", packet.destinationChannel, "/", d.denom));
            address voucher = voucherByDenom[keccak256(bytes(trace))];
            if (voucher == address(0)) {
                voucher = address(new Voucher(trace));
                voucherByDenom[keccak256(bytes(trace))] = voucher;
                denomOfVoucher[voucher] = trace;
                emit VoucherCreated(trace, voucher);
            }
            Voucher(voucher).mint(receiver, amount);
        }
    }

    /// @inheritdoc IIBCModule
    function onAcknowledgementPacket(Packet calldata packet, bytes calldata acknowledgement, address)
        external
        override
        onlyHandler
    {
        (bytes[] memory keys, bytes[] memory values, bool ok) = JSON.parseObject(acknowledgement);
        require(ok && keys.length == 1, "ICS20: acknowledgement is not an ibc-go acknowledgement");
        if (keccak256(keys[0]) == keccak256("error")) {
            _refund(packet);
        } else {
            require(
                keccak256(keys[0]) == keccak256("result") && values[0].length != 0,
                "ICS20: acknowledgement is neither result nor error"
            );
        }
    }

    /// @inheritdoc IIBCModule
    function onTimeoutPacket(Packet calldata packet, address) external override onlyHandler {
        _refund(packet);
    }

    function _refund(Packet calldata packet) internal {
        PacketData memory d = decodePacketData(packet.data);
        (uint256 amount, bool ok) = Encoding.parseUint(bytes(d.amount));
        require(ok, "ICS20: invalid amount in own packet");
        address sender;
        (sender, ok) = Encoding.parseAddress(bytes(d.sender));
        require(ok, "ICS20: invalid sender in own packet");
        address token;
        if (Encoding.hasPrefix(bytes(d.denom), abi.encodePacked(packet.sourcePort, "/", packet.sourceChannel, "/"))) {
            token = voucherByDenom[keccak256(bytes(d.denom))];
            Voucher(token).mint(sender, amount);
        } else {
            token = _tokenOf(bytes(d.denom));
            escrowed[keccak256(abi.encodePacked(packet.sourcePort, "/", packet.sourceChannel))][token] -= amount;
            _safeTransfer(token, sender, amount);
        }
        emit Refunded(packet.sequence, sender, token, amount);
    }

    function _tokenOf(bytes memory denom) internal view returns (address token) {
        if (Encoding.hasPrefix(denom, "erc20/")) {
            bool ok;
            (token, ok) = Encoding.parseAddress(Encoding.slice(denom, 6));
            require(ok, "ICS20: malformed erc20 denom");
            return token;
        }
        token = voucherByDenom[keccak256(denom)];
        require(token != address(0), "ICS20: unknown denom");
    }

    function _safeTransfer(address token, address to, uint256 amount) internal {
        require(token.code.length > 0, "ICS20: token is not a contract");
        (bool ok, bytes memory ret) = token.call(abi.encodeCall(IERC20Like.transfer, (to, amount)));
        require(ok && (ret.length == 0 || abi.decode(ret, (bool))), "ICS20: token transfer failed");
    }

    function _safeTransferFrom(address token, address from, address to, uint256 amount) internal {
        require(token.code.length > 0, "ICS20: token is not a contract");
        (bool ok, bytes memory ret) = token.call(abi.encodeCall(IERC20Like.transferFrom, (from, to, amount)));
        require(ok && (ret.length == 0 || abi.decode(ret, (bool))), "ICS20: token transferFrom failed");
    }
}

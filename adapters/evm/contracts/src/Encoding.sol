// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title Encoding helpers shared by Causeway's contracts
/// @notice Decimal and hex strings, protobuf fields as gogoproto writes them.
library Encoding {
    /// @notice Decimal representation of `v`, as Go's strconv writes it.
    function uintToString(uint256 v) internal pure returns (string memory) {
        if (v == 0) return "0";
        uint256 len;
        for (uint256 t = v; t != 0; t /= 10) len++;
        bytes memory b = new bytes(len);
        while (v != 0) {
            len--;
            b[len] = bytes1(uint8(48 + (v % 10)));
            v /= 10;
        }
        return string(b);
    }

    /// @notice Parses a non-empty decimal string without sign or leading '+';
    /// ok is false for anything else or for a value above 2^256-1.
    function parseUint(bytes memory s) internal pure returns (uint256 v, bool ok) {
        if (s.length == 0 || s.length > 78) return (0, false);
        for (uint256 i = 0; i < s.length; i++) {
            uint8 c = uint8(s[i]);
            if (c < 48 || c > 57) return (0, false);
            uint256 d = c - 48;
            if (v > (type(uint256).max - d) / 10) return (0, false);
            v = v * 10 + d;
        }
        return (v, true);
    }

    /// @notice Lower-case 0x-prefixed hex of `a`.
    function addressToString(address a) internal pure returns (string memory) {
        bytes memory out = new bytes(42);
        out[0] = "0";
        out[1] = "x";
        uint160 v = uint160(a);
        for (uint256 i = 41; i > 1; i--) {
            out[i] = _hexDigit(uint8(v & 0xf));
            v >>= 4;
        }
        return string(out);
    }

    /// @notice Parses "0x" followed by exactly 40 hex digits (any case).
    function parseAddress(bytes memory s) internal pure returns (address a, bool ok) {
        if (s.length != 42 || s[0] != "0" || (s[1] != "x" && s[1] != "X")) return (address(0), false);
        uint160 v;
        for (uint256 i = 2; i < 42; i++) {
            (uint8 d, bool good) = _fromHex(uint8(s[i]));
            if (!good) return (address(0), false);
            v = (v << 4) | d;
        }
        return (address(v), true);
    }

    /// @notice True when `s` starts with `prefix`.
    function hasPrefix(bytes memory s, bytes memory prefix) internal pure returns (bool) {
        if (s.length < prefix.length) return false;
        for (uint256 i = 0; i < prefix.length; i++) {
            if (s[i] != prefix[i]) return false;
        }
        return true;
    }

    /// @notice s[from:].
    function slice(bytes memory s, uint256 from) internal pure returns (bytes memory out) {
        out = new bytes(s.length - from);
        for (uint256 i = 0; i < out.length; i++) {
            out[i] = s[from + i];
        }
    }

    /// @notice Protobuf base-128 varint.
    function varint(uint256 v) internal pure returns (bytes memory) {
        bytes memory buf = new bytes(10);
        uint256 n;
        while (v >= 0x80) {
            buf[n++] = bytes1(uint8(v & 0x7f) | 0x80);
            v >>= 7;
        }
        buf[n++] = bytes1(uint8(v));
        bytes memory out = new bytes(n);
        for (uint256 i = 0; i < n; i++) {
            out[i] = buf[i];
        }
        return out;
    }

    /// @notice A proto3 varint field, omitted when zero.
    function protoVarintField(uint256 field, uint256 v) internal pure returns (bytes memory) {
        if (v == 0) return "";
        return abi.encodePacked(varint(field << 3), varint(v));
    }

    /// @notice A proto3 string field, omitted when empty.
    function protoString(uint256 field, string memory s) internal pure returns (bytes memory) {
        if (bytes(s).length == 0) return "";
        return protoBytesAlways(field, bytes(s));
    }

    /// @notice A length-delimited field written even when empty (gogoproto non-nullable message).
    function protoBytesAlways(uint256 field, bytes memory b) internal pure returns (bytes memory) {
        return abi.encodePacked(varint((field << 3) | 2), varint(b.length), b);
    }

    function _hexDigit(uint8 d) private pure returns (bytes1) {
        return bytes1(d < 10 ? 48 + d : 87 + d);
    }

    function _fromHex(uint8 c) private pure returns (uint8, bool) {
        if (c >= 48 && c <= 57) return (c - 48, true);
        if (c >= 97 && c <= 102) return (c - 87, true);
        if (c >= 65 && c <= 70) return (c - 55, true);
        return (0, false);
    }
}

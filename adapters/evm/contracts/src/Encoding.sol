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
    function addressToString(address a) internal pure returns (string memory out) {
        assembly {
            let hexd := "0123456789abcdef"
            out := mload(0x40)
            mstore(0x40, add(out, 96))
            mstore(out, 42)
            mstore(add(out, 32), 0)
            mstore(add(out, 64), 0)
            mstore8(add(out, 32), 0x30)
            mstore8(add(out, 33), 0x78)
            let v := a
            for { let i := 41 } gt(i, 1) { i := sub(i, 1) } {
                mstore8(add(add(out, 32), i), byte(and(v, 0xf), hexd))
                v := shr(4, v)
            }
        }
    }

    /// @notice Parses "0x" followed by exactly 40 hex digits (any case).
    function parseAddress(bytes memory s) internal pure returns (address a, bool ok) {
        if (s.length != 42 || s[0] != "0" || (s[1] != "x" && s[1] != "X")) return (address(0), false);
        uint256 v;
        ok = true;
        assembly {
            let p := add(s, 34)
            for { let e := add(p, 40) } lt(p, e) { p := add(p, 1) } {
                let c := byte(0, mload(p))
                let d := 16
                if and(gt(c, 47), lt(c, 58)) { d := sub(c, 48) }
                if and(gt(c, 96), lt(c, 103)) { d := sub(c, 87) }
                if and(gt(c, 64), lt(c, 71)) { d := sub(c, 55) }
                if eq(d, 16) {
                    ok := 0
                    break
                }
                v := or(shl(4, v), d)
            }
        }
        if (!ok) return (address(0), false);
        return (address(uint160(v)), true);
    }

    /// @notice True when `s` starts with `prefix`.
    function hasPrefix(bytes memory s, bytes memory prefix) internal pure returns (bool r) {
        if (s.length < prefix.length) return false;
        assembly {
            r := eq(keccak256(add(s, 32), mload(prefix)), keccak256(add(prefix, 32), mload(prefix)))
        }
    }

    /// @notice s[from:].
    function slice(bytes memory s, uint256 from) internal pure returns (bytes memory out) {
        out = new bytes(s.length - from);
        assembly {
            mcopy(add(out, 32), add(add(s, 32), from), mload(out))
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
}

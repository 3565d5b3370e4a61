// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title Strict RLP reader over memory bytes
/// @notice Reads RLP items at byte offsets of a `bytes memory` buffer without
/// copying. Only canonical encodings are accepted, as go-ethereum's rlp
/// package decodes them: a single byte below 0x80 must be written as itself,
/// long lengths must need the long form (>= 56) and have no leading zero
/// byte, and integers have no leading zero byte (zero is the empty string).
/// Every read stays inside the container it is given; anything else reverts
/// with a reason naming the rule.
library RLP {
    /// @notice Decodes the item starting at `pos`, which must end by `end`
    /// (<= b.length). Returns its payload offset and length, whether it is a
    /// list, and the offset right after it.
    function item(bytes memory b, uint256 pos, uint256 end)
        internal
        pure
        returns (uint256 off, uint256 len, bool list, uint256 next)
    {
        require(end <= b.length && pos < end, "RLP: item past the end of its container");
        uint256 p = byteAt(b, pos);
        if (p < 0x80) {
            return (pos, 1, false, pos + 1);
        }
        if (p < 0xb8) {
            len = p - 0x80;
            off = pos + 1;
        } else if (p < 0xc0) {
            (off, len) = _long(b, pos, p - 0xb7, end);
        } else if (p < 0xf8) {
            list = true;
            len = p - 0xc0;
            off = pos + 1;
        } else {
            list = true;
            (off, len) = _long(b, pos, p - 0xf7, end);
        }
        next = off + len;
        require(next <= end, "RLP: item overruns its container");
        if (!list && len == 1) {
            require(byteAt(b, off) >= 0x80, "RLP: single byte below 0x80 not encoded as itself");
        }
    }

    /// @notice Reads a string item of exactly 32 bytes.
    function readBytes32(bytes memory b, uint256 pos, uint256 end) internal pure returns (bytes32 v, uint256 next) {
        (uint256 off, uint256 len, bool list, uint256 n) = item(b, pos, end);
        require(!list && len == 32, "RLP: expected a 32-byte string");
        return (bytes32(load(b, off, 32)), n);
    }

    /// @notice Reads a string item of exactly 20 bytes as an address.
    function readAddress(bytes memory b, uint256 pos, uint256 end) internal pure returns (address v, uint256 next) {
        (uint256 off, uint256 len, bool list, uint256 n) = item(b, pos, end);
        require(!list && len == 20, "RLP: expected a 20-byte string");
        return (address(uint160(load(b, off, 20))), n);
    }

    /// @notice Skips a string item of exactly `size` bytes.
    function skipFixed(bytes memory b, uint256 pos, uint256 end, uint256 size) internal pure returns (uint256 next) {
        (, uint256 len, bool list, uint256 n) = item(b, pos, end);
        require(!list && len == size, "RLP: string of unexpected length");
        return n;
    }

    /// @notice Reads a canonical unsigned integer of at most `maxLen` bytes
    /// (<= 32).
    function readUint(bytes memory b, uint256 pos, uint256 end, uint256 maxLen)
        internal
        pure
        returns (uint256 v, uint256 next)
    {
        (uint256 off, uint256 len, bool list, uint256 n) = item(b, pos, end);
        require(!list, "RLP: expected an integer, got a list");
        require(len <= maxLen, "RLP: integer too large");
        require(len == 0 || byteAt(b, off) != 0, "RLP: integer with a leading zero byte");
        return (load(b, off, len), n);
    }

    /// @notice Checks a canonical unsigned integer of any size (a big.Int
    /// field whose value does not matter) and returns the next offset.
    function skipBigUint(bytes memory b, uint256 pos, uint256 end) internal pure returns (uint256 next) {
        (uint256 off, uint256 len, bool list, uint256 n) = item(b, pos, end);
        require(!list, "RLP: expected an integer, got a list");
        require(len == 0 || byteAt(b, off) != 0, "RLP: integer with a leading zero byte");
        return n;
    }

    /// @notice The RLP prefix of a payload of `len` bytes: `base` is 0x80
    /// for a string, 0xc0 for a list.
    function prefix(uint256 len, uint256 base) internal pure returns (bytes memory out) {
        if (len < 56) {
            out = new bytes(1);
            out[0] = bytes1(uint8(base + len));
            return out;
        }
        uint256 ll = 0;
        for (uint256 x = len; x != 0; x >>= 8) {
            ll++;
        }
        out = new bytes(1 + ll);
        out[0] = bytes1(uint8(base + 55 + ll));
        for (uint256 i = 0; i < ll; i++) {
            out[1 + i] = bytes1(uint8(len >> (8 * (ll - 1 - i))));
        }
    }

    /// @notice Copies `len` bytes of `b` from `off`.
    function slice(bytes memory b, uint256 off, uint256 len) internal pure returns (bytes memory out) {
        require(off + len <= b.length, "RLP: slice out of range");
        out = new bytes(len);
        assembly ("memory-safe") {
            mcopy(add(out, 32), add(add(b, 32), off), len)
        }
    }

    /// @notice The byte of `b` at `i` (the caller keeps `i` in range).
    function byteAt(bytes memory b, uint256 i) internal pure returns (uint256 v) {
        assembly ("memory-safe") {
            v := byte(0, mload(add(add(b, 32), i)))
        }
    }

    /// @notice The big-endian integer in `len` (<= 32) bytes of `b` at `off`
    /// (the caller keeps the range inside `b`).
    function load(bytes memory b, uint256 off, uint256 len) internal pure returns (uint256 v) {
        if (len == 0) return 0;
        assembly ("memory-safe") {
            v := shr(mul(8, sub(32, len)), mload(add(add(b, 32), off)))
        }
    }

    function _long(bytes memory b, uint256 pos, uint256 ll, uint256 end) private pure returns (uint256 off, uint256 len) {
        off = pos + 1 + ll;
        require(off <= end, "RLP: length bytes overrun the container");
        require(byteAt(b, pos + 1) != 0, "RLP: length with a leading zero byte");
        len = load(b, pos + 1, ll);
        require(len >= 56, "RLP: long form for a short length");
    }
}

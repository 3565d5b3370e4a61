// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title Flat JSON objects of string values
/// @notice Reads and writes JSON objects whose values are all strings, which
/// is what ICS-20 packet data and ibc-go acknowledgements are. Writing escapes
/// strings exactly as Go's encoding/json does, so bytes match ibc-go's.
library JSON {
    /// @notice Parses `{"k":"v",...}` (any whitespace, any key order, escapes
    /// including \uXXXX and surrogate pairs). ok is false for anything else:
    /// non-string values, nesting, trailing bytes, duplicate keys.
    function parseObject(bytes memory j) internal pure returns (bytes[] memory keys, bytes[] memory values, bool ok) {
        uint256 n = 0; // colons: an upper bound on the number of pairs
        assembly {
            let p := add(j, 32)
            for { let e := add(p, mload(j)) } lt(p, e) { p := add(p, 1) } {
                n := add(n, eq(byte(0, mload(p)), 0x3a))
            }
        }
        keys = new bytes[](n);
        values = new bytes[](n);
        uint256 count = 0;
        uint256 i = _ws(j, 0);
        if (i >= j.length || j[i] != "{") return (keys, values, false);
        i = _ws(j, i + 1);
        if (i < j.length && j[i] == "}") {
            i = _ws(j, i + 1);
            assembly {
                mstore(keys, 0)
                mstore(values, 0)
            }
            return (keys, values, i == j.length);
        }
        while (true) {
            bytes memory key;
            bytes memory val;
            (key, i, ok) = _string(j, i);
            if (!ok) return (keys, values, false);
            i = _ws(j, i);
            if (i >= j.length || j[i] != ":") return (keys, values, false);
            i = _ws(j, i + 1);
            (val, i, ok) = _string(j, i);
            if (!ok) return (keys, values, false);
            for (uint256 k = 0; k < count; k++) {
                if (keccak256(keys[k]) == keccak256(key)) return (keys, values, false);
            }
            keys[count] = key;
            values[count] = val;
            count++;
            i = _ws(j, i);
            if (i >= j.length) return (keys, values, false);
            if (j[i] == ",") {
                i = _ws(j, i + 1);
                continue;
            }
            if (j[i] != "}") return (keys, values, false);
            i = _ws(j, i + 1);
            break;
        }
        assembly {
            mstore(keys, count)
            mstore(values, count)
        }
        return (keys, values, i == j.length);
    }

    /// @notice A JSON string literal of `s`, escaped like Go's encoding/json
    /// (HTML-safe: <, >, & as \u003c, \u003e, \u0026; U+2028/9 escaped).
    function quote(bytes memory s) internal pure returns (bytes memory out) {
        out = new bytes(s.length * 6 + 2);
        assembly {
            let hexd := "0123456789abcdef"
            let src := add(s, 32)
            let end := add(src, mload(s))
            let dst := add(out, 32)
            mstore8(dst, 0x22)
            dst := add(dst, 1)
            for {} lt(src, end) { src := add(src, 1) } {
                let c := byte(0, mload(src))
                let special := or(lt(c, 0x20), or(or(eq(c, 0x22), eq(c, 0x5c)), or(or(eq(c, 0x3c), eq(c, 0x3e)), or(eq(c, 0x26), eq(c, 0xe2)))))
                if iszero(special) {
                    mstore8(dst, c)
                    dst := add(dst, 1)
                    continue
                }
                if or(eq(c, 0x22), eq(c, 0x5c)) {
                    mstore8(dst, 0x5c)
                    mstore8(add(dst, 1), c)
                    dst := add(dst, 2)
                    continue
                }
                if or(eq(c, 0x0a), or(eq(c, 0x0d), eq(c, 0x09))) {
                    mstore8(dst, 0x5c)
                    switch c
                    case 0x0a { mstore8(add(dst, 1), 0x6e) }
                    case 0x0d { mstore8(add(dst, 1), 0x72) }
                    default { mstore8(add(dst, 1), 0x74) }
                    dst := add(dst, 2)
                    continue
                }
                let cp := c
                if eq(c, 0xe2) {
                    // U+2028 / U+2029 (E2 80 A8 / E2 80 A9) are escaped; any other
                    // sequence starting with E2 is copied as is.
                    let ok := 0
                    if lt(add(src, 2), end) {
                        let b1 := byte(0, mload(add(src, 1)))
                        let b2 := byte(0, mload(add(src, 2)))
                        ok := and(eq(b1, 0x80), or(eq(b2, 0xa8), eq(b2, 0xa9)))
                        if ok { cp := add(0x2000, sub(b2, 0x80)) }
                    }
                    if iszero(ok) {
                        mstore8(dst, c)
                        dst := add(dst, 1)
                        continue
                    }
                    src := add(src, 2)
                }
                mstore8(dst, 0x5c)
                mstore8(add(dst, 1), 0x75)
                mstore8(add(dst, 2), byte(and(shr(12, cp), 0xf), hexd))
                mstore8(add(dst, 3), byte(and(shr(8, cp), 0xf), hexd))
                mstore8(add(dst, 4), byte(and(shr(4, cp), 0xf), hexd))
                mstore8(add(dst, 5), byte(and(cp, 0xf), hexd))
                dst := add(dst, 6)
            }
            mstore8(dst, 0x22)
            dst := add(dst, 1)
            mstore(out, sub(dst, add(out, 32)))
        }
    }

    function _ws(bytes memory j, uint256 i) private pure returns (uint256) {
        while (i < j.length && (j[i] == " " || j[i] == "\t" || j[i] == "\n" || j[i] == "\r")) i++;
        return i;
    }

    function _string(bytes memory j, uint256 i) private pure returns (bytes memory out, uint256 next, bool ok) {
        if (i >= j.length || j[i] != '"') return (out, i, false);
        i++;
        out = new bytes(j.length - i);
        uint256 o = 0;
        while (true) {
            // Copy the run of plain characters at once.
            uint256 runStart = i;
            assembly {
                let base := add(j, 32)
                let p := add(base, i)
                for { let e := add(base, mload(j)) } lt(p, e) { p := add(p, 1) } {
                    let ch := byte(0, mload(p))
                    if or(or(eq(ch, 0x22), eq(ch, 0x5c)), lt(ch, 0x20)) { break }
                }
                i := sub(p, base)
                mcopy(add(add(out, 32), o), add(base, runStart), sub(i, runStart))
            }
            o += i - runStart;
            if (i >= j.length) return (out, i, false);
            uint8 c = uint8(j[i]);
            if (c == 0x22) {
                i++;
                break;
            }
            if (c < 0x20) return (out, i, false);
            if (i + 1 >= j.length) return (out, i, false);
            uint8 e = uint8(j[i + 1]);
            i += 2;
            if (e == 0x22 || e == 0x5c || e == 0x2f) out[o++] = bytes1(e);
            else if (e == 0x62) out[o++] = 0x08;
            else if (e == 0x66) out[o++] = 0x0c;
            else if (e == 0x6e) out[o++] = 0x0a;
            else if (e == 0x72) out[o++] = 0x0d;
            else if (e == 0x74) out[o++] = 0x09;
            else if (e == 0x75) {
                uint256 cp;
                (cp, i, ok) = _hex4(j, i);
                if (!ok) return (out, i, false);
                if (cp >= 0xd800 && cp < 0xdc00) {
                    // High surrogate: a low surrogate must follow.
                    uint256 lo;
                    if (i + 1 >= j.length || j[i] != "\\" || j[i + 1] != "u") return (out, i, false);
                    (lo, i, ok) = _hex4(j, i + 2);
                    if (!ok || lo < 0xdc00 || lo >= 0xe000) return (out, i, false);
                    cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
                } else if (cp >= 0xdc00 && cp < 0xe000) {
                    return (out, i, false);
                }
                o = _utf8(out, o, cp);
            } else {
                return (out, i, false);
            }
        }
        assembly {
            mstore(out, o)
        }
        return (out, i, true);
    }

    function _hex4(bytes memory j, uint256 i) private pure returns (uint256 v, uint256 next, bool ok) {
        if (i + 4 > j.length) return (0, i, false);
        for (uint256 k = 0; k < 4; k++) {
            uint8 c = uint8(j[i + k]);
            uint256 d;
            if (c >= 48 && c <= 57) d = c - 48;
            else if (c >= 97 && c <= 102) d = c - 87;
            else if (c >= 65 && c <= 70) d = c - 55;
            else return (0, i, false);
            v = (v << 4) | d;
        }
        return (v, i + 4, true);
    }

    function _utf8(bytes memory out, uint256 o, uint256 cp) private pure returns (uint256) {
        if (cp < 0x80) {
            out[o++] = bytes1(uint8(cp));
        } else if (cp < 0x800) {
            out[o++] = bytes1(uint8(0xc0 | (cp >> 6)));
            out[o++] = bytes1(uint8(0x80 | (cp & 0x3f)));
        } else if (cp < 0x10000) {
            out[o++] = bytes1(uint8(0xe0 | (cp >> 12)));
            out[o++] = bytes1(uint8(0x80 | ((cp >> 6) & 0x3f)));
            out[o++] = bytes1(uint8(0x80 | (cp & 0x3f)));
        } else {
            out[o++] = bytes1(uint8(0xf0 | (cp >> 18)));
            out[o++] = bytes1(uint8(0x80 | ((cp >> 12) & 0x3f)));
            out[o++] = bytes1(uint8(0x80 | ((cp >> 6) & 0x3f)));
            out[o++] = bytes1(uint8(0x80 | (cp & 0x3f)));
        }
        return o;
    }
}

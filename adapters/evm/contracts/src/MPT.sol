// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {RLP} from "./RLP.sol";

/// @title Merkle-Patricia proof verifier
/// @notice Verifies an Ethereum Merkle-Patricia trie proof (eth_getProof's
/// accountProof or storageProof) for a 32-byte trie key, the way go-ethereum's
/// trie.VerifyProof does: every node on the path must be present and hash to
/// the reference its parent (or the root) holds; a node of fewer than 32
/// bytes may be embedded in its parent; the walk ends at the key's leaf (the
/// key is present), or at an empty branch slot or a short node whose path
/// diverges from the key (the key is absent).
///
/// Nodes must be given in path order, root first (as eth_getProof returns
/// them); nodes after the last one the walk needs are ignored. Malformed or
/// non-matching proofs revert with a reason; a well-formed proof of absence
/// returns found = false. Only the items on the key's path are decoded
/// beyond their RLP framing: every node is authenticated by its hash chain
/// to a verified state root, so it is the chain's own (well-formed) node.
library MPT {
    /// @notice Looks up `key` (already hashed: keccak256 of the address or
    /// slot) in the trie with root `root`. Returns whether it is present and
    /// the stored value (the leaf's payload).
    function get(bytes32 root, bytes32 key, bytes[] memory proof)
        internal
        pure
        returns (bool found, bytes memory value)
    {
        require(proof.length > 0, "MPT: empty proof");
        bytes memory node = proof[0];
        require(keccak256(node) == root, "MPT: proof node 0 does not hash to the root");
        uint256 used = 1;
        uint256 pos = 0;
        uint256 end = node.length;
        uint256 depth = 0; // key nibbles consumed
        while (true) {
            (uint256 off, uint256 len, bool list, uint256 next) = RLP.item(node, pos, end);
            require(list && next == end, "MPT: node is not exactly one RLP list");
            uint256 listEnd = off + len;
            uint256 count = 0;
            uint256 childPos = 0;
            uint256 itemPos = off;
            uint256 secondPos = 0;
            // Walk every item once: count them, check branch children are
            // well-formed references and remember the one on the key's path.
            uint256 pathNibble = depth < 64 ? _nibble(key, depth) : 16;
            while (itemPos < listEnd) {
                if (count == 1) secondPos = itemPos;
                if (count == pathNibble) childPos = itemPos;
                itemPos = _skip(node, itemPos);
                count++;
            }
            require(itemPos == listEnd, "MPT: node items overrun the node");
            if (count == 17) {
                require(depth < 64, "MPT: branch node below the key's last nibble");
                depth++;
                pos = childPos;
            } else if (count == 2) {
                (uint256 pOff, uint256 pLen, bool pList,) = RLP.item(node, off, listEnd);
                require(!pList && pLen > 0, "MPT: short node without a path");
                uint256 flag = RLP.byteAt(node, pOff) >> 4;
                require(flag <= 3, "MPT: bad hex-prefix flag");
                // The path's nibbles as a number: an odd path keeps the low
                // nibble of the flag byte, an even one starts after it.
                uint256 nibbles;
                uint256 path;
                if (flag & 1 == 1) {
                    nibbles = 2 * pLen - 1;
                    if (pLen > 32) return (false, "");
                    path = RLP.load(node, pOff, pLen) & ((1 << (4 * nibbles)) - 1);
                } else {
                    nibbles = 2 * (pLen - 1);
                    if (pLen > 33) return (false, "");
                    path = RLP.load(node, pOff + 1, pLen - 1);
                }
                if (depth + nibbles > 64) return (false, "");
                if (nibbles > 0 && path != (uint256(key) << (4 * depth)) >> (256 - 4 * nibbles)) return (false, "");
                depth += nibbles;
                if (flag >= 2) {
                    // Leaf: the key is present only if the path ends the key.
                    if (depth != 64) return (false, "");
                    (uint256 vOff, uint256 vLen, bool vList,) = RLP.item(node, secondPos, listEnd);
                    require(!vList, "MPT: leaf value is a list");
                    return (true, RLP.slice(node, vOff, vLen));
                }
                require(depth < 64, "MPT: extension node ends the key");
                pos = secondPos;
            } else {
                revert("MPT: node is neither a branch nor a short node");
            }
            // Follow the child reference at pos.
            (uint256 cOff, uint256 cLen, bool cList, uint256 cNext) = RLP.item(node, pos, listEnd);
            if (cList) {
                require(cNext - pos < 32, "MPT: oversized embedded node");
                end = cNext;
                continue;
            }
            if (cLen == 0) return (false, "");
            require(cLen == 32, "MPT: child reference is neither empty, 32 bytes nor embedded");
            bytes32 want = bytes32(RLP.load(node, cOff, 32));
            require(used < proof.length, "MPT: proof ends before the key's node");
            node = proof[used];
            require(keccak256(node) == want, "MPT: proof node does not hash to its parent's reference");
            used++;
            pos = 0;
            end = node.length;
        }
    }

    /// @notice The value of the account at `addr` under `stateRoot`:
    /// (present, storage root). The account must decode as
    /// [nonce, balance, storageRoot, codeHash].
    function storageRoot(bytes32 stateRoot, address addr, bytes[] memory proof)
        internal
        pure
        returns (bool found, bytes32 root)
    {
        bytes memory acc;
        (found, acc) = get(stateRoot, keccak256(abi.encodePacked(addr)), proof);
        if (!found) return (false, bytes32(0));
        (uint256 off, uint256 len, bool list, uint256 next) = RLP.item(acc, 0, acc.length);
        require(list && next == acc.length, "MPT: account is not one RLP list");
        uint256 end = off + len;
        uint256 p;
        (, p) = RLP.readUint(acc, off, end, 8); // nonce
        (, p) = RLP.readUint(acc, p, end, 32); // balance
        (root, p) = RLP.readBytes32(acc, p, end);
        p = RLP.skipFixed(acc, p, end, 32); // code hash
        require(p == end, "MPT: account has extra fields");
    }

    // The offset after the item at pos, reading only its framing (the
    // item on the key's path is then decoded strictly with RLP.item; the
    // caller checks the last offset against the node's end).
    function _skip(bytes memory b, uint256 pos) private pure returns (uint256) {
        unchecked {
            uint256 p = RLP.byteAt(b, pos);
            if (p < 0x80) return pos + 1;
            if (p < 0xb8) return pos + 1 + (p - 0x80);
            if (p < 0xc0) return pos + 1 + (p - 0xb7) + RLP.load(b, pos + 1, p - 0xb7);
            if (p < 0xf8) return pos + 1 + (p - 0xc0);
            return pos + 1 + (p - 0xf7) + RLP.load(b, pos + 1, p - 0xf7);
        }
    }

    function _nibble(bytes32 key, uint256 i) private pure returns (uint256) {
        uint256 b = uint8(key[i / 2]);
        return i % 2 == 0 ? b >> 4 : b & 0x0f;
    }
}

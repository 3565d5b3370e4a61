// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Height, ILightClient} from "./IBCTypes.sol";

/// @title Causeway attestation client
/// @notice A light client of a counterparty chain that trusts an m-of-n
/// committee of operators. Each operator's relayer verifies the counterparty's
/// headers and proofs with its own light client, then signs (EIP-712) the
/// Merkle root of a batch of leaves; each leaf is one ICS-24 (path, value)
/// pair it verified: a packet commitment, an acknowledgement commitment, a next
/// sequence, or the absence of a receipt (for timeouts).
///
/// Trust assumption: at least `threshold` of the current operators are honest.
///
/// Misbehaviour: a validly signed attestation that conflicts with one already
/// accepted for the same height (another root or timestamp) freezes the
/// client; a frozen client verifies nothing and accepts no update until the
/// owner (governance) rotates the operators and unfreezes it.
///
/// Leaves and tree (all keccak256):
///   membership leaf = keccak256(0x00 || keccak256(path) || keccak256(value))
///   absence leaf    = keccak256(0x01 || keccak256(path))
///   inner node      = keccak256(min(a,b) || max(a,b)); an odd node moves up unchanged.
/// A proof is abi.encode(bytes32[] siblings) from the leaf up.
///
/// Client message (updateClient): abi.encode(uint64 revisionNumber,
/// uint64 revisionHeight, uint64 timestamp, bytes32 root, bytes[] signatures),
/// signatures 65 bytes (r, s, v) sorted by strictly increasing signer address.
contract AttestationClient is ILightClient {
    /// @notice EIP-712 type of the signed message.
    bytes32 public constant ATTESTATION_TYPEHASH = keccak256(
        "Attestation(uint64 operatorSetId,uint64 revisionNumber,uint64 revisionHeight,uint64 timestamp,bytes32 root)"
    );
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    /// @notice EIP-712 domain name.
    string public constant NAME = "Causeway Attestation Client";
    /// @notice EIP-712 domain version.
    string public constant VERSION = "1";
    uint256 private constant HALF_N = 0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0;

    struct Consensus {
        bytes32 root;
        uint64 timestamp;
    }

    address public owner;
    /// @notice Incremented on every rotation; signatures name the set they sign for.
    uint64 public operatorSetId;
    uint256 public threshold;
    address[] internal operators;
    mapping(address => uint64) internal operatorOf; // operator => set id it belongs to
    mapping(uint128 => Consensus) internal consensus; // (revisionNumber << 64 | revisionHeight) => root
    /// @notice Highest attested height.
    Height public latestHeight;
    /// @notice True after conflicting attestations were seen (see the contract doc).
    bool public frozen;

    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);
    event OperatorsRotated(uint64 indexed operatorSetId, address[] operators, uint256 threshold);
    event Attested(uint64 revisionNumber, uint64 revisionHeight, uint64 timestamp, bytes32 root);
    event Frozen(uint64 revisionNumber, uint64 revisionHeight, bytes32 acceptedRoot, bytes32 conflictingRoot);
    event Unfrozen();

    modifier onlyOwner() {
        require(msg.sender == owner, "AttestationClient: caller is not the owner");
        _;
    }

    constructor(address[] memory initialOperators, uint256 initialThreshold) {
        owner = msg.sender;
        emit OwnershipTransferred(address(0), msg.sender);
        _setOperators(initialOperators, initialThreshold);
    }

    /// @notice Hands the client's governance to `newOwner`.
    function transferOwnership(address newOwner) external onlyOwner {
        require(newOwner != address(0), "AttestationClient: zero owner");
        emit OwnershipTransferred(owner, newOwner);
        owner = newOwner;
    }

    /// @notice Replaces the operator set and threshold. Attestations signed for
    /// an earlier set no longer verify; roots already accepted stay valid.
    function setOperators(address[] calldata newOperators, uint256 newThreshold) external onlyOwner {
        _setOperators(newOperators, newThreshold);
    }

    /// @notice Lifts a freeze; governance does this after dealing with the
    /// misbehaving operators (typically after setOperators).
    function unfreeze() external onlyOwner {
        frozen = false;
        emit Unfrozen();
    }

    /// @notice The current operators.
    function getOperators() external view returns (address[] memory) {
        return operators;
    }

    /// @notice The EIP-712 domain separator (bound to this chain id and contract).
    function domainSeparator() public view returns (bytes32) {
        return keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256(bytes(NAME)), keccak256(bytes(VERSION)), block.chainid, address(this))
        );
    }

    /// @notice The EIP-712 digest operators sign for an attestation under the current set.
    function attestationDigest(uint64 revisionNumber, uint64 revisionHeight, uint64 timestamp, bytes32 root)
        public
        view
        returns (bytes32)
    {
        bytes32 structHash =
            keccak256(abi.encode(ATTESTATION_TYPEHASH, operatorSetId, revisionNumber, revisionHeight, timestamp, root));
        return keccak256(abi.encodePacked("\x19\x01", domainSeparator(), structHash));
    }

    /// @inheritdoc ILightClient
    function updateClient(bytes calldata clientMessage) external override {
        (uint64 revisionNumber, uint64 revisionHeight, uint64 timestamp, bytes32 root, bytes[] memory signatures) =
            abi.decode(clientMessage, (uint64, uint64, uint64, bytes32, bytes[]));
        require(!frozen, "AttestationClient: client is frozen");
        require(root != bytes32(0), "AttestationClient: empty root");
        require(revisionHeight != 0, "AttestationClient: zero height");
        verifySignatures(attestationDigest(revisionNumber, revisionHeight, timestamp, root), signatures);
        uint128 key = _key(revisionNumber, revisionHeight);
        Consensus storage c = consensus[key];
        if (c.root != bytes32(0)) {
            if (c.root != root || c.timestamp != timestamp) {
                // Validly signed and conflicting: misbehaviour. Freeze (and do
                // not revert, so the freeze sticks).
                frozen = true;
                emit Frozen(revisionNumber, revisionHeight, c.root, root);
            }
            return;
        }
        c.root = root;
        c.timestamp = timestamp;
        if (
            revisionNumber > latestHeight.revisionNumber
                || (revisionNumber == latestHeight.revisionNumber && revisionHeight > latestHeight.revisionHeight)
        ) {
            latestHeight = Height(revisionNumber, revisionHeight);
        }
        emit Attested(revisionNumber, revisionHeight, timestamp, root);
    }

    /// @notice Reverts unless `signatures` hold at least `threshold` valid
    /// signatures over `digest` by distinct current operators, sorted by
    /// strictly increasing signer address.
    function verifySignatures(bytes32 digest, bytes[] memory signatures) public view {
        require(signatures.length >= threshold, "AttestationClient: fewer signatures than the threshold");
        address last = address(0);
        for (uint256 i = 0; i < signatures.length; i++) {
            address signer = _recover(digest, signatures[i]);
            require(signer > last, "AttestationClient: signers not strictly increasing (duplicate signer?)");
            require(operatorOf[signer] == operatorSetId, "AttestationClient: signer is not an operator");
            last = signer;
        }
    }

    /// @notice The attested root and timestamp at `height` (zero when none).
    function getConsensus(Height calldata height) external view returns (bytes32 root, uint64 timestamp) {
        Consensus storage c = consensus[_key(height.revisionNumber, height.revisionHeight)];
        return (c.root, c.timestamp);
    }

    /// @inheritdoc ILightClient
    function verifyMembership(Height calldata height, bytes calldata proof, bytes calldata path, bytes calldata value)
        external
        view
        override
        returns (bool)
    {
        bytes32 leaf = keccak256(abi.encodePacked(bytes1(0x00), keccak256(path), keccak256(value)));
        return _verify(height, proof, leaf);
    }

    /// @inheritdoc ILightClient
    function verifyNonMembership(Height calldata height, bytes calldata proof, bytes calldata path)
        external
        view
        override
        returns (bool)
    {
        bytes32 leaf = keccak256(abi.encodePacked(bytes1(0x01), keccak256(path)));
        return _verify(height, proof, leaf);
    }

    /// @inheritdoc ILightClient
    function getTimestampAtHeight(Height calldata height) external view override returns (uint64) {
        return consensus[_key(height.revisionNumber, height.revisionHeight)].timestamp;
    }

    function _verify(Height calldata height, bytes calldata proof, bytes32 leaf) internal view returns (bool) {
        bytes32 root = consensus[_key(height.revisionNumber, height.revisionHeight)].root;
        if (root == bytes32(0) || frozen) return false;
        bytes32[] memory siblings = abi.decode(proof, (bytes32[]));
        bytes32 node = leaf;
        for (uint256 i = 0; i < siblings.length; i++) {
            bytes32 s = siblings[i];
            node = node < s ? keccak256(abi.encodePacked(node, s)) : keccak256(abi.encodePacked(s, node));
        }
        return node == root;
    }

    function _setOperators(address[] memory newOperators, uint256 newThreshold) internal {
        require(newOperators.length > 0, "AttestationClient: no operators");
        require(newThreshold > 0 && newThreshold <= newOperators.length, "AttestationClient: bad threshold");
        uint64 id = operatorSetId + 1;
        operatorSetId = id;
        delete operators;
        for (uint256 i = 0; i < newOperators.length; i++) {
            address op = newOperators[i];
            require(op != address(0), "AttestationClient: zero operator");
            require(operatorOf[op] != id, "AttestationClient: duplicate operator");
            operatorOf[op] = id;
            operators.push(op);
        }
        threshold = newThreshold;
        emit OperatorsRotated(id, newOperators, newThreshold);
    }

    function _recover(bytes32 digest, bytes memory sig) internal pure returns (address signer) {
        require(sig.length == 65, "AttestationClient: signature is not 65 bytes");
        bytes32 r;
        bytes32 s;
        uint8 v;
        assembly {
            r := mload(add(sig, 32))
            s := mload(add(sig, 64))
            v := byte(0, mload(add(sig, 96)))
        }
        if (v < 27) v += 27;
        require(v == 27 || v == 28, "AttestationClient: bad signature v");
        require(uint256(s) <= HALF_N, "AttestationClient: malleable signature s");
        signer = ecrecover(digest, v, r, s);
        require(signer != address(0), "AttestationClient: invalid signature");
    }

    function _key(uint64 revisionNumber, uint64 revisionHeight) internal pure returns (uint128) {
        return (uint128(revisionNumber) << 64) | revisionHeight;
    }
}

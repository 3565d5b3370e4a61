// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

import {Height, ILightClient} from "./IBCTypes.sol";
import {RLP} from "./RLP.sol";
import {MPT} from "./MPT.sol";

/// @title Causeway QBFT / IBFT 2.0 light client
/// @notice An on-chain light client of a Hyperledger Besu (or GoQuorum) chain
/// running QBFT or IBFT 2.0, with the rules of Causeway's Go client
/// (lightclients/qbft), so a QBFT alliance chain -> EVM path needs no
/// attestation committee. Trust assumption: fewer than a third of each
/// validator set is faulty, and the trusting period is shorter than the time
/// departed validators stay accountable.
///
/// A header update (updateClient) verifies, as Besu imports a block:
///  - the raw RLP header decodes canonically (every optional field through
///    the current forks is kept, so the digest is the node's);
///  - the BFT extraData RLP([vanity, validators, vote, round, seals]) decodes
///    in the chain's encoding (QBFT and IBFT 2.0 encode an absent vote and
///    the round differently) and is exactly what Besu writes;
///  - difficulty 1, the BFT mix hash (IBFT 2.0 also: zero nonce and empty
///    ommers), a strictly ascending non-empty validator set containing the
///    proposer (coinbase);
///  - every committed seal recovers (r, s in [1, N-1], v in {0, 1}) over
///    Besu's committed-seal digest (QBFT: the header with an empty seal
///    list, round kept; IBFT 2.0: seals omitted) to a distinct validator, and
///    there are at least ceil(2n/3) of them (never rounded down);
///  - against the trusted state it names: not expired (trusting period),
///    higher, not older, not beyond the clock drift; an adjacent header names
///    the trusted hash as parent and keeps the trusted set or applies the
///    trusted header's vote (not after an epoch block); a header further
///    ahead is sealed by at least ceil(n/3) of the trusted set.
/// Block N's extraData lists the set that seals N itself (Besu's behaviour).
///
/// State: per verified height, the state root, the block time and the hash
/// of the full trusted state (`TrustedState`, which the relayer keeps and
/// sends back with the next update, so validator sets never sit in storage).
/// A second valid header at a known height with another hash is misbehaviour
/// and freezes the client for good.
///
/// Client message: abi.encode(TrustedState trusted, bytes rawHeader).
/// Proofs: abi.encode(bytes[] accountProof, bytes[] storageProof) from
/// eth_getProof of the counterparty IBCHandler, whose `commitments` mapping
/// sits at slot 0: slot = keccak256(abi.encode(keccak256(path), 0)), word =
/// value if 32 bytes, else keccak256(value).
contract QBFTClient is ILightClient {
    /// @notice The chain's extraData encoding.
    uint8 public constant ENCODING_QBFT = 1;
    /// @notice The chain's extraData encoding.
    uint8 public constant ENCODING_IBFT2 = 2;
    /// @notice TrustedState.vote values.
    uint8 public constant VOTE_NONE = 0;
    /// @notice TrustedState.vote values.
    uint8 public constant VOTE_ADD = 1;
    /// @notice TrustedState.vote values.
    uint8 public constant VOTE_DROP = 2;

    bytes32 private constant MIX_HASH = 0x63746963616c2062797a616e74696e65206661756c7420746f6c6572616e6365;
    bytes32 private constant EMPTY_UNCLE_HASH = 0x1dcc4de8dec75d7aab85b567b6ccd41ad312451b948a7413f0a142fd40d49347;
    bytes32 private constant EMPTY_TRIE_ROOT = 0x56e81f171bcc55a6ff8345e692c0f86e5b48e01b996cadc001622fb5e363b421;
    uint256 private constant SECP256K1_N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141;

    /// @notice What the client trusts about a verified header: it fixes the
    /// sets that may seal the header's child. Mirrors the Go TrustedState
    /// (without the state root, kept per height).
    struct TrustedState {
        uint64 number;
        bytes32 hash; // Besu's BFT block hash (round 0, no seals)
        uint64 time; // seconds
        address[] validators; // strictly ascending: the set that sealed the header
        uint8 vote; // VOTE_NONE, VOTE_ADD or VOTE_DROP
        address voteRecipient;
    }

    /// @notice Verification parameters, fixed at deployment.
    struct Params {
        uint8 encoding; // ENCODING_QBFT or ENCODING_IBFT2
        uint64 trustingPeriod; // seconds, > 0
        uint64 maxClockDrift; // seconds
        uint64 epochLength; // Besu's epochlength; 0 = unknown (every vote may apply)
    }

    struct Consensus {
        bytes32 stateRoot;
        bytes32 stateHash; // keccak256(abi.encode(TrustedState)); zero = unknown height
        uint64 timestamp;
    }

    // A decoded header: the fields the rules read, and the byte ranges the
    // digests are rebuilt from.
    struct Header {
        bytes32 parentHash;
        bytes32 uncleHash;
        address coinbase;
        bytes32 stateRoot;
        uint256 difficulty;
        uint64 number;
        uint64 time;
        bytes32 mixHash;
        uint64 nonce;
        uint256 payloadStart; // header list payload
        uint256 extraStart; // extraData item (prefix included)
        uint256 extraEnd;
        uint256 extraOff; // extraData payload
        uint256 extraLen;
    }

    struct Extra {
        address[] validators;
        uint8 vote;
        address voteRecipient;
        uint256 listOff; // payload of the extraData list
        uint256 roundStart; // round item
        uint256 sealsStart; // seal list item
        uint256 sealsOff; // seal list payload
        uint256 sealsEnd;
    }

    uint8 public immutable encoding;
    uint64 public immutable trustingPeriod;
    uint64 public immutable maxClockDrift;
    uint64 public immutable epochLength;
    /// @notice The counterparty's revision number (heights are (revision, block number)).
    uint64 public immutable revisionNumber;
    /// @notice The IBC handler contract on the counterparty chain whose storage is proven.
    address public immutable counterpartyHandler;

    mapping(uint64 => Consensus) internal consensus;
    /// @notice Highest verified block number.
    uint64 public latestHeight;
    /// @notice True after two valid headers of one height were seen.
    bool public frozen;

    event HeaderVerified(uint64 indexed number, bytes32 hash, bytes32 stateRoot, uint64 time);
    event Frozen(uint64 indexed number, bytes32 trustedStateHash, bytes32 conflictingStateHash);

    /// @param params verification parameters
    /// @param revision the counterparty's revision number
    /// @param handler the counterparty IBC handler whose commitments are proven
    /// @param initial a header trusted by other means (genesis or checked out of band)
    /// @param initialStateRoot that header's state root
    constructor(
        Params memory params,
        uint64 revision,
        address handler,
        TrustedState memory initial,
        bytes32 initialStateRoot
    ) {
        require(
            params.encoding == ENCODING_QBFT || params.encoding == ENCODING_IBFT2, "QBFTClient: unknown encoding"
        );
        require(params.trustingPeriod > 0, "QBFTClient: trusting period must be positive");
        require(handler != address(0), "QBFTClient: zero counterparty handler");
        _checkTrusted(initial);
        encoding = params.encoding;
        trustingPeriod = params.trustingPeriod;
        maxClockDrift = params.maxClockDrift;
        epochLength = params.epochLength;
        revisionNumber = revision;
        counterpartyHandler = handler;
        _store(initial, initialStateRoot);
    }

    /// @inheritdoc ILightClient
    /// @dev clientMessage = abi.encode(TrustedState trusted, bytes rawHeader),
    /// where `trusted` is the state stored for a verified height.
    function updateClient(bytes calldata clientMessage) external override {
        require(!frozen, "QBFTClient: client is frozen");
        (TrustedState memory trusted, bytes memory raw) = abi.decode(clientMessage, (TrustedState, bytes));
        bytes32 h = consensus[trusted.number].stateHash;
        require(
            h != bytes32(0) && h == keccak256(abi.encode(trusted)),
            "QBFTClient: trusted state is not the one stored for its height"
        );
        (TrustedState memory next, bytes32 stateRoot) = _verify(trusted, raw, uint64(block.timestamp));
        Consensus storage c = consensus[next.number];
        if (c.stateHash != bytes32(0)) {
            bytes32 nh = keccak256(abi.encode(next));
            if (nh != c.stateHash || stateRoot != c.stateRoot) {
                // Two headers of one height, each with a quorum of seals:
                // freeze (without reverting, so the freeze sticks).
                frozen = true;
                emit Frozen(next.number, c.stateHash, nh);
            }
            return;
        }
        _store(next, stateRoot);
    }

    /// @notice Verifies `rawHeader` against `trusted` at time `now` (seconds)
    /// with this client's parameters, without changing state. Reverts with
    /// the failed rule; returns the state that trusts the header and its
    /// state root. The Go client's test vectors are replayed through it.
    function verifyHeader(TrustedState calldata trusted, bytes calldata rawHeader, uint64 now_)
        external
        view
        returns (TrustedState memory next, bytes32 stateRoot)
    {
        return _verify(trusted, rawHeader, now_);
    }

    /// @notice The stored state root, time and trusted-state hash at `number`
    /// (zero when unknown).
    function getConsensus(uint64 number) external view returns (bytes32 stateRoot, uint64 time, bytes32 stateHash) {
        Consensus storage c = consensus[number];
        return (c.stateRoot, c.timestamp, c.stateHash);
    }

    /// @inheritdoc ILightClient
    function verifyMembership(Height calldata height, bytes calldata proof, bytes calldata path, bytes calldata value)
        external
        view
        override
        returns (bool)
    {
        (bool known, bytes32 stateRoot) = _root(height);
        if (!known) return false;
        bytes32 word = value.length == 32 ? bytes32(value) : keccak256(value);
        if (word == bytes32(0)) return false; // a zero word is absence
        (bool accountFound, bool found, bytes32 stored) = _storage(stateRoot, counterpartyHandler, _slot(path), proof);
        return accountFound && found && stored == word;
    }

    /// @inheritdoc ILightClient
    function verifyNonMembership(Height calldata height, bytes calldata proof, bytes calldata path)
        external
        view
        override
        returns (bool)
    {
        (bool known, bytes32 stateRoot) = _root(height);
        if (!known) return false;
        (bool accountFound, bool found,) = _storage(stateRoot, counterpartyHandler, _slot(path), proof);
        return accountFound && !found;
    }

    /// @notice Verifies an eth_getProof proof (in this client's proof format)
    /// of storage `slot` of `account` under `stateRoot` and returns whether
    /// the slot is set and its word. Reverts when the account is not in the
    /// state or a proof does not verify. verifyMembership and
    /// verifyNonMembership use the same code; the Go client's proof vectors
    /// are replayed through it.
    function verifyStorageProof(bytes32 stateRoot, address account, bytes32 slot, bytes calldata proof)
        external
        pure
        returns (bool found, bytes32 word)
    {
        bool accountFound;
        (accountFound, found, word) = _storage(stateRoot, account, slot, proof);
        require(accountFound, "QBFTClient: account is not in the state");
    }

    /// @inheritdoc ILightClient
    function getTimestampAtHeight(Height calldata height) external view override returns (uint64) {
        if (height.revisionNumber != revisionNumber) return 0;
        return consensus[height.revisionHeight].timestamp * 1e9;
    }

    /// @notice The storage slot of an ICS-24 path in the counterparty handler.
    function _slot(bytes calldata path) internal pure returns (bytes32) {
        return keccak256(abi.encode(keccak256(path), uint256(0)));
    }

    // The verified state root at `height`, unless unknown or frozen.
    function _root(Height calldata height) internal view returns (bool known, bytes32 stateRoot) {
        if (frozen || height.revisionNumber != revisionNumber) return (false, 0);
        Consensus storage c = consensus[height.revisionHeight];
        return (c.stateHash != bytes32(0), c.stateRoot);
    }

    // Storage `slot` of `account` under `stateRoot`, proven by
    // abi.encode(bytes[] accountProof, bytes[] storageProof). A stored value
    // must be one RLP string holding a word without leading zeros, as the
    // state trie stores it.
    function _storage(bytes32 stateRoot, address account, bytes32 slot, bytes calldata proof)
        internal
        pure
        returns (bool accountFound, bool found, bytes32 word)
    {
        (bytes[] memory accountProof, bytes[] memory storageProof) = abi.decode(proof, (bytes[], bytes[]));
        bytes32 storageRoot;
        (accountFound, storageRoot) = MPT.storageRoot(stateRoot, account, accountProof);
        if (!accountFound || storageRoot == EMPTY_TRIE_ROOT) return (accountFound, false, 0);
        bytes memory stored;
        (found, stored) = MPT.get(storageRoot, keccak256(abi.encode(slot)), storageProof);
        if (!found) return (true, false, 0);
        (uint256 off, uint256 len, bool list, uint256 next) = RLP.item(stored, 0, stored.length);
        require(!list && next == stored.length, "QBFTClient: stored value is not one RLP string");
        require(len > 0 && len <= 32 && RLP.byteAt(stored, off) != 0, "QBFTClient: stored value is not a canonical word");
        word = bytes32(RLP.load(stored, off, len));
    }

    function _store(TrustedState memory s, bytes32 stateRoot) internal {
        consensus[s.number] = Consensus(stateRoot, keccak256(abi.encode(s)), s.time);
        if (s.number > latestHeight) latestHeight = s.number;
        emit HeaderVerified(s.number, s.hash, stateRoot, s.time);
    }

    // ------------------------------------------------------------------
    // Verification (the Go client's VerifyHeader)

    function _verify(TrustedState memory trusted, bytes memory raw, uint64 now_)
        internal
        view
        returns (TrustedState memory next, bytes32 stateRoot)
    {
        _checkTrusted(trusted);
        require(
            uint256(now_) < uint256(trusted.time) + trustingPeriod, "QBFTClient: trusted state is outside the trusting period"
        );
        Header memory h = _decodeHeader(raw);
        require(h.number > trusted.number, "QBFTClient: header is not above the trusted height");
        require(h.time >= trusted.time, "QBFTClient: header is older than the trusted header");
        require(h.time <= uint64(type(int64).max), "QBFTClient: header timestamp out of range");
        require(uint256(h.time) <= uint256(now_) + maxClockDrift, "QBFTClient: header is from the future");

        // The commit, against the set in the header's own extraData.
        Extra memory x = _decodeExtra(raw, h);
        require(h.difficulty == 1, "QBFTClient: difficulty is not 1");
        require(h.mixHash == MIX_HASH, "QBFTClient: mix hash is not the BFT constant");
        if (encoding == ENCODING_IBFT2) {
            require(h.nonce == 0, "QBFTClient: nonce is not 0");
            require(h.uncleHash == EMPTY_UNCLE_HASH, "QBFTClient: ommers hash is not the empty list hash");
        }
        _checkAscending(x.validators);
        require(_indexOf(x.validators, h.coinbase) != type(uint256).max, "QBFTClient: proposer is not a validator");
        address[] memory signers = _checkSeals(raw, h, x);

        if (h.number == trusted.number + 1) {
            require(h.parentHash == trusted.hash, "QBFTClient: parent hash is not the trusted hash");
            _checkChildValidators(trusted, x.validators);
        } else {
            uint256 got = 0;
            for (uint256 i = 0; i < signers.length; i++) {
                if (_indexOf(trusted.validators, signers[i]) != type(uint256).max) got++;
            }
            require(got >= (trusted.validators.length + 2) / 3, "QBFTClient: fewer than 1/3 of the trusted set sealed");
        }

        next.number = h.number;
        next.hash = _blockHash(raw, h, x);
        next.time = h.time;
        next.validators = x.validators;
        next.vote = x.vote;
        next.voteRecipient = x.voteRecipient;
        stateRoot = h.stateRoot;
    }

    function _checkTrusted(TrustedState memory t) internal pure {
        require(t.hash != bytes32(0), "QBFTClient: trusted state has a zero hash");
        require(t.vote <= VOTE_DROP, "QBFTClient: trusted state has an unknown vote");
        _checkAscending(t.validators);
    }

    // Recovers every seal over the committed-seal digest; signers must be
    // distinct validators and at least ceil(2n/3).
    function _checkSeals(bytes memory raw, Header memory h, Extra memory x) internal view returns (address[] memory signers) {
        bytes32 digest = encoding == ENCODING_QBFT
            ? _hashWithExtra(raw, h, x.listOff, x.sealsStart, hex"c0")
            : _hashWithExtra(raw, h, x.listOff, x.sealsStart, "");
        uint256 n = x.validators.length;
        bool[] memory used = new bool[](n);
        uint256 count = 0;
        uint256 p = x.sealsOff;
        signers = new address[]((x.sealsEnd - x.sealsOff) / 66 + 1);
        while (p < x.sealsEnd) {
            (uint256 off,,, uint256 next) = RLP.item(raw, p, x.sealsEnd); // 65 bytes, checked by _decodeExtra
            uint256 r = RLP.load(raw, off, 32);
            uint256 s = RLP.load(raw, off + 32, 32);
            uint256 v = RLP.byteAt(raw, off + 64);
            require(r != 0 && r < SECP256K1_N && s != 0 && s < SECP256K1_N && v <= 1, "QBFTClient: seal r, s or v out of range");
            address signer = ecrecover(digest, uint8(v + 27), bytes32(r), bytes32(s));
            require(signer != address(0), "QBFTClient: seal does not recover");
            uint256 idx = _indexOf(x.validators, signer);
            require(idx != type(uint256).max, "QBFTClient: seal signer is not a validator");
            require(!used[idx], "QBFTClient: duplicate seal");
            used[idx] = true;
            signers[count++] = signer;
            p = next;
        }
        require(count >= (2 * n + 2) / 3, "QBFTClient: fewer than ceil(2n/3) seals");
        assembly ("memory-safe") {
            mstore(signers, count)
        }
    }

    // An adjacent header keeps the trusted set, or applies the trusted
    // header's vote (never after an epoch block, whose vote Besu ignores).
    function _checkChildValidators(TrustedState memory t, address[] memory vals) internal view {
        if (_equal(vals, t.validators)) return;
        require(t.vote != VOTE_NONE, "QBFTClient: validator set changed without a vote");
        require(
            epochLength == 0 || t.number % epochLength != 0,
            "QBFTClient: validator set changed after an epoch block"
        );
        uint256 idx = _indexOf(t.validators, t.voteRecipient);
        bool found = idx != type(uint256).max;
        if (t.vote == VOTE_ADD) {
            require(!found && vals.length == t.validators.length + 1, "QBFTClient: validator set is not the voted one");
            uint256 j = 0;
            bool added = false;
            for (uint256 i = 0; i < vals.length; i++) {
                if (!added && vals[i] == t.voteRecipient) {
                    added = true;
                    continue;
                }
                require(j < t.validators.length && vals[i] == t.validators[j], "QBFTClient: validator set is not the voted one");
                j++;
            }
            require(added, "QBFTClient: validator set is not the voted one");
        } else {
            require(found && vals.length + 1 == t.validators.length, "QBFTClient: validator set is not the voted one");
            for (uint256 i = 0; i < vals.length; i++) {
                require(vals[i] == t.validators[i < idx ? i : i + 1], "QBFTClient: validator set is not the voted one");
            }
        }
    }

    // ------------------------------------------------------------------
    // Decoding

    function _decodeHeader(bytes memory raw) internal pure returns (Header memory h) {
        (uint256 off,, bool list, uint256 end) = RLP.item(raw, 0, raw.length);
        require(list && end == raw.length, "QBFTClient: header is not one RLP list");
        h.payloadStart = off;
        uint256 p = off;
        uint256 v;
        (h.parentHash, p) = RLP.readBytes32(raw, p, end);
        (h.uncleHash, p) = RLP.readBytes32(raw, p, end);
        (h.coinbase, p) = RLP.readAddress(raw, p, end);
        (h.stateRoot, p) = RLP.readBytes32(raw, p, end);
        p = RLP.skipFixed(raw, p, end, 32); // transactions root
        p = RLP.skipFixed(raw, p, end, 32); // receipts root
        p = RLP.skipFixed(raw, p, end, 256); // logs bloom
        (h.difficulty, p) = _readBig(raw, p, end);
        (v, p) = RLP.readUint(raw, p, end, 8);
        h.number = uint64(v);
        (, p) = RLP.readUint(raw, p, end, 8); // gas limit
        (, p) = RLP.readUint(raw, p, end, 8); // gas used
        (v, p) = RLP.readUint(raw, p, end, 8);
        h.time = uint64(v);
        h.extraStart = p;
        (h.extraOff, h.extraLen, list, p) = RLP.item(raw, p, end);
        require(!list, "QBFTClient: extraData is a list");
        h.extraEnd = p;
        (h.mixHash, p) = RLP.readBytes32(raw, p, end);
        {
            (uint256 nOff, uint256 nLen, bool nList, uint256 nNext) = RLP.item(raw, p, end);
            require(!nList && nLen == 8, "QBFTClient: nonce is not 8 bytes");
            h.nonce = uint64(RLP.load(raw, nOff, 8));
            p = nNext;
        }
        // Optional fields, in fork order: base fee, withdrawals root, blob
        // gas used, excess blob gas, parent beacon root, requests hash,
        // block access list hash, slot number.
        if (p < end) p = RLP.skipBigUint(raw, p, end);
        if (p < end) p = RLP.skipFixed(raw, p, end, 32);
        if (p < end) (, p) = RLP.readUint(raw, p, end, 8);
        if (p < end) (, p) = RLP.readUint(raw, p, end, 8);
        if (p < end) p = RLP.skipFixed(raw, p, end, 32);
        if (p < end) p = RLP.skipFixed(raw, p, end, 32);
        if (p < end) p = RLP.skipFixed(raw, p, end, 32);
        if (p < end) (, p) = RLP.readUint(raw, p, end, 8);
        require(p == end, "QBFTClient: header has unknown trailing fields");
    }

    // A canonical big integer; values wider than 32 bytes read as 2 (only
    // "is it 1" matters for the difficulty).
    function _readBig(bytes memory raw, uint256 p, uint256 end) internal pure returns (uint256 v, uint256 next) {
        (uint256 off, uint256 len, bool list, uint256 n) = RLP.item(raw, p, end);
        require(!list && (len == 0 || RLP.byteAt(raw, off) != 0), "QBFTClient: difficulty is not a canonical integer");
        return (len > 32 ? 2 : RLP.load(raw, off, len), n);
    }

    // Decodes the BFT extraData, accepting only Besu's canonical form for
    // the chain's encoding.
    function _decodeExtra(bytes memory raw, Header memory h) internal view returns (Extra memory x) {
        require(h.extraLen > 0, "QBFTClient: extraData is empty");
        uint256 xEnd = h.extraOff + h.extraLen;
        (uint256 off,, bool list, uint256 next) = RLP.item(raw, h.extraOff, xEnd);
        require(list && next == xEnd, "QBFTClient: extraData is not one RLP list");
        x.listOff = off;
        uint256 p = RLP.skipFixed(raw, off, xEnd, 32); // vanity
        // validators
        {
            (uint256 vOff, uint256 vLen, bool vList, uint256 vNext) = RLP.item(raw, p, xEnd);
            require(vList, "QBFTClient: extraData validators is not a list");
            uint256 vEnd = vOff + vLen;
            uint256 count = 0;
            for (uint256 q = vOff; q < vEnd; count++) {
                q = RLP.skipFixed(raw, q, vEnd, 20);
            }
            x.validators = new address[](count);
            uint256 q2 = vOff;
            for (uint256 i = 0; i < count; i++) {
                (x.validators[i], q2) = RLP.readAddress(raw, q2, vEnd);
            }
            p = vNext;
        }
        // vote
        {
            (uint256 vOff, uint256 vLen, bool vList, uint256 vNext) = RLP.item(raw, p, xEnd);
            bool absent = vLen == 0 && (encoding == ENCODING_QBFT ? vList : !vList);
            if (!absent) {
                require(vList, "QBFTClient: extraData vote is not a list");
                uint256 vEnd = vOff + vLen;
                uint256 q;
                (x.voteRecipient, q) = RLP.readAddress(raw, vOff, vEnd);
                (uint256 tOff, uint256 tLen, bool tList, uint256 tNext) = RLP.item(raw, q, vEnd);
                require(!tList && tNext == vEnd, "QBFTClient: extraData vote type");
                uint256 t = tLen == 1 ? RLP.byteAt(raw, tOff) : 256;
                if (tLen == 1 && t == 0xff) {
                    x.vote = VOTE_ADD;
                } else if (encoding == ENCODING_QBFT ? tLen == 0 : (tLen == 1 && t == 0)) {
                    x.vote = VOTE_DROP;
                } else {
                    revert("QBFTClient: extraData vote type is neither add nor drop");
                }
            }
            p = vNext;
        }
        // round
        {
            x.roundStart = p;
            (uint256 rOff, uint256 rLen, bool rList, uint256 rNext) = RLP.item(raw, p, xEnd);
            require(!rList, "QBFTClient: extraData round is a list");
            if (encoding == ENCODING_QBFT) {
                require(rLen <= 4 && (rLen == 0 || RLP.byteAt(raw, rOff) != 0), "QBFTClient: round is not a minimal scalar");
            } else {
                require(rLen == 4, "QBFTClient: round is not 4 bytes");
            }
            require(RLP.load(raw, rOff, rLen) <= 0x7fffffff, "QBFTClient: round out of range");
            p = rNext;
        }
        // seals
        {
            x.sealsStart = p;
            (uint256 sOff, uint256 sLen, bool sList, uint256 sNext) = RLP.item(raw, p, xEnd);
            require(sList, "QBFTClient: extraData seals is not a list");
            x.sealsOff = sOff;
            x.sealsEnd = sOff + sLen;
            for (uint256 q = sOff; q < x.sealsEnd;) {
                q = RLP.skipFixed(raw, q, x.sealsEnd, 65);
            }
            p = sNext;
        }
        require(p == xEnd, "QBFTClient: extraData has items after the seals");
    }

    // Besu's block hash: QBFT with round 0 and an empty seal list; IBFT 2.0
    // without round and seals.
    function _blockHash(bytes memory raw, Header memory h, Extra memory x) internal view returns (bytes32) {
        if (encoding == ENCODING_QBFT) return _hashWithExtra(raw, h, x.listOff, x.roundStart, hex"80c0");
        return _hashWithExtra(raw, h, x.listOff, x.roundStart, "");
    }

    // keccak256 of the header with its extraData replaced by the list whose
    // payload is raw[listOff:cut] followed by tail.
    function _hashWithExtra(bytes memory raw, Header memory h, uint256 listOff, uint256 cut, bytes memory tail)
        internal
        pure
        returns (bytes32)
    {
        bytes memory extraPayload = bytes.concat(RLP.slice(raw, listOff, cut - listOff), tail);
        bytes memory extra = bytes.concat(RLP.prefix(extraPayload.length, 0xc0), extraPayload);
        bytes memory payload = bytes.concat(
            RLP.slice(raw, h.payloadStart, h.extraStart - h.payloadStart),
            RLP.prefix(extra.length, 0x80),
            extra,
            RLP.slice(raw, h.extraEnd, raw.length - h.extraEnd)
        );
        return keccak256(bytes.concat(RLP.prefix(payload.length, 0xc0), payload));
    }

    // ------------------------------------------------------------------
    // Validator sets

    function _checkAscending(address[] memory vals) internal pure {
        require(vals.length > 0, "QBFTClient: no validators");
        for (uint256 i = 1; i < vals.length; i++) {
            require(vals[i - 1] < vals[i], "QBFTClient: validators are not strictly ascending");
        }
    }

    // Index of a in the ascending list vals, or type(uint256).max.
    function _indexOf(address[] memory vals, address a) internal pure returns (uint256) {
        uint256 lo = 0;
        uint256 hi = vals.length;
        while (lo < hi) {
            uint256 mid = (lo + hi) / 2;
            address m = vals[mid];
            if (m == a) return mid;
            if (m < a) lo = mid + 1;
            else hi = mid;
        }
        return type(uint256).max;
    }

    function _equal(address[] memory a, address[] memory b) internal pure returns (bool) {
        if (a.length != b.length) return false;
        for (uint256 i = 0; i < a.length; i++) {
            if (a[i] != b[i]) return false;
        }
        return true;
    }
}

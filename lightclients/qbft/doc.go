// Package qbft is Causeway's light client for Hyperledger Besu / Quorum
// alliance chains that run QBFT or IBFT 2.0 consensus.
//
// It verifies headers exactly as a Besu node imports them: the BFT extraData
// RLP([vanity, validators, vote, round, seals]) is decoded with the encoding
// of the chain's protocol (QBFT and IBFT 2.0 encode an absent vote and the
// round differently), every committed seal is recovered over Besu's
// committed-seal digest, the recovered signers must be distinct members of
// the validator set listed in the header's extraData and number at least
// ceil(2n/3) of them. A light client that is not importing every block also
// has to decide whether it may trust a header's validator set at all; see
// Verify for the rules (the adjacent rule follows Besu's vote tally, the
// skipping rule requires at least ceil(n/3) of the trusted set).
//
// Which set seals which block: Besu writes into block N's extraData the
// validator set that seals block N itself (getValidatorsAfterBlock(N-1), the
// set BftCommitSealsValidationRule checks N's seals against); the vote in
// block N can change the set only from block N+1 on. Verify follows that
// rule, so a block right after a validator was removed is accepted with a
// quorum of the smaller set.
//
// Trusted state is a small struct (TrustedState) that serializes to JSON so
// the relayer can keep it in its light-client KV bucket. Merkle-Patricia
// account and storage proofs are checked against the state root of a
// verified header (proof.go) with lightclients/ethereum's proof code, and
// CheckMisbehaviour turns two verified headers of one height into evidence.
//
// The package is pure verification: it takes bytes, trusted state and the
// current time, and returns a verdict. It must never do network or disk I/O,
// never read the system clock, and never import other Causeway packages
// (except lightclients/ethereum). Test helpers that seal headers with known
// keys live in the qbfttest sub-package.
package qbft

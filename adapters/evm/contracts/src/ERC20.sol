// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.28;

/// @title Minimal ERC-20
/// @notice The ERC-20 behaviour shared by ICS-20 vouchers and the test token.
abstract contract ERC20 {
    string public name;
    string public symbol;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    constructor(string memory name_, string memory symbol_) {
        name = name_;
        symbol = symbol_;
    }

    /// @notice Decimals for display only; IBC amounts are integers of the base denom.
    function decimals() public pure virtual returns (uint8) {
        return 0;
    }

    /// @notice Moves `value` from the caller to `to`.
    function transfer(address to, uint256 value) external returns (bool) {
        _transfer(msg.sender, to, value);
        return true;
    }

    /// @notice Lets `spender` move up to `value` of the caller's tokens.
    function approve(address spender, uint256 value) external returns (bool) {
        allowance[msg.sender][spender] = value;
        emit Approval(msg.sender, spender, value);
        return true;
    }

    /// @notice Moves `value` from `from` to `to` against the caller's allowance.
    function transferFrom(address from, address to, uint256 value) external returns (bool) {
        uint256 allowed = allowance[from][msg.sender];
        if (allowed != type(uint256).max) {
            require(allowed >= value, "ERC20: insufficient allowance");
            allowance[from][msg.sender] = allowed - value;
        }
        _transfer(from, to, value);
        return true;
    }

    function _transfer(address from, address to, uint256 value) internal {
        require(to != address(0), "ERC20: transfer to the zero address");
        uint256 bal = balanceOf[from];
        require(bal >= value, "ERC20: insufficient balance");
        unchecked {
            balanceOf[from] = bal - value;
        }
        balanceOf[to] += value;
        emit Transfer(from, to, value);
    }

    function _mint(address to, uint256 value) internal {
        require(to != address(0), "ERC20: mint to the zero address");
        totalSupply += value;
        balanceOf[to] += value;
        emit Transfer(address(0), to, value);
    }

    function _burn(address from, uint256 value) internal {
        uint256 bal = balanceOf[from];
        require(bal >= value, "ERC20: burn exceeds balance");
        unchecked {
            balanceOf[from] = bal - value;
            totalSupply -= value;
        }
        emit Transfer(from, address(0), value);
    }
}

/// @title ICS-20 voucher
/// @notice The ERC-20 minted for an incoming IBC denom; only the transfer app
/// that created it may mint and burn. `name` is the full denom trace
/// ("{port}/{channel}/.../{base}").
contract Voucher is ERC20 {
    /// @notice The ICS-20 app allowed to mint and burn.
    address public immutable minter;

    constructor(string memory denomTrace) ERC20(denomTrace, "IBC") {
        minter = msg.sender;
    }

    /// @notice Mints `value` to `to`; minter only.
    function mint(address to, uint256 value) external {
        require(msg.sender == minter, "Voucher: caller is not the minter");
        _mint(to, value);
    }

    /// @notice Burns `value` from `from`; minter only.
    function burn(address from, uint256 value) external {
        require(msg.sender == minter, "Voucher: caller is not the minter");
        _burn(from, value);
    }
}

/// @title Test token
/// @notice A plain ERC-20 with a fixed supply minted to the deployer, for
/// tests, benchmarks and the devnet demo. Not used by the protocol.
contract TestToken is ERC20 {
    constructor(string memory name_, string memory symbol_, uint256 supply) ERC20(name_, symbol_) {
        _mint(msg.sender, supply);
    }
}

// compile.js: compiles Causeway's Solidity with solc-js (standard JSON) and
// writes one artifact per contract plus the combined JSON abigen reads.
// Usage: node compile.js SOLC_MODULE_DIR SRC_DIR OUT_DIR
// Called by scripts/gen-contracts.sh; do not run by hand.
'use strict';
const fs = require('fs');
const path = require('path');

const [solcDir, srcDir, outDir] = process.argv.slice(2);
const solc = require(path.join(solcDir, 'node_modules', 'solc'));

// The contracts that get Go bindings (libraries, interfaces and abstract
// bases are compiled into them).
const BOUND = ['IBCHandler', 'AttestationClient', 'QBFTClient', 'ICS20Transfer', 'Voucher', 'TestToken'];

const sources = {};
for (const f of fs.readdirSync(srcDir).filter((f) => f.endsWith('.sol')).sort()) {
  sources['src/' + f] = { content: fs.readFileSync(path.join(srcDir, f), 'utf8') };
}
const input = {
  language: 'Solidity',
  sources,
  settings: {
    optimizer: { enabled: true, runs: 200 },
    evmVersion: 'cancun',
    viaIR: true,
    metadata: { bytecodeHash: 'none' },
    outputSelection: { '*': { '*': ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
  },
};
const out = JSON.parse(solc.compile(JSON.stringify(input)));
let failed = false;
for (const e of out.errors || []) {
  process.stderr.write(e.formattedMessage + '\n');
  if (e.severity === 'error') failed = true;
}
if (failed) process.exit(1);

fs.mkdirSync(outDir, { recursive: true });
const combined = { contracts: {}, version: solc.version() };
for (const [file, contracts] of Object.entries(out.contracts)) {
  for (const [name, c] of Object.entries(contracts)) {
    if (!BOUND.includes(name)) continue;
    const artifact = {
      contractName: name,
      sourceName: file,
      compiler: 'solc ' + solc.version(),
      abi: c.abi,
      bytecode: '0x' + c.evm.bytecode.object,
      deployedBytecode: '0x' + c.evm.deployedBytecode.object,
    };
    fs.writeFileSync(path.join(outDir, name + '.json'), JSON.stringify(artifact, null, 2) + '\n');
    combined.contracts[file + ':' + name] = {
      abi: c.abi,
      bin: c.evm.bytecode.object,
      'bin-runtime': c.evm.deployedBytecode.object,
    };
  }
}
for (const name of BOUND) {
  if (!fs.existsSync(path.join(outDir, name + '.json'))) {
    process.stderr.write('compile.js: contract ' + name + ' not found in the sources\n');
    process.exit(1);
  }
}
fs.writeFileSync(path.join(outDir, 'combined.json'), JSON.stringify(combined, null, 2) + '\n');

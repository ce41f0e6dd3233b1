#!/usr/bin/env node
// The package's bin: runs the TypeScript CLI through tsx, so the CLI needs no build step.
const path = require('node:path');
process.env.TSX_TSCONFIG_PATH = path.join(__dirname, '..', 'tsconfig.node.json');
require('tsx/cjs');
const { runCli } = require('../src/main/cli/index.ts');
runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});

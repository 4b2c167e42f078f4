#!/usr/bin/env node
'use strict';
// The `tracelens` command. The CLI is bundled into dist/electron/cli.cjs by
// `npm run build`; say so plainly when it has not been built yet.
const path = require('node:path');
const fs = require('node:fs');
const cli = path.join(__dirname, '..', 'dist', 'electron', 'cli.cjs');
if (!fs.existsSync(cli)) {
  console.error('tracelens: the CLI is not built yet. Run `npm run build` in ' + path.join(__dirname, '..'));
  process.exit(2);
}
require(cli).runCli(process.argv).catch((err) => {
  console.error('tracelens: ' + (err && err.message ? err.message : String(err)));
  process.exitCode = 2;
});

'use strict';
// Where the Electron binary is, or why there is none (it is downloaded by
// electron's install script, which build machines skip with
// ELECTRON_SKIP_BINARY_DOWNLOAD=1).
const { existsSync } = require('node:fs');

function findElectronBinary() {
  try {
    const path = require('electron');
    if (typeof path === 'string' && existsSync(path)) return { path, reason: null };
    return { path: null, reason: `the Electron binary is missing (${path})` };
  } catch (err) {
    return { path: null, reason: `the Electron binary is not installed (${String((err && err.message) || err).split('\n')[0]})` };
  }
}

module.exports = { findElectronBinary };

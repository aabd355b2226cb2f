// node:child_process for commander, which requires it as it loads — for subcommands that are separate
// executables, which bab4 has none of — loaded only when something of it is used (scripts/bundle.mjs).
let childProcess;
module.exports = new Proxy(
  {},
  {
    get(_target, key) {
      childProcess ??= require('node:child_process');
      return childProcess[key];
    },
  },
);

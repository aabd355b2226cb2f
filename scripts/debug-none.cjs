// The `debug` package as bab4's bundle sees it: loggers that are never enabled. Only stdlib's
// gammaincinv uses it (a warning nobody reads unless DEBUG names it), and loading the real one on
// Node pulls in tty and net at every start (≈ 3 ms).
'use strict';
function createDebug(namespace) {
  const log = () => undefined;
  log.enabled = false;
  log.namespace = namespace;
  log.extend = (sub) => createDebug(`${namespace}:${sub}`);
  return log;
}
createDebug.enabled = () => false;
createDebug.enable = () => undefined;
createDebug.disable = () => '';
module.exports = createDebug;
module.exports.default = createDebug;

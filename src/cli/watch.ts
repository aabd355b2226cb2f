/** `bab4 watch`: the CLI side (options, Ctrl+C) of src/watch. */
import path from 'node:path';
import { checkConfigPath } from '../config/load.js';
import { UsageError } from '../errors.js';
import { msg } from '../messages/catalog.js';
import { startWatch } from '../watch/index.js';

export function parsePort(raw: string): number {
  const port = /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  if (!(Number.isInteger(port) && port >= 0 && port <= 65535)) throw new UsageError(msg('id', 'watchPort', { port: raw }));
  return port;
}

export async function runWatch(opts: { config: string; out?: string; serve?: boolean; port: string }): Promise<number> {
  const port = parsePort(opts.port);
  const config = path.resolve(opts.config);
  checkConfigPath(config);
  const watch = startWatch({ config, out: opts.out, serve: opts.serve, port });
  await watch.ready;
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await watch.close();
  return 0;
}

import { UsageError } from '../errors.js';

export async function runWatch(_opts: { config: string; out?: string; serve?: boolean; port: string }): Promise<number> {
  throw new UsageError('watch is not available yet');
}

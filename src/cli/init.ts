import { UsageError } from '../errors.js';

export async function runInit(_dir: string, _opts: { data?: string; templates?: boolean }): Promise<number> {
  throw new UsageError('init is not available yet');
}

/**
 * Captures what the CLI writes to stdout and stderr during each test (main() is run in-process).
 * `const io = captureConsole();` then read `io.out` / `io.err`; `io.clear()` empties both.
 */
import { afterEach, beforeEach, vi } from 'vitest';

export interface Captured {
  out: string;
  err: string;
  clear(): void;
}

export function captureConsole(): Captured {
  const io: Captured = {
    out: '',
    err: '',
    clear() {
      io.out = '';
      io.err = '';
    },
  };
  beforeEach(() => {
    io.clear();
    vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => ((io.err += String(s)), true));
    vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => ((io.out += String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());
  return io;
}

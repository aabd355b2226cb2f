/**
 * bab4's WebAssembly modules: each stored module (a .generated.ts) is its .wat as wabt assembles it
 * today, written as scripts/wasm.ts writes it — so a change to a .wat cannot ship without its bytes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemble, generated, MODULES } from '../../scripts/wasm.js';
import { BOOTSTRAP_KERNEL_WASM } from '../../src/stats/bootstrap-kernel.generated.js';
import { DEFLATE_KERNEL_WASM } from '../../src/docx/deflate-kernel.generated.js';

const stored: Record<string, string> = { BOOTSTRAP_KERNEL_WASM, DEFLATE_KERNEL_WASM };

describe('generated WebAssembly', () => {
  for (const m of MODULES) {
    it(`${m.name}: the bytes of ${m.wat.split('/').pop()}, in the file the script writes`, async () => {
      const bytes = await assemble(m);
      expect(Buffer.from(stored[m.name], 'base64').equals(bytes)).toBe(true);
      expect(readFileSync(m.target, 'utf8')).toBe(generated(m, bytes));
    });
  }
});

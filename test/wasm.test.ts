/** src/wasm.ts: a module instantiated from base64 with its imports; memory grown only when too small. */
import { describe, expect, it } from 'vitest';
import { ensureMemory, instantiate, type WasmMemory } from '../src/wasm.js';
import { DEFLATE_KERNEL_WASM } from '../src/docx/deflate-kernel.generated.js';

describe('wasm helpers', () => {
  it('instantiates a module with its imports, and grows its memory by whole pages when needed', () => {
    const exports = instantiate(DEFLATE_KERNEL_WASM, { deflate: { block: () => undefined } });
    expect(typeof exports.lz).toBe('function');
    const memory = exports.memory as WasmMemory;
    const before = memory.buffer.byteLength;
    ensureMemory(memory, before - 1);
    expect(memory.buffer.byteLength).toBe(before);
    ensureMemory(memory, before + 1);
    expect(memory.buffer.byteLength).toBe(before + 65536);
    ensureMemory(memory, before + 3 * 65536 + 5);
    expect(memory.buffer.byteLength).toBe(before + 4 * 65536);
  });

  it('refuses a module whose imports are missing', () => {
    expect(() => instantiate(DEFLATE_KERNEL_WASM)).toThrow();
  });
});

/**
 * bab4's WebAssembly modules (the .wat files of src/, assembled by scripts/wasm.ts into base64 in a
 * .generated.ts beside each): an instance made from the bytes, and memory grown to what a call needs.
 * Node's WebAssembly is a global whose types are not in @types/node: what bab4 uses of it is here.
 */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
}

/** An exported memory. */
export interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

/** The exports of a module given as base64, instantiated with `imports` (compiled as it loads). */
export function instantiate(base64: string, imports: object = {}): Record<string, unknown> {
  const { Module, Instance } = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
  return new Instance(new Module(Buffer.from(base64, 'base64')), imports).exports;
}

/** Grows `memory` (by 64 KiB pages) to at least `bytes`; its buffer is then a new one. */
export function ensureMemory(memory: WasmMemory, bytes: number): void {
  const have = memory.buffer.byteLength;
  if (have < bytes) memory.grow(Math.ceil((bytes - have) / 65536));
}

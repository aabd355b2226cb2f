/**
 * Turns cells into typed columns as rows stream in, collecting every violation with its row and column.
 * Shared by the CSV and XLSX readers so that both check the data the same way.
 */
import type { Config } from '../config/types.js';
import { InputError, MAX_PROBLEMS, type Problem } from '../errors.js';
import { LIMITS } from '../limits.js';
import { msg } from '../messages/catalog.js';
import { clipList } from '../messages/clip.js';
import { columnNeeds, resolveHeader, squash, type ColumnNeed } from './plan.js';
import { isMissing, parseNumber, parseWhole } from './numbers.js';
import type { Column, Dataset, Numbers } from './dataset.js';

/** The cells of one data row: a CSV record view, or an XLSX row (see ArrayCells). */
export interface CellView {
  readonly count: number;
  text(i: number): string;
  /** A whole number 0–99 read without building a string, or −1. */
  smallInt(i: number): number;
  /** The cell's native value when the source has types (XLSX numbers). */
  native?(i: number): string | number | null;
  /** A plain decimal read without building a string, exactly Number(text); NaN: parse the text (RecordView). */
  plainNumber?(i: number, integerOnly: boolean): number;
  /** Raw-byte identity of a cell, for interning repeated text answers without building strings (RecordView). */
  fieldHash?(i: number): number;
  fieldEquals?(i: number, bytes: Uint8Array, quoted: boolean): boolean;
  fieldRaw?(i: number): { bytes: Uint8Array; quoted: boolean };
}

/** A row of typed cells (XLSX) as a CellView. */
export class ArrayCells implements CellView {
  constructor(private readonly cells: (string | number | null)[]) {}
  get count(): number {
    return this.cells.length;
  }
  text(i: number): string {
    const c = this.cells[i];
    return c === null || c === undefined ? '' : String(c);
  }
  smallInt(i: number): number {
    const c = this.cells[i];
    return typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= 99 ? c : -1;
  }
  native(i: number): string | number | null {
    return this.cells[i] ?? null;
  }
}

/** At most this many problems are reported (the total is still counted). */
export { MAX_PROBLEMS };

/**
 * How Likert answers are held: the smallest integer array holding every point of the scale (a byte
 * per answer for any usual scale), with a value below the scale meaning "missing"; a scale beyond
 * 16 bits in Float64Arrays with NaN.
 */
interface ItemStore {
  make(length: number): Numbers;
  missing: number;
  min: number;
  max: number;
}

function itemStore(scale: { min: number; max: number }): ItemStore {
  const { min, max } = scale;
  if (min > -128 && max <= 127) return { make: (length) => new Int8Array(length), missing: -128, min, max };
  if (min > -32768 && max <= 32767) return { make: (length) => new Int16Array(length), missing: -32768, min, max };
  return { make: (length) => new Float64Array(length), missing: NaN, min, max };
}

/** Rows per storage chunk: a column grows chunk by chunk, never by copying what was read. */
const CHUNK_BITS = 14;
const CHUNK = 1 << CHUNK_BITS;
const MASK = CHUNK - 1;

const ITEM = 0;
const NUMBER = 1;
const TEXT = 2;

/** One raw form of a text cell seen before: its bytes (CSV) and what it became. */
interface RawText {
  bytes: Uint8Array;
  quoted: boolean;
  code: number;
  missing: boolean;
}

/**
 * The distinct answers of a text column, each stored once: every cell becomes a code into
 * `values` (trimmed text; '' for a missing cell). A CSV cell is looked up by its raw bytes, so a
 * repeated answer costs no string at all; other sources by their text.
 */
class TextLevels {
  readonly values: string[] = [];
  private readonly byValue = new Map<string, number>();
  private readonly byHash = new Map<number, RawText[]>();
  private readonly byText = new Map<string, RawText>();

  /** Cell `idx` of `cells`: its code and whether it is missing. */
  lookup(cells: CellView, idx: number): RawText {
    if (idx >= cells.count) return this.fromText('');
    if (cells.fieldHash === undefined) return this.fromText(cells.text(idx));
    const h = cells.fieldHash(idx);
    let list = this.byHash.get(h);
    if (list !== undefined) {
      for (const r of list) if (cells.fieldEquals!(idx, r.bytes, r.quoted)) return r;
    } else this.byHash.set(h, (list = []));
    const { bytes, quoted } = cells.fieldRaw!(idx);
    const entry = { ...this.make(cells.text(idx)), bytes, quoted };
    list.push(entry);
    return entry;
  }

  /** The code of text that was stored without being read from a cell (a cell already reported). */
  code(value: string): number {
    let code = this.byValue.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.byValue.set(value, code);
    }
    return code;
  }

  private fromText(t: string): RawText {
    let entry = this.byText.get(t);
    if (entry === undefined) this.byText.set(t, (entry = { ...this.make(t), bytes: new Uint8Array(0), quoted: false }));
    return entry;
  }

  private make(t: string): { code: number; missing: boolean } {
    const missing = isMissing(t);
    return { code: this.code(missing ? '' : t.trim()), missing };
  }
}

interface Slot {
  need: ColumnNeed;
  kind: typeof ITEM | typeof NUMBER | typeof TEXT;
  index: number;
  header: string;
  /** Numbers (items: see ItemStore; numeric columns: Float64Array, NaN missing), CHUNK rows each. */
  num: Numbers[];
  /** Codes into `levels` (text columns), CHUNK rows each. */
  codes: Int32Array[];
  levels?: TextLevels;
}

export class Collector {
  private readonly slots: Slot[];
  private readonly problems: Problem[] = [];
  private total = 0;
  private n = 0;
  private readonly words = new Map<string, number>();
  private readonly missingAllowed: boolean;
  private anyMissing = false;
  /** Per slot the chunk being filled (numbers, or codes for text slots). */
  private readonly numOut: Numbers[] = [];
  private readonly items: ItemStore;
  private readonly codeOut: Int32Array[] = [];

  constructor(
    private readonly config: Config,
    private readonly file: string,
    readonly header: string[],
    private readonly groupDots: boolean,
  ) {
    const lang = config.language;
    const problems: Problem[] = [];
    if (header.length > LIMITS.columns) throw new InputError(lang, [{ file, line: 1, message: msg(lang, 'limitColumns', { limit: LIMITS.columns }) }]);
    // A header that appears twice is a problem only when the config uses it (Google Forms repeats titles).
    const seen = new Set<string>();
    const dups = new Set<string>();
    for (const h of header) {
      if (h === '') continue;
      if (seen.has(h)) dups.add(h);
      else seen.add(h);
    }
    this.slots = [];
    let listed = false;
    for (const need of columnNeeds(config)) {
      const index = resolveHeader(need.name, header, config.columns);
      if (index < 0) {
        // The file's headers are listed once, in the first missing-column problem, and at most 8 of them.
        const available = listed ? '' : clipList(header, 8, 30);
        listed = true;
        problems.push({ file, line: 1, column: need.name, message: msg(lang, 'dataMissingColumn', { column: need.name, key: need.key, available }) });
        continue;
      }
      if (dups.has(header[index])) {
        problems.push({ file, line: 1, column: header[index], message: msg(lang, 'dataDuplicateHeader', { column: header[index] }) });
        continue;
      }
      const kind = need.kind === 'text' ? TEXT : need.kind === 'item' ? ITEM : NUMBER;
      this.slots.push({ need, kind, index, header: header[index], num: [], codes: [], ...(kind === TEXT ? { levels: new TextLevels() } : {}) });
    }
    if (problems.length) throw new InputError(lang, problems);
    this.items = itemStore(config.scale);
    const none = new Float64Array(0);
    const noCodes = new Int32Array(0);
    for (let s = 0; s < this.slots.length; s++) {
      this.numOut.push(none);
      this.codeOut.push(noCodes);
    }
    config.scale.labels.forEach((label, i) => this.words.set(squash(label), config.scale.min + i));
    this.missingAllowed = config.missing === 'listwise';
  }

  /** Respondents read so far. */
  get rows(): number {
    return this.n;
  }

  /**
   * Adds one data row, given as a view over its cells (a CSV record or an XLSX row). Only the
   * configured columns are read; a Likert answer of one or two digits and a plain number are taken
   * straight from the bytes, a repeated text answer is found by its bytes (no string is built).
   * Columns in `reported` already have a problem (cellProblem) and are not checked again.
   */
  add(cells: CellView, line: number, reported?: ReadonlySet<number>): void {
    const r = this.n;
    const at = r & MASK;
    const slots = this.slots;
    if (at === 0) {
      for (let s = 0; s < slots.length; s++) {
        const slot = slots[s];
        if (slot.kind === TEXT) slot.codes.push((this.codeOut[s] = new Int32Array(CHUNK)));
        else slot.num.push((this.numOut[s] = slot.kind === ITEM ? this.items.make(CHUNK) : new Float64Array(CHUNK)));
      }
    }
    const count = cells.count;
    if (count !== this.header.length) {
      this.total++;
      if (this.problems.length < MAX_PROBLEMS) {
        this.problems.push({ file: this.file, line, row: r + 1, message: msg(this.config.language, 'dataFieldCount', { count, expected: this.header.length }) });
      }
    }
    const { min, max } = this.config.scale;
    const numOut = this.numOut;
    for (let s = 0; s < slots.length; s++) {
      const slot = slots[s];
      const idx = slot.index;
      if (reported !== undefined && reported.has(idx)) {
        if (slot.kind === TEXT) this.codeOut[s][at] = slot.levels!.code('');
        else numOut[s][at] = slot.kind === ITEM ? this.items.missing : NaN;
        continue;
      }
      if (slot.kind === TEXT) {
        const entry = slot.levels!.lookup(cells, idx);
        this.codeOut[s][at] = entry.code;
        if (entry.missing) this.onMissing(r, line, slot);
        continue;
      }
      // The common cases first: a Likert answer of one or two digits on the scale, a plain number.
      if (idx < count) {
        if (slot.kind === ITEM) {
          const v = cells.smallInt(idx);
          if (v >= min && v <= max && v >= 0) {
            numOut[s][at] = v;
            continue;
          }
        } else if (cells.plainNumber !== undefined) {
          const v = cells.plainNumber(idx, this.groupDots);
          if (v === v) {
            numOut[s][at] = v;
            continue;
          }
        }
      }
      const v = this.parse(cells, idx, slot, r, line);
      // An item that is missing (or wrong, and reported: the build stops) is held as the store's "missing".
      numOut[s][at] = slot.kind === ITEM && !(v >= this.items.min && v <= this.items.max) ? this.items.missing : v;
    }
    this.n++;
  }

  /** Any other cell of an item or numeric column: parsed from its text, every problem reported. */
  private parse(cells: CellView, idx: number, slot: Slot, r: number, line: number): number {
    const { scale, language: lang } = this.config;
    const count = cells.count;
    const item = slot.kind === ITEM;
    let v = idx < count ? cells.smallInt(idx) : -1;
    if (v < 0) {
      const native = cells.native?.(idx);
      if (typeof native === 'number') v = native;
      else {
        const plain = idx < count && cells.plainNumber !== undefined ? cells.plainNumber(idx, item || this.groupDots) : NaN;
        if (plain === plain) v = plain;
        else {
          const t = idx < count ? cells.text(idx) : '';
          if (isMissing(t)) {
            this.onMissing(r, line, slot);
            return NaN;
          }
          // A Likert answer is a whole number read from its text (never via a rounded double).
          if (item) v = parseWhole(t, this.groupDots);
          else v = parseNumber(t, this.groupDots);
          if (item && Number.isNaN(v)) v = this.words.get(squash(t)) ?? NaN;
          if (Number.isNaN(v)) {
            this.report(r, line, slot, msg(lang, item ? 'dataNotItem' : 'dataNotNumber', { value: t, min: scale.min, max: scale.max }));
            return NaN;
          }
        }
      }
    }
    if (item && !(Number.isInteger(v) && v >= scale.min && v <= scale.max)) {
      this.report(r, line, slot, msg(lang, 'dataNotItem', { value: String(idx < count ? cells.native?.(idx) ?? cells.text(idx) : v), min: scale.min, max: scale.max }));
    } else if (!Number.isFinite(v)) {
      // 1e309 overflows to Infinity: echo what the cell says, not "Infinity".
      this.report(r, line, slot, msg(lang, 'dataNotNumber', { value: idx < count ? cells.text(idx) : String(v) }));
    }
    return v;
  }

  /** The 0-based columns of the data file that the config uses. */
  usedColumns(): number[] {
    return this.slots.map((s) => s.index);
  }

  /**
   * A problem in a cell that the reader found (an XLSX formula without a result, a merged cell, a
   * cell over the length limit), in the row about to be added (line = the file's row or line).
   */
  cellProblem(line: number, column: number, message: string): void {
    this.total++;
    if (this.problems.length < MAX_PROBLEMS) {
      const header = this.header[column];
      this.problems.push({ file: this.file, line, row: this.n + 1, ...(header === undefined ? {} : { column: header }), message });
    }
  }

  /**
   * Finishes: throws InputError with every violation, or returns the Dataset (after listwise
   * deletion). Each column is assembled from its chunks at its exact length, and its chunks are
   * released before the next column is assembled, so the peak is the data plus one column.
   */
  finish(): Dataset {
    const lang = this.config.language;
    if (this.total > 0) throw new InputError(lang, this.problems, this.total);
    const n = this.n;
    if (n === 0) throw new InputError(lang, [{ file: this.file, message: msg(lang, 'dataEmpty') }]);
    let keep: Int32Array | undefined;
    if (this.anyMissing) {
      const ok = new Uint8Array(n).fill(1);
      for (const s of this.slots) {
        if (s.kind === TEXT) {
          const empty = s.levels!.code('');
          for (let i = 0; i < n; i++) if (s.codes[i >>> CHUNK_BITS][i & MASK] === empty) ok[i] = 0;
        } else {
          const missing = s.kind === ITEM ? this.items.missing : NaN;
          for (let i = 0; i < n; i++) {
            const v = s.num[i >>> CHUNK_BITS][i & MASK];
            if (v === missing || v !== v) ok[i] = 0;
          }
        }
      }
      let m = 0;
      for (let i = 0; i < n; i++) m += ok[i];
      keep = new Int32Array(m);
      for (let i = 0, j = 0; i < n; i++) if (ok[i]) keep[j++] = i;
    }
    const m = keep ? keep.length : n;
    const columns = new Map<string, Column>();
    const headerOf = new Map<string, string>();
    for (const s of this.slots) {
      headerOf.set(s.need.name, s.header);
      if (s.kind === TEXT) {
        const codes = gather(s.codes, new Int32Array(m), n, keep);
        s.codes = [];
        columns.set(s.need.name, { kind: 'text', ...renumber(codes, s.levels!.values) });
      } else {
        const values = gather(s.num, s.kind === ITEM ? this.items.make(m) : new Float64Array(m), n, keep);
        s.num = [];
        columns.set(s.need.name, { kind: 'numeric', values });
      }
    }
    const rows = new Int32Array(m);
    for (let i = 0; i < m; i++) rows[i] = (keep ? keep[i] : i) + 1;
    return {
      file: this.file,
      n: m,
      rowsRead: n,
      dropped: n - m,
      columns,
      rows,
      header: this.header,
      headerOf,
    };
  }

  private onMissing(r: number, line: number, slot: Slot): void {
    this.anyMissing = true;
    if (!this.missingAllowed) this.report(r, line, slot, msg(this.config.language, 'dataMissingValue'));
  }

  private report(r: number, line: number, slot: Slot, message: string): void {
    this.total++;
    if (this.problems.length < MAX_PROBLEMS) {
      this.problems.push({ file: this.file, line, row: r + 1, column: slot.header, message });
    }
  }
}

/** The first n values held in `chunks` (or those at `keep`) into `out`. */
function gather<T extends Numbers | Int32Array>(chunks: T[], out: T, n: number, keep?: Int32Array): T {
  if (keep) {
    for (let j = 0; j < keep.length; j++) {
      const i = keep[j];
      out[j] = chunks[i >>> CHUNK_BITS][i & MASK];
    }
    return out;
  }
  for (let c = 0; c * CHUNK < n; c++) {
    const len = Math.min(CHUNK, n - c * CHUNK);
    out.set(len === CHUNK ? chunks[c] : chunks[c].subarray(0, len), c * CHUNK);
  }
  return out;
}

/**
 * Codes renumbered in order of first appearance among the respondents kept, and the levels they
 * name (answers seen only in dropped rows, or nowhere, are left out).
 */
function renumber(codes: Int32Array, values: string[]): { codes: Int32Array; levels: string[] } {
  const map = new Int32Array(values.length).fill(-1);
  const levels: string[] = [];
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    let to = map[c];
    if (to < 0) {
      to = map[c] = levels.length;
      levels.push(values[c]);
    }
    codes[i] = to;
  }
  return { codes, levels };
}

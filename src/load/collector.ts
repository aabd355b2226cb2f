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
import type { Column, Dataset } from './dataset.js';

/** The cells of one data row: a CSV record view, or an XLSX row (see ArrayCells). */
export interface CellView {
  readonly count: number;
  text(i: number): string;
  /** A whole number 0–99 read without building a string, or −1. */
  smallInt(i: number): number;
  /** The cell's native value when the source has types (XLSX numbers). */
  native?(i: number): string | number | null;
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

interface Slot {
  need: ColumnNeed;
  index: number;
  header: string;
  num?: Float64Array;
  txt?: string[];
}

export class Collector {
  private readonly slots: Slot[];
  private readonly problems: Problem[] = [];
  private total = 0;
  private n = 0;
  private capacity = 1024;
  private rows = new Int32Array(1024);
  private readonly words = new Map<string, number>();
  private readonly missingAllowed: boolean;
  private anyMissing = false;

  constructor(
    private readonly config: Config,
    private readonly file: string,
    readonly header: string[],
    private readonly groupDots: boolean,
  ) {
    const lang = config.language;
    const problems: Problem[] = [];
    if (header.length > LIMITS.columns) throw new InputError([{ file, line: 1, message: msg(lang, 'limitColumns', { limit: LIMITS.columns }) }]);
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
      const slot: Slot = { need, index, header: header[index] };
      if (need.kind === 'text') slot.txt = [];
      else slot.num = new Float64Array(this.capacity);
      this.slots.push(slot);
    }
    if (problems.length) throw new InputError(problems);
    config.scale.labels.forEach((label, i) => this.words.set(squash(label), config.scale.min + i));
    this.missingAllowed = config.missing === 'listwise';
  }

  /**
   * Adds one data row, given as a view over its cells (a CSV record or an XLSX row). Only the
   * configured columns are read; a Likert answer of one or two digits is taken straight from the bytes.
   * Columns in `reported` already have a problem (cellProblem) and are not checked again.
   */
  add(cells: CellView, line: number, reported?: ReadonlySet<number>): void {
    const r = this.n;
    if (r === this.capacity) this.grow();
    this.rows[r] = r + 1;
    const { scale, language: lang } = this.config;
    if (cells.count !== this.header.length) {
      this.total++;
      if (this.problems.length < MAX_PROBLEMS) {
        this.problems.push({ file: this.file, line, row: r + 1, message: msg(lang, 'dataFieldCount', { count: cells.count, expected: this.header.length }) });
      }
    }
    for (const slot of this.slots) {
      const idx = slot.index;
      if (reported !== undefined && reported.has(idx)) {
        if (slot.txt) slot.txt.push('');
        else slot.num![r] = NaN;
        continue;
      }
      if (slot.txt) {
        const native = cells.native?.(idx);
        const t = typeof native === 'number' ? String(native) : idx < cells.count ? cells.text(idx) : '';
        const missing = typeof native === 'number' ? false : isMissing(t);
        slot.txt.push(missing ? '' : t.trim());
        if (missing) this.onMissing(r, line, slot);
        continue;
      }
      const out = slot.num!;
      let v = idx < cells.count ? cells.smallInt(idx) : -1;
      if (v < 0) {
        const native = cells.native?.(idx);
        if (typeof native === 'number') v = native;
        else {
          const t = idx < cells.count ? cells.text(idx) : '';
          if (isMissing(t)) {
            out[r] = NaN;
            this.onMissing(r, line, slot);
            continue;
          }
          // A Likert answer is a whole number read from its text (never via a rounded double).
          if (slot.need.kind === 'item') v = parseWhole(t, this.groupDots);
          else v = parseNumber(t, this.groupDots);
          if (slot.need.kind === 'item' && Number.isNaN(v)) v = this.words.get(squash(t)) ?? NaN;
          if (Number.isNaN(v)) {
            this.report(r, line, slot, msg(lang, slot.need.kind === 'item' ? 'dataNotItem' : 'dataNotNumber', { value: t, min: scale.min, max: scale.max }));
            out[r] = NaN;
            continue;
          }
        }
      }
      if (slot.need.kind === 'item' && !(Number.isInteger(v) && v >= scale.min && v <= scale.max)) {
        this.report(r, line, slot, msg(lang, 'dataNotItem', { value: String(idx < cells.count ? cells.native?.(idx) ?? cells.text(idx) : v), min: scale.min, max: scale.max }));
      } else if (!Number.isFinite(v)) {
        // 1e309 overflows to Infinity: echo what the cell says, not "Infinity".
        this.report(r, line, slot, msg(lang, 'dataNotNumber', { value: idx < cells.count ? cells.text(idx) : String(v) }));
      }
      out[r] = v;
    }
    this.n++;
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

  /** Finishes: throws InputError with every violation, or returns the Dataset (after listwise deletion). */
  finish(): Dataset {
    const lang = this.config.language;
    if (this.total > 0) throw new InputError(this.problems, this.total);
    if (this.n === 0) throw new InputError([{ file: this.file, message: msg(lang, 'dataEmpty') }]);
    let keep: Int32Array | undefined;
    if (this.anyMissing) {
      const ok = new Uint8Array(this.n).fill(1);
      for (const s of this.slots) {
        if (s.num) for (let i = 0; i < this.n; i++) if (Number.isNaN(s.num[i])) ok[i] = 0;
        if (s.txt) for (let i = 0; i < this.n; i++) if (s.txt[i] === '') ok[i] = 0;
      }
      let m = 0;
      for (let i = 0; i < this.n; i++) m += ok[i];
      keep = new Int32Array(m);
      for (let i = 0, j = 0; i < this.n; i++) if (ok[i]) keep[j++] = i;
    }
    const columns = new Map<string, Column>();
    const headerOf = new Map<string, string>();
    for (const s of this.slots) {
      headerOf.set(s.need.name, s.header);
      if (s.num) {
        const all = s.num.subarray(0, this.n);
        columns.set(s.need.name, { kind: 'numeric', values: keep ? Float64Array.from(keep, (i) => all[i]) : all.slice() });
      } else {
        const all = s.txt!;
        columns.set(s.need.name, { kind: 'text', values: keep ? Array.from(keep, (i) => all[i]) : all });
      }
    }
    const rows = this.rows.subarray(0, this.n);
    const kept = keep ? Int32Array.from(keep, (i) => rows[i]) : rows.slice();
    return {
      file: this.file,
      n: kept.length,
      rowsRead: this.n,
      dropped: this.n - kept.length,
      columns,
      rows: kept,
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

  private grow(): void {
    this.capacity *= 2;
    const rows = new Int32Array(this.capacity);
    rows.set(this.rows);
    this.rows = rows;
    for (const s of this.slots) {
      if (!s.num) continue;
      const next = new Float64Array(this.capacity);
      next.set(s.num);
      s.num = next;
    }
  }
}

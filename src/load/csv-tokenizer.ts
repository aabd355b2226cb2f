/**
 * A streaming RFC 4180 CSV tokenizer over raw bytes: quoted fields with "" escapes and line
 * breaks inside, CRLF / LF / CR line ends, a UTF-8 BOM, blank lines skipped. Chunks are fed as they
 * arrive; a record cut by a chunk boundary is carried over and rescanned.
 *
 * It never builds row objects: each record is handed to the caller as a view over the bytes
 * (field start/end offsets), and a field becomes a string only when the caller asks for it. Likert
 * answers are read straight from the bytes (`smallInt`). This keeps a million respondents to a
 * second or two of parsing — csv-parse, which materializes every field of every row, takes ~10 s.
 *
 * Size limits (src/limits.ts) are checked as the bytes go by, so a 10 MB cell or a lost quote is
 * refused after at most a few MB, not after the whole file has been buffered: a field longer than
 * LIMITS.cellChars characters, a record of more than LIMITS.rowBytes bytes, more than LIMITS.columns
 * fields. Each check is one comparison per field (or per chunk), off the hot path.
 */
import { LIMITS } from '../limits.js';

/** One record, valid only during the callback. */
export interface RecordView {
  /** Number of fields. */
  readonly count: number;
  /** Field i as text (quotes removed, "" unescaped). */
  text(i: number): string;
  /** Field i as a whole number 0–99 when it is exactly one or two ASCII digits (no quotes, no spaces), else −1. */
  smallInt(i: number): number;
  /**
   * Field i as a number when it is unquoted plain ASCII `[+-]digits` (or, unless `integerOnly`,
   * `[+-]digits.digits`) of at most 15 digits: exactly `Number(text)`, read without building a
   * string. NaN for anything else (the caller then parses the text).
   */
  plainNumber(i: number, integerOnly: boolean): number;
  /** FNV-1a hash of field i's raw bytes, its quoting mixed in (for interning repeated answers). */
  fieldHash(i: number): number;
  /** Whether field i's raw bytes are `bytes` and its quoting is `quoted`. */
  fieldEquals(i: number, bytes: Uint8Array, quoted: boolean): boolean;
  /** A copy of field i's raw bytes, and whether it was quoted. */
  fieldRaw(i: number): { bytes: Uint8Array; quoted: boolean };
}

/** 10⁰ … 10¹⁵, exact doubles. */
const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/** A size limit was passed (src/limits.ts): which one, where, and how far. */
export class CsvLimitError extends Error {
  constructor(
    readonly kind: 'cell' | 'row' | 'columns',
    /** Line where the record starts. */
    readonly line: number,
    /** 0-based field of the record (for 'cell'). */
    readonly field = -1,
    /** Characters of the cell, when known (for 'cell'); −1 when the cell was still growing. */
    readonly length = -1,
  ) {
    super(`CSV limit: ${kind} at line ${line}`);
  }
}

/** Any field of more bytes than this is measured in characters (a UTF-8 character takes 1–3 bytes per UTF-16 unit). */
const CELL_BYTES = LIMITS.cellChars;
/** A field still growing past this many bytes is certainly too long. */
const CELL_BYTES_MAX = 3 * LIMITS.cellChars;

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

export class CsvTokenizer implements RecordView {
  private carry: Buffer = Buffer.alloc(0);
  private first = true;
  /** Line number (1-based) where the next record starts. */
  private line = 1;
  private buf: Buffer = Buffer.alloc(0);
  private starts = new Int32Array(64);
  private ends = new Int32Array(64);
  private quoted = new Uint8Array(64);
  count = 0;

  constructor(
    private readonly delimiter: number,
    private readonly onRecord: (record: RecordView, line: number) => void,
  ) {}

  /** Feeds the next chunk of the file. */
  push(chunk: Buffer): void {
    let data = this.carry.length ? Buffer.concat([this.carry, chunk]) : chunk;
    if (this.first) {
      if (data.length < 3) {
        this.carry = data;
        return;
      }
      if (data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf) data = data.subarray(3);
      this.first = false;
    }
    const consumed = this.scan(data, false);
    if (data.length - consumed > LIMITS.rowBytes) throw new CsvLimitError('row', this.line);
    this.carry = Buffer.from(data.subarray(consumed));
  }

  /** Ends the input: the last record may lack a final line break. */
  end(): void {
    if (this.carry.length) this.scan(this.carry, true);
    this.carry = Buffer.alloc(0);
  }

  text(i: number): string {
    const s = this.buf.toString('utf8', this.starts[i], this.ends[i]);
    return this.quoted[i] && s.includes('""') ? s.replace(/""/g, '"') : s;
  }

  smallInt(i: number): number {
    if (this.quoted[i]) return -1;
    const a = this.starts[i];
    const len = this.ends[i] - a;
    const b = this.buf;
    if (len === 1) {
      const d = b[a] - 48;
      return d >= 0 && d <= 9 ? d : -1;
    }
    if (len === 2) {
      const d1 = b[a] - 48;
      const d2 = b[a + 1] - 48;
      return d1 >= 0 && d1 <= 9 && d2 >= 0 && d2 <= 9 ? d1 * 10 + d2 : -1;
    }
    return -1;
  }

  plainNumber(i: number, integerOnly: boolean): number {
    if (this.quoted[i]) return NaN;
    const b = this.buf;
    let p = this.starts[i];
    const end = this.ends[i];
    let negative = false;
    if (p < end && (b[p] === 0x2b || b[p] === 0x2d)) {
      negative = b[p] === 0x2d;
      p++;
    }
    let v = 0;
    let digits = 0;
    let decimals = -1;
    for (; p < end; p++) {
      const d = b[p] - 48;
      if (d >= 0 && d <= 9) {
        v = v * 10 + d;
        digits++;
        if (decimals >= 0) decimals++;
      } else if (b[p] === 0x2e && decimals < 0 && !integerOnly && digits > 0) decimals = 0;
      else return NaN;
    }
    // At most 15 digits: the integer v is exact, and v / 10^k (k ≤ 15, exact) is one correctly
    // rounded division — the same double as Number(text).
    if (digits === 0 || digits > 15 || decimals === 0) return NaN;
    if (decimals > 0) v /= POW10[decimals];
    return negative ? -v : v;
  }

  fieldHash(i: number): number {
    const b = this.buf;
    let h = this.quoted[i] ? 0x050c5d1f : 0x811c9dc5;
    for (let p = this.starts[i], end = this.ends[i]; p < end; p++) h = Math.imul(h ^ b[p], 0x01000193);
    return h;
  }

  fieldEquals(i: number, bytes: Uint8Array, quoted: boolean): boolean {
    const a = this.starts[i];
    const len = this.ends[i] - a;
    if (len !== bytes.length || (this.quoted[i] === 1) !== quoted) return false;
    const b = this.buf;
    for (let k = 0; k < len; k++) if (b[a + k] !== bytes[k]) return false;
    return true;
  }

  fieldRaw(i: number): { bytes: Uint8Array; quoted: boolean } {
    return { bytes: Uint8Array.prototype.slice.call(this.buf, this.starts[i], this.ends[i]), quoted: this.quoted[i] === 1 };
  }

  /** Scans whole records from `data`; returns the offset where an incomplete record starts. */
  private scan(data: Buffer, final: boolean): number {
    const len = data.length;
    const delim = this.delimiter;
    this.buf = data;
    let pos = 0;
    while (pos < len) {
      const recordStart = pos;
      let lines = 0;
      let f = 0;
      let p = pos;
      let complete = false;
      // Blank line: skip it.
      if (data[p] === LF || data[p] === CR) {
        p += data[p] === CR && data[p + 1] === LF ? 2 : 1;
        if (data[p - 1] === CR && p >= len && !final) return recordStart; // CR at chunk end: LF may follow
        this.line++;
        pos = p;
        continue;
      }
      for (;;) {
        if (f === this.starts.length) this.growFields();
        if (p < len && data[p] === QUOTE) {
          // Quoted field: up to the closing quote ("" is an escaped quote).
          const start = p + 1;
          let q = start;
          let closed = false;
          while (q < len) {
            const c = data[q];
            if (c === QUOTE) {
              if (q + 1 < len && data[q + 1] === QUOTE) {
                q += 2;
                continue;
              }
              if (q + 1 >= len && !final) break; // a quote at the chunk end may be the first of ""
              closed = true;
              break;
            }
            if (c === LF) lines++;
            q++;
          }
          if (!closed) {
            if (q - start > CELL_BYTES_MAX) throw new CsvLimitError('cell', this.line, f);
            if (final) throw new CsvSyntaxError('a quoted field is not closed (missing ")', this.line);
            return recordStart;
          }
          if (q - start > CELL_BYTES) this.checkCell(data, start, q, f);
          this.starts[f] = start;
          this.ends[f] = q;
          this.quoted[f] = 1;
          f++;
          p = q + 1;
          if (p < len && data[p] !== delim && data[p] !== LF && data[p] !== CR) {
            throw new CsvSyntaxError('unexpected text after a closing quote', this.line + lines);
          }
        } else {
          const start = p;
          while (p < len) {
            const c = data[p];
            if (c === delim || c === LF || c === CR) break;
            p++;
          }
          if (p - start > CELL_BYTES) this.checkCell(data, start, p, f);
          this.starts[f] = start;
          this.ends[f] = p;
          this.quoted[f] = 0;
          f++;
        }
        if (p >= len) {
          if (!final) return recordStart;
          complete = true;
          break;
        }
        const c = data[p];
        if (c === delim) {
          p++;
          if (p >= len) {
            if (!final) return recordStart;
            if (f === this.starts.length) this.growFields();
            this.starts[f] = p;
            this.ends[f] = p;
            this.quoted[f] = 0;
            f++;
            complete = true;
            break;
          }
          continue;
        }
        // Line end: CRLF, LF or CR.
        if (c === CR) {
          if (p + 1 >= len && !final) return recordStart;
          p += data[p + 1] === LF ? 2 : 1;
        } else p++;
        complete = true;
        break;
      }
      if (!complete) return recordStart;
      this.count = f;
      const line = this.line;
      this.line += lines + 1;
      this.onRecord(this, line);
      pos = p;
    }
    return pos;
  }

  /** A long field: refused when it has more than LIMITS.cellChars characters. */
  private checkCell(data: Buffer, start: number, end: number, f: number): void {
    const length = end - start > CELL_BYTES_MAX ? -1 : data.toString('utf8', start, end).length;
    if (length < 0 || length > LIMITS.cellChars) throw new CsvLimitError('cell', this.line, f, length);
  }

  private growFields(): void {
    if (this.starts.length >= LIMITS.columns) throw new CsvLimitError('columns', this.line);
    const n = Math.min(this.starts.length * 2, LIMITS.columns);
    const s = new Int32Array(n);
    s.set(this.starts);
    this.starts = s;
    const e = new Int32Array(n);
    e.set(this.ends);
    this.ends = e;
    const q = new Uint8Array(n);
    q.set(this.quoted);
    this.quoted = q;
  }
}

/** Tokenizes a whole (small) file at once: every record's fields as strings, with its line. */
export function tokenizeAll(data: Buffer, delimiter: string): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  const t = new CsvTokenizer(delimiter.charCodeAt(0), (r, line) => out.push({ line, fields: Array.from({ length: r.count }, (_, i) => r.text(i)) }));
  t.push(data);
  t.end();
  return out;
}

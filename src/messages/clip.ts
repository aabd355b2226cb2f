/**
 * Bounded echoes: a value from the user's input shown in a message (a cell, a key, a header) is cut
 * to about 80 characters with "…", so that a 10 MB cell never becomes a 10 MB line on stderr.
 */

/** At most `max` characters: the start of `s` and "…" when it is longer (control characters shown as spaces). */
export function clip(s: string, max = 80): string {
  const t = s.length > max ? s.slice(0, max) + '…' : s;
  // eslint-disable-next-line no-control-regex
  return /[\u0000-\u001f\u007f]/.test(t) ? t.replace(/[\u0000-\u001f\u007f]/g, ' ') : t;
}

/** A path cut in the middle to at most `max` characters, keeping its start and its file name. */
export function clipPath(s: string, max = 160): string {
  if (s.length <= max) return clip(s, max);
  const tail = Math.floor(max * 0.6);
  return clip(s.slice(0, max - tail - 1), max) + '…' + clip(s.slice(s.length - tail), max);
}

/**
 * A list of names for a message: at most `max` of them, each quoted and clipped, then "… (+N)".
 * `"a", "b", "c", … (+97)`.
 */
export function clipList(items: readonly string[], max = 10, each = 40): string {
  const shown = items.slice(0, max).map((s) => `"${clip(s, each)}"`);
  return shown.join(', ') + (items.length > max ? `, … (+${items.length - max})` : '');
}

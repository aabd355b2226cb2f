/**
 * Markers the template helpers leave in the Markdown they produce (src/report/render.ts) and the
 * tree builder turns into roles and nodes (build.ts). They are private-use characters, which no
 * Markdown construct reads, so they survive parsing as plain text wherever they stand.
 *
 *   ⟨CAP:T:id⟩Title      a table caption          ⟨CAP:F:id⟩Title   a figure caption
 *   ⟨FIG:id⟩             the figure (chart) itself ⟨SRC⟩text         a source line
 *   ⟨NOTE⟩text           a note under a table      ⟨EQ⟩text          a displayed equation
 *   ⟨REF:id⟩             "Tabel 4.n" in the text   ⟨LIST:T⟩ ⟨LIST:F⟩ a list of tables / figures
 *   ⟨AUTH:n⟩             the author's own Markdown number n (pembahasan), parsed on its own
 */
export const OPEN = '\uE000';
export const CLOSE = '\uE001';

export const marker = (body: string): string => `${OPEN}${body}${CLOSE}`;

/** Every marker in a text: [whole, body]. */
export const MARKER_RE = new RegExp(`${OPEN}([^${CLOSE}]*)${CLOSE}`, 'g');

/** A marker at the very start of a text: [whole, body]. */
export const LEADING_MARKER_RE = new RegExp(`^${OPEN}([^${CLOSE}]*)${CLOSE}`);

/** Removes every marker (for text that is shown as it is, e.g. a caption title inside an alt text). */
export const stripMarkers = (s: string): string => s.replace(MARKER_RE, '');

/**
 * The end of a command whose work is done: every file is written (synchronously) and the chart
 * worker has ended, so the process exits now instead of tearing its heaps down first (−4 to −11 ms
 * of a cold build, measured paired). Only when nothing is left to write to stdout or stderr — a
 * terminal or pipe that Node writes to asynchronously (Windows, macOS pipes) keeps the natural exit,
 * which waits for the writes.
 */
export function exitWhenWritten(code: number): void {
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit(code);
}

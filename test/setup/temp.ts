/**
 * Vitest global setup: every temporary folder of a test run (the study copies of test/helpers, the
 * outputs, LibreOffice's and Chromium's files) goes into one folder of its own, removed when the run
 * ends — a run leaves nothing behind in the system's temp folder. The test processes inherit the
 * environment, so os.tmpdir() answers this folder in each of them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'bab4-test-run-'));
  for (const name of ['TMPDIR', 'TEMP', 'TMP']) process.env[name] = root;
  return () => rmSync(root, { recursive: true, force: true, maxRetries: 3 });
}

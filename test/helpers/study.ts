/**
 * Temporary copies of a study (the default one unless told otherwise) for tests that edit config or data.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures');

export interface Study {
  dir: string;
  config: string;
  read: (rel: string) => string;
  write: (rel: string, content: string | Buffer) => void;
  edit: (rel: string, fn: (text: string) => string) => void;
}

/** Copies the default study (bab4.config.yaml, data/, kuesioner/) into a fresh temporary folder. */
export function defaultStudy(): Study {
  const dir = mkdtempSync(path.join(tmpdir(), 'bab4-test-'));
  cpSync(path.join(ROOT, 'bab4.config.yaml'), path.join(dir, 'bab4.config.yaml'));
  cpSync(path.join(ROOT, 'data'), path.join(dir, 'data'), { recursive: true });
  cpSync(path.join(ROOT, 'kuesioner'), path.join(dir, 'kuesioner'), { recursive: true });
  return wrap(dir, 'bab4.config.yaml');
}

/** Copies a fixture folder (test/fixtures/<name>) holding a bab4.config.yaml. */
export function fixtureStudy(name: string): Study {
  const dir = mkdtempSync(path.join(tmpdir(), `bab4-${name}-`));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return wrap(dir, 'bab4.config.yaml');
}

export function wrap(dir: string, config: string): Study {
  const abs = (rel: string) => path.join(dir, rel);
  return {
    dir,
    config: abs(config),
    read: (rel) => readFileSync(abs(rel), 'utf8'),
    write: (rel, content) => {
      mkdirSync(path.dirname(abs(rel)), { recursive: true });
      writeFileSync(abs(rel), content);
    },
    edit: (rel, fn) => writeFileSync(abs(rel), fn(readFileSync(abs(rel), 'utf8'))),
  };
}

/** `bab4 init`: the CLI side (messages) of src/init. */
import path from 'node:path';
import { displayPath } from '../config/load.js';
import { msg } from '../messages/catalog.js';
import { initStudy } from '../init/index.js';

export async function runInit(dir: string, opts: { data?: string; templates?: boolean }): Promise<number> {
  const { dir: abs, created, guess } = await initStudy(dir, opts);
  const shown = displayPath(abs);
  const top = [...new Set(created.map((f) => (f.startsWith('templates/') ? 'templates/' : f)))];
  process.stdout.write(`bab4: ${msg('id', 'initCreated', { dir: shown, files: top.join(', ') })}\n`);
  if (guess.variables.length) {
    process.stdout.write(
      `bab4: ${msg('id', 'initGuessed', {
        variables: guess.variables.map((v) => `${v.id} (${v.items.length})`).join(', '),
        model: `${guess.dependent} ← ${guess.independents.join(', ')}`,
        characteristics: guess.characteristics.length,
      })}\n`,
    );
  } else process.stderr.write(`bab4: ${msg('id', 'initNoItems')}\n`);
  const command = `npx bab4 build --config ${displayPath(path.join(abs, 'bab4.config.yaml'))}`;
  process.stdout.write(`bab4: ${msg('id', 'initNext', { readme: displayPath(path.join(abs, 'README.md')), command })}\n`);
  return 0;
}

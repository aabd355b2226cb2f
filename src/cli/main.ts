/**
 * bab4's command line: argv → pipeline; errors → exit codes and messages.
 *   0 success · 1 bad input (config, data, templates) · 2 bad usage
 */
import { Command, CommanderError } from 'commander';
import { describeError } from '../errors.js';
import { VERSION } from '../version.js';
import { runBuild, runValidate } from './commands.js';

export async function main(argv: string[]): Promise<number> {
  const program = new Command();
  let code = 0;
  program
    .name('bab4')
    .description('Turns questionnaire data into the results chapter (BAB IV) of a thesis.')
    .version(VERSION)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError();

  program
    .command('build')
    .description('build the chapter, appendix, charts and results.json')
    .option('-c, --config <file>', 'config file', 'bab4.config.yaml')
    .option('-o, --out <dir>', 'output folder (default: output/ beside the config)')
    .option('--check', 'write nothing; exit 1 when the output folder is stale')
    .option('--pdf', 'also print bab4.pdf and lampiran.pdf (needs Chromium, Chrome or Edge)')
    .action(async (opts: { config: string; out?: string; check?: boolean; pdf?: boolean }) => {
      code = await runBuild(opts);
    });

  program
    .command('validate')
    .description('check the config and the data; write nothing')
    .option('-c, --config <file>', 'config file', 'bab4.config.yaml')
    .action(async (opts: { config: string }) => {
      code = await runValidate(opts);
    });

  program
    .command('watch')
    .description('rebuild on every change of data, config, templates or pembahasan')
    .option('-c, --config <file>', 'config file', 'bab4.config.yaml')
    .option('-o, --out <dir>', 'output folder (default: output/ beside the config)')
    .option('--serve', 'serve the output on 127.0.0.1 and reload the page after each build')
    .option('--port <port>', 'port for --serve', '4173')
    .action(async (opts: { config: string; out?: string; serve?: boolean; port: string }) => {
      const { runWatch } = await import('./watch.js');
      code = await runWatch(opts);
    });

  program
    .command('init')
    .description('scaffold a new study in DIR (config guessed from the data header)')
    .argument('<dir>', 'folder of the new study')
    .option('--data <file>', 'data file to start from (.csv or .xlsx)')
    .option('--templates', 'also copy the default templates for editing')
    .action(async (dir: string, opts: { data?: string; templates?: boolean }) => {
      const { runInit } = await import('./init.js');
      code = await runInit(dir, opts);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return report(e);
  }
}

export function report(e: unknown): number {
  if (e instanceof CommanderError) {
    return e.exitCode === 0 || e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
  }
  const { code, text } = describeError(e);
  process.stderr.write(`bab4: ${text}\n`);
  return code;
}


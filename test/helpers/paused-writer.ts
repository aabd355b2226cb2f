/**
 * A child process for the kill test (test/hardening/atomic-swap.test.ts): writes an output folder
 * with writeOutput and, at the step named on the command line, prints "paused <step>" and blocks,
 * until the test kills it with SIGKILL.
 *
 *   node --import tsx paused-writer.ts OUT_DIR STEP VERSION
 */
import { writeSync } from 'node:fs';
import { writeOutput, type WriteStep } from '../../src/output/write.js';
import { outputFiles } from './output-files.js';

const [outDir, pauseAt, version] = process.argv.slice(2);
writeOutput(outDir, outputFiles(version), {
  onStep: (step: WriteStep) => {
    if (step !== pauseAt) return;
    writeSync(1, `paused ${step}\n`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); // forever: the test kills us
  },
});
writeSync(1, 'finished\n');

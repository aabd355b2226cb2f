/**
 * Preloaded into a bench child (`node --import ./bench/rss.mjs …`): at exit, writes the process's
 * peak resident memory (process.resourceUsage().maxRSS, kilobytes) to the file named by
 * BAB4_BENCH_RSS. Works wherever Node runs (no /usr/bin/time needed).
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BAB4_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));

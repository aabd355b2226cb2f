import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // One temporary folder for the run, removed at its end (test/setup/temp.ts).
    globalSetup: ['test/setup/temp.ts'],
  },
});

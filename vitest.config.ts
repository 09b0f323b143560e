import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // vitest keeps one core for itself by default, which leaves a 2-core machine (CI's)
    // with one worker; its own work is light, so every core runs tests.
    maxWorkers: Math.max(2, availableParallelism()),
    // isolated-vm needs this flag on Node.js 20 and later.
    poolOptions: { forks: { execArgv: ['--no-node-snapshot'] } },
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // isolated-vm needs this flag on Node.js 20 and later.
    poolOptions: { forks: { execArgv: ['--no-node-snapshot'] } },
  },
});

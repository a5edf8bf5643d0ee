import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // One copy of graphql for everybody: vitest would otherwise load both its
    // ESM and CommonJS builds, and graphql refuses types from the other copy.
    alias: { graphql: require.resolve('graphql/index.js') },
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Generous: CLI tests start processes that migrate a database, and the
    // machines are shared; no test is about speed.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    maxWorkers: 2,
    env: { APOLLO_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'silent' },
  },
});

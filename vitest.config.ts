import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Commands run in tests keep their cache out of the user's home directory.
    env: { MODELGATE_CACHE_DIR: path.join(tmpdir(), `modelgate-test-cache-${process.pid}`) },
    server: {
      deps: {
        // @actions/workflow-parser imports its JSON schemas without import attributes, which Node
        // refuses; inlined, vite's transform loads them.
        inline: ['@actions/workflow-parser'],
      },
    },
  },
});

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@shared': resolve(fileURLToPath(new URL('.', import.meta.url)), 'src/shared') } },
  test: {
    include: ['test/{unit,integration,ipc,documents}/**/*.test.ts', 'test/{unit,integration,ipc}/**/*.test.tsx'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.node.json' },
  },
});

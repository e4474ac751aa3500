// Runs the whole suite with Node's test runner: server unit and route tests, cross-module
// journeys, and the browser tests. Extra arguments narrow it (`npm test -- server/src/kernel`).
import { spawnSync } from 'node:child_process';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const only = process.argv.slice(2);
const patterns = only.length
  ? only.map((p) => (p.endsWith('.ts') ? p : `${p.replace(/\/$/, '')}/**/*.test.ts`))
  : ['server/src/**/*.test.ts', 'server/tests/**/*.test.ts', 'web/e2e/**/*.test.ts'];

const result = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=2', '--test-timeout=120000', '--test-reporter=spec', ...patterns],
  { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test' } },
);
process.exit(result.status ?? 1);

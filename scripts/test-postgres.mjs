// Runs the same suite against a PostgreSQL server: DATABASE_URL if set, otherwise a throwaway
// server started here from the installed binaries (initdb/pg_ctl) on a loopback port, removed
// afterwards. PostgreSQL refuses to run as root, so as root the server runs as `postgres`.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const testArgs = process.argv.slice(2);

function runTests(databaseUrl) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'test.mjs'), ...testArgs], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return result.status ?? 1;
}

if (process.env.DATABASE_URL) process.exit(runTests(process.env.DATABASE_URL));

function findBinary(name) {
  const onPath = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (onPath) return onPath;
  const versions = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) {
    const candidate = `/usr/lib/postgresql/${version}/bin/${name}`;
    if (existsSync(candidate)) return candidate;
  }
  console.error(`✗ ${name} not found. Install PostgreSQL server binaries (apt-get install postgresql) or set DATABASE_URL.`);
  process.exit(1);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const initdb = findBinary('initdb');
const pgCtl = findBinary('pg_ctl');
const isRoot = process.getuid?.() === 0;
if (isRoot && spawnSync('id', ['-u', 'postgres'], { stdio: 'ignore' }).status !== 0) {
  spawnSync('useradd', ['--system', '--no-create-home', 'postgres'], { stdio: 'inherit' });
}
const dir = mkdtempSync(join(tmpdir(), 'vitrine-pg-'));
chmodSync(dir, 0o777);
const dataDir = join(dir, 'data');
const port = await freePort();

function asOwner(command, args, { quiet = false } = {}) {
  const [file, fileArgs] = isRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
  const result = spawnSync(file, fileArgs, { stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status})`);
}

let status = 1;
try {
  asOwner(initdb, ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync'], { quiet: true });
  // fsync stays on: the durability tests are about what survives.
  asOwner(pgCtl, ['-D', dataDir, '-l', join(dir, 'server.log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=300`, 'start']);
  console.log(`PostgreSQL started on 127.0.0.1:${port} (${dataDir})`);
  status = runTests(`postgres://postgres@127.0.0.1:${port}/postgres`);
} catch (error) {
  console.error(`✗ ${error.message}`);
} finally {
  try {
    // Quietly: the test runner's summary stays the last thing CI prints.
    asOwner(pgCtl, ['-D', dataDir, '-m', 'fast', '-w', 'stop'], { quiet: true });
  } catch {
    // already down
  }
  rmSync(dir, { recursive: true, force: true });
}
process.exit(status);

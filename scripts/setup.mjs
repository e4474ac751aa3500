// Prepares a checkout before `npm start`, `npm test` or `npm run bench`: installs dependencies,
// builds the web app, and (with --browser) makes sure a Chromium exists for the browser tests.
// Plain JavaScript on purpose: on a fresh clone this runs on the machine's own Node (20), before
// the project's Node 24 has been installed into node_modules.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = new Set(process.argv.slice(2));
const bin = join(root, 'node_modules', '.bin');
const env = { ...process.env, PATH: `${bin}:${process.env.PATH}` };

function run(command, commandArgs, options = {}) {
  console.log(`› ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env, ...options });
  if (result.status !== 0) {
    console.error(`✗ ${command} ${commandArgs.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(result.status ?? 1);
  }
}

function mtime(path) {
  return existsSync(path) ? statSync(path).mtimeMs : 0;
}

function newestUnder(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestUnder(join(path, name))), stat.mtimeMs);
}

// 1. Dependencies, exactly as locked. npm records what it installed in node_modules/.package-lock.json.
const installed = join(root, 'node_modules', '.package-lock.json');
if (mtime(installed) < mtime(join(root, 'package-lock.json')) || !existsSync(join(bin, 'node'))) {
  run('npm', ['ci', '--no-audit', '--no-fund']);
}

// 2. The web build, when missing or older than its sources.
if (!args.has('--no-build')) {
  const built = join(root, 'web', 'build', 'server', 'index.js');
  const sources = Math.max(
    newestUnder(join(root, 'web', 'app')),
    ...['vite.config.ts', 'react-router.config.ts', 'package.json'].map((f) => mtime(join(root, 'web', f))),
    mtime(installed),
  );
  if (mtime(built) < sources) run('npm', ['run', 'build', '--workspace', 'web']);
}

// 3. A Chromium for the browser tests: CHROME_PATH, or Debian's package, installed here if we may.
if (args.has('--browser')) {
  const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(chrome)) {
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
    if (process.env.CHROME_PATH || !isRoot || !hasApt) {
      console.error(`✗ No Chromium at ${chrome}. Install one and run again, for example:\n    sudo apt-get update && sudo apt-get install -y chromium\n  or set CHROME_PATH to a Chromium or Chrome binary.`);
      process.exit(1);
    }
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], { env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
}

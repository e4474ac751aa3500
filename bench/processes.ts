import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

/**
 * What the bench scripts share: the product and the reference as child processes that are always
 * drained and always stopped, plain HTTP requests, and reading settings from the environment.
 */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const LOOPBACK = '127.0.0.1';
/** A first PGlite start creates the database and runs every migration. */
const READY_TIMEOUT_MS = 120_000;
/** The product gives itself 10 s to stop; past this it gets SIGKILL. */
const STOP_TIMEOUT_MS = 15_000;
export const REQUEST_TIMEOUT_MS = 10_000;
const OUTPUT_LINES_KEPT = 40;

export interface Child {
  name: string;
  process: ChildProcess;
  /** The last lines it printed, shown when it fails. */
  output: string[];
  exited: Promise<void>;
}

export const children = new Set<Child>();

export function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

export function integerFromEnv(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, LOOPBACK, () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export function startChild(name: string, args: string[], env: NodeJS.ProcessEnv): Child {
  // process.execPath: the same Node 24 that runs the bench, whatever PATH says.
  const proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  // Always drain the pipes: a full pipe would block the child mid-benchmark.
  const keep = (chunk: Buffer): void => {
    output.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    if (output.length > OUTPUT_LINES_KEPT) output.splice(0, output.length - OUTPUT_LINES_KEPT);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    // 'close', not 'exit': it comes after the output pipes are drained, so a crash's last words are kept.
    proc.once('close', () => resolve());
    proc.once('error', (error) => {
      output.push(`spawn failed: ${error.message}`);
      resolve();
    });
  });
  const child: Child = { name, process: proc, output, exited };
  children.add(child);
  return child;
}

export function isRunning(child: Child): boolean {
  return child.process.exitCode === null && child.process.signalCode === null && child.process.pid !== undefined;
}

export function failure(child: Child, what: string): Error {
  const { exitCode, signalCode } = child.process;
  const ended = exitCode !== null ? ` (exit code ${exitCode})` : signalCode !== null ? ` (signal ${signalCode})` : '';
  return new Error(`${child.name} ${what}${ended}. Its last output:\n  ${child.output.join('\n  ') || '(none)'}`);
}

/** Resolves true when `promise` settles first, false after `ms`, leaving no timer behind. */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const timer = new AbortController();
  const timedOut = sleep(ms, false, { signal: timer.signal }).catch(() => false);
  const settled = await Promise.race([promise.then(() => true), timedOut]);
  timer.abort();
  return settled;
}

export async function stopChild(child: Child): Promise<void> {
  if (isRunning(child)) {
    child.process.kill('SIGTERM');
    if (!(await within(child.exited, STOP_TIMEOUT_MS))) {
      log(`${child.name} did not stop within ${STOP_TIMEOUT_MS / 1000} s; killing it`);
      child.process.kill('SIGKILL');
      await within(child.exited, 5_000);
    } else if (child.process.exitCode !== 0 && child.process.signalCode === null) {
      log(`${child.name} exited with code ${child.process.exitCode} on SIGTERM. Its last output:\n  ${child.output.join('\n  ')}`);
    }
  }
  children.delete(child);
}

export interface Sample {
  status: number;
  contentType: string | undefined;
  body: Buffer;
}

/** One request with node:http, not fetch: fetch would ask for compression and decode it. */
export function send(base: string, method: string, path: string, headers: Readonly<Record<string, string>>): Promise<Sample> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method, headers, agent: false, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, contentType: res.headers['content-type'], body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export async function waitUntil(child: Child, what: string, timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isRunning(child)) {
      await within(child.exited, 2_000);
      throw failure(child, `exited before ${what}`);
    }
    if (await check().catch(() => false)) return;
    await sleep(200);
  }
  throw failure(child, `was not ${what} after ${timeoutMs / 1000} s`);
}

/**
 * Starts one web process of the shop on a free loopback port and waits for /readyz. The
 * environment decides the database (DATA_DIR or DATABASE_URL) and what else differs.
 */
export async function startShop(name: string, env: NodeJS.ProcessEnv): Promise<{ child: Child; url: string }> {
  const port = await freeLoopbackPort();
  const child = startChild(name, ['server/src/main.ts'], {
    ...env,
    HOST: LOOPBACK, // never on the network during a benchmark
    PORT: String(port),
    LOG_LEVEL: 'warn',
    // React and other libraries pick their slow development builds otherwise.
    NODE_ENV: 'production',
  });
  const url = `http://${LOOPBACK}:${port}`;
  log(`starting ${name} on ${url}`);
  await waitUntil(child, 'ready (/readyz 200)', READY_TIMEOUT_MS, async () => (await send(url, 'GET', '/readyz', {})).status === 200);
  return { child, url };
}

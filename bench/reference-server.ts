import { parseArgs } from 'node:util';
import Fastify from 'fastify';

/**
 * The ceiling for one scenario on this machine, measured in the same run: a bare Fastify server
 * answering every request with a body of the product's size and content type, built once at
 * start. The bench runs it as a separate process, like the product, so both get the same treatment.
 *
 *   node bench/reference-server.ts --bytes 15 --content-type 'application/json; charset=utf-8'
 *
 * Prints one line `{"reference_port":N}` once listening on a free loopback port. Not part of
 * the product.
 */
const MAX_BYTES = 64 * 1024 * 1024;

const { values } = parseArgs({ options: { bytes: { type: 'string' }, 'content-type': { type: 'string' } } });
const bytes = Number(values.bytes);
if (!Number.isInteger(bytes) || bytes < 0 || bytes > MAX_BYTES) {
  console.error(`reference-server: --bytes must be an integer from 0 to ${MAX_BYTES}, got "${values.bytes}"`);
  process.exit(2);
}
const contentType = values['content-type'] || 'application/octet-stream';
// A Buffer goes out as is: no serialisation per request, which is the point of a ceiling.
const body = Buffer.alloc(bytes, 'x');

const app = Fastify({ logger: false });
app.all('/*', (_request, reply) => {
  void reply.header('content-type', contentType).send(body);
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
console.log(JSON.stringify({ reference_port: typeof address === 'object' && address ? address.port : 0 }));

let stopping = false;
function stop(): void {
  if (stopping) return;
  stopping = true;
  // Never outlive the bench: exit anyway if closing hangs.
  setTimeout(() => process.exit(1), 5_000).unref();
  app.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);

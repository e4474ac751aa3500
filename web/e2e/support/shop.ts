import { after } from 'node:test';
import { buildApp } from '../../../server/src/app.ts';
import { testConfig } from '../../../server/tests/support/app.ts';

/** The whole shop, web included, listening on a free loopback port for the browser. */
export async function startShop(): Promise<{ origin: string }> {
  const app = await buildApp(await testConfig(), { web: true });
  after(() => app.close());
  const address = await app.listen({ host: '127.0.0.1', port: 0 });
  return { origin: address };
}

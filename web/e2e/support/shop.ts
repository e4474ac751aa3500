import { testApp } from '../../../server/tests/support/app.ts';

/** The whole shop, web included, listening on a free loopback port for the browser. */
export async function startShop(): Promise<{ origin: string }> {
  const app = await testApp({ web: true });
  return { origin: await app.listen({ host: '127.0.0.1', port: 0 }) };
}

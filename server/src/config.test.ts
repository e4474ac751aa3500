import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadConfig } from './config.ts';

describe('configuration', () => {
  it('runs the embedded shop on port 3000 with nothing set', () => {
    const config = loadConfig({});
    assert.equal(config.port, 3000);
    assert.equal(config.databaseUrl, undefined);
    assert.match(config.dataDir, /\/data$/);
    assert.equal(config.runWorkers, true);
    assert.equal(config.smtpUrl, undefined);
    assert.equal(config.publicUrl, 'http://localhost:3000');
    assert.equal(config.shopTimeZone, 'Asia/Hong_Kong');
  });

  it('lists every invalid variable at once, by name', () => {
    assert.throws(
      () => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', WORKERS: 'maybe', SHOP_TIME_ZONE: 'Mars/Olympus' }),
      (error: Error) =>
        ['PORT', 'DATABASE_URL', 'WORKERS', 'SHOP_TIME_ZONE'].every((name) => error.message.includes(name)),
    );
  });

  it('keeps a throwaway in-memory database as it is, and makes data directories absolute', () => {
    assert.equal(loadConfig({ DATA_DIR: 'memory://' }).dataDir, 'memory://');
    assert.match(loadConfig({ DATA_DIR: 'var/shop' }).dataDir, /^\/.*\/var\/shop$/);
  });

  it('follows PORT in the public URL and can be told not to run workers', () => {
    const config = loadConfig({ PORT: '8080', WORKERS: 'off', DATABASE_URL: 'postgres://shop@db/shop' });
    assert.equal(config.publicUrl, 'http://localhost:8080');
    assert.equal(config.runWorkers, false);
    assert.equal(config.databaseUrl, 'postgres://shop@db/shop');
  });
});

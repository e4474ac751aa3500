import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';

const app = await testApp({ config: { seedDemo: true } });

describe('the demo shop\'s legal documents', () => {
  it('publishes version 2026-11-01 of all four documents', async () => {
    const documents = (await app.inject('/api/legal/documents')).json();
    assert.deepEqual(
      documents.map((d: { kind: string; version: string }) => `${d.kind}@${d.version}`),
      ['registration-agreement@2026-11-01', 'privacy-policy@2026-11-01', 'cookie-policy@2026-11-01', 'content-licence@2026-11-01'],
    );
  });

  it('has each text in English, Traditional and Simplified Chinese', async () => {
    for (const kind of ['registration-agreement', 'privacy-policy', 'cookie-policy', 'content-licence']) {
      const en = (await app.inject(`/api/legal/documents/${kind}`)).json();
      const hant = (await app.inject(`/api/legal/documents/${kind}?locale=zh-Hant`)).json();
      const hans = (await app.inject(`/api/legal/documents/${kind}?locale=zh-Hans`)).json();
      const words = en.body.split(/\s+/).length;
      assert.ok(words > 300 && words < 850, `${kind} is a readable length (${words} words)`);
      assert.equal(hant.locale, 'zh-Hant');
      assert.equal(hans.locale, 'zh-Hans');
      assert.notEqual(hant.body, hans.body);
      assert.match(hant.body, /\p{Script=Han}/u);
    }
  });

  it('tells how to exercise privacy rights', async () => {
    const policy = (await app.inject('/api/legal/documents/privacy-policy')).json();
    assert.match(policy.body, /privacy@vitrine\.localhost/);
  });
});

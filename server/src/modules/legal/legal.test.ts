import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testApp } from '../../../tests/support/app.ts';
import { ManualClock } from '../../kernel/clock.ts';
import type { Actor } from '../../kernel/context.ts';
import { PERSONAL_DATA_REGISTRY } from '../../modules.ts';
import type { DocumentKind, DraftInput } from './index.ts';

const clock = new ManualClock('2026-01-15T02:00:00Z');
const app = await testApp({ config: { seedDemo: false }, clock });
const { runUseCase, modules } = app.platform;
const legal = modules.legal;

const editor: Actor = { kind: 'staff', staffId: 'stf_01jd8x2k3m9qv4w7c5n6t8r0ya', sessionId: 'x', permissions: new Set(['legal.manage']) };
const asEditor = <T>(work: Parameters<typeof runUseCase<T>>[2]) => runUseCase(editor, 'test', work);
const asSystem = <T>(work: Parameters<typeof runUseCase<T>>[2]) => runUseCase({ kind: 'system', job: 'test' }, 'test', work);

function draft(version: string, effectiveAt: string | null, extra: Partial<DraftInput> = {}): DraftInput {
  return {
    version,
    effectiveAt: effectiveAt ? new Date(effectiveAt) : null,
    material: false,
    summary: `Changes in ${version}`,
    bodies: { en: `Text of ${version}`, 'zh-Hant': `${version} 的條文` },
    ...extra,
  };
}

async function publishVersion(kind: DocumentKind, input: DraftInput) {
  await asEditor((ctx) => legal.createDraft(ctx, kind, input));
  return asEditor((ctx) => legal.publish(ctx, kind, input.version));
}

describe('legal documents (ACC-7)', () => {
  it('has nothing in force before the first version is published', async () => {
    const response = await app.inject('/api/legal/documents/cookie-policy');
    assert.equal(response.statusCode, 404);
    assert.equal(response.json().code, 'legal.document_not_in_force');
  });

  it('puts in force the published version with the latest effective date that has passed', async () => {
    await publishVersion('cookie-policy', draft('2026-01-01', '2026-01-01T00:00:00Z'));
    await publishVersion('cookie-policy', draft('2026-03-01', '2026-03-01T00:00:00Z'));

    const before = (await app.inject('/api/legal/documents/cookie-policy')).json();
    assert.equal(before.version, '2026-01-01');
    assert.equal(before.body, 'Text of 2026-01-01');
    const history = (await app.inject('/api/legal/documents/cookie-policy/versions')).json();
    assert.deepEqual(history.map((v: { version: string; state: string }) => [v.version, v.state]), [['2026-03-01', 'upcoming'], ['2026-01-01', 'in-force']]);

    clock.set('2026-03-01T00:00:00Z');
    const after = (await app.inject('/api/legal/documents/cookie-policy')).json();
    assert.equal(after.version, '2026-03-01');
    const current = await asSystem((ctx) => legal.currentVersion(ctx, 'cookie-policy'));
    assert.deepEqual(current, { kind: 'cookie-policy', version: '2026-03-01', effectiveAt: new Date('2026-03-01T00:00:00Z'), material: false });
    const listed = (await app.inject('/api/legal/documents')).json();
    assert.deepEqual(listed.map((d: { kind: string; version: string }) => `${d.kind}@${d.version}`), ['cookie-policy@2026-03-01']);
  });

  it('serves the asked language, and English where a translation is missing', async () => {
    const traditional = (await app.inject('/api/legal/documents/cookie-policy?locale=zh-Hant')).json();
    assert.equal(traditional.locale, 'zh-Hant');
    assert.equal(traditional.body, '2026-03-01 的條文');
    assert.equal(traditional.title, 'Cookie 政策');
    const simplified = (await app.inject('/api/legal/documents/cookie-policy?locale=zh-Hans')).json();
    assert.equal(simplified.locale, 'en');
    assert.equal(simplified.body, 'Text of 2026-03-01');
  });

  it('keeps drafts out of public view', async () => {
    await asEditor((ctx) => legal.createDraft(ctx, 'cookie-policy', draft('2026-09-01', '2026-09-01T00:00:00Z')));
    const one = await app.inject('/api/legal/documents/cookie-policy/versions/2026-09-01');
    assert.equal(one.statusCode, 404);
    assert.equal(one.json().code, 'legal.version_not_found');
    const history = (await app.inject('/api/legal/documents/cookie-policy/versions')).json();
    assert.ok(!history.some((v: { version: string }) => v.version === '2026-09-01'));
    const editors = await asEditor((ctx) => legal.listVersions(ctx, 'cookie-policy'));
    assert.ok(editors.some((v) => v.version === '2026-09-01' && v.status === 'draft'));
  });

  it('lets editors change a draft but never a published version', async () => {
    const edited = await asEditor((ctx) => legal.updateDraft(ctx, 'cookie-policy', '2026-09-01', { summary: 'Analytics cookies renamed', bodies: { 'zh-Hans': '简体条文' } }));
    assert.equal(edited.summary, 'Analytics cookies renamed');
    assert.equal(edited.body_zh_hans, '简体条文');
    assert.equal(edited.body_en, 'Text of 2026-09-01', 'untouched fields stay');
    await assert.rejects(asEditor((ctx) => legal.updateDraft(ctx, 'cookie-policy', '2026-03-01', { summary: 'Rewritten history' })), { code: 'legal.version_published' });
    await assert.rejects(asEditor((ctx) => legal.publish(ctx, 'cookie-policy', '2026-03-01')), { code: 'legal.version_published' });
    const published = (await app.inject('/api/legal/documents/cookie-policy/versions/2026-03-01')).json();
    assert.equal(published.summary, 'Changes in 2026-03-01');
  });

  it('refuses a second version with the same label', async () => {
    await assert.rejects(asEditor((ctx) => legal.createDraft(ctx, 'cookie-policy', draft('2026-03-01', null))), { code: 'legal.version_exists' });
  });

  it('refuses to back-date a new version or to slip it before one already published', async () => {
    await asEditor((ctx) => legal.createDraft(ctx, 'cookie-policy', draft('backdated', '2026-02-15T00:00:00Z')));
    await assert.rejects(asEditor((ctx) => legal.publish(ctx, 'cookie-policy', 'backdated')), { code: 'legal.effective_date_not_after_previous' });
    await asEditor((ctx) => legal.updateDraft(ctx, 'cookie-policy', 'backdated', { effectiveAt: new Date('2026-03-01T00:00:00Z') }));
    await assert.rejects(asEditor((ctx) => legal.publish(ctx, 'cookie-policy', 'backdated')), { code: 'legal.effective_date_not_after_previous' });
    // Publish the pending draft first (effective 2026-09-01) so that "after the previous" holds, leaving only the past date wrong.
    await asEditor((ctx) => legal.publish(ctx, 'cookie-policy', '2026-09-01'));
    clock.set('2026-10-01T00:00:00Z');
    await asEditor((ctx) => legal.updateDraft(ctx, 'cookie-policy', 'backdated', { effectiveAt: new Date('2026-09-15T00:00:00Z') }));
    await assert.rejects(asEditor((ctx) => legal.publish(ctx, 'cookie-policy', 'backdated')), { code: 'legal.effective_date_in_past' });
  });

  it('puts a version without a date in force the moment it is published', async () => {
    const published = await publishVersion('cookie-policy', draft('immediate', null));
    assert.deepEqual(published.effective_at, clock.now());
    assert.equal((await app.inject('/api/legal/documents/cookie-policy')).json().version, 'immediate');
  });
});

describe('acceptances (ACC-1, ACC-7)', () => {
  const customerId = 'cus_01jd8x2k3m9qv4w7c5n6t8r0ya';
  const accept = (kind: DocumentKind, version: string) =>
    asSystem((ctx) => legal.recordAcceptance(ctx, { customerId, kind, version, ip: '203.0.113.7', userAgent: 'Mozilla/5.0 (Test)' }));
  const pending = () => asSystem((ctx) => legal.pendingAcceptances(ctx, customerId));

  it('asks for the agreement and the privacy policy once their first versions are in force', async () => {
    assert.deepEqual(await pending(), []);
    await publishVersion('registration-agreement', draft('r1', null));
    await publishVersion('privacy-policy', draft('p1', null, { material: false }));
    assert.deepEqual(await pending(), [
      { kind: 'registration-agreement', version: 'r1' },
      { kind: 'privacy-policy', version: 'p1' },
    ]);
  });

  it('refuses acceptance of any version but the one in force', async () => {
    await asEditor((ctx) => legal.createDraft(ctx, 'registration-agreement', draft('r2-draft', null)));
    await assert.rejects(accept('registration-agreement', 'r2-draft'), { code: 'legal.version_not_in_force' });
    await assert.rejects(accept('registration-agreement', 'nonexistent'), { code: 'legal.version_not_in_force' });
    await publishVersion('registration-agreement', draft('r-upcoming', new Date(clock.now().getTime() + 86_400_000).toISOString()));
    await assert.rejects(accept('registration-agreement', 'r-upcoming'), { code: 'legal.version_not_in_force' });
    assert.equal((await asSystem((ctx) => legal.acceptancesOf(ctx, customerId))).length, 0);
  });

  it('records who accepted which version, when and from where', async () => {
    const first = clock.now().toISOString();
    await accept('registration-agreement', 'r1');
    clock.advance(1000);
    await accept('privacy-policy', 'p1');
    assert.deepEqual(await pending(), []);
    const ledger = await asSystem((ctx) => legal.acceptancesOf(ctx, customerId));
    assert.deepEqual(
      ledger.map((a) => [a.kind, a.version, a.ip, a.user_agent, a.accepted_at.toISOString()]),
      [
        ['registration-agreement', 'r1', '203.0.113.7', 'Mozilla/5.0 (Test)', first],
        ['privacy-policy', 'p1', '203.0.113.7', 'Mozilla/5.0 (Test)', clock.now().toISOString()],
      ],
    );
  });

  it('asks again after a material change takes effect, but not after a minor one', async () => {
    clock.advance(2 * 86_400_000); // r-upcoming (not material) is now in force
    assert.equal((await asSystem((ctx) => legal.currentVersion(ctx, 'registration-agreement')))?.version, 'r-upcoming');
    assert.deepEqual(await pending(), [], 'a non-material change needs no new acceptance');

    await publishVersion('privacy-policy', draft('p2', null, { material: true }));
    assert.deepEqual(await pending(), [{ kind: 'privacy-policy', version: 'p2' }]);
    await accept('privacy-policy', 'p2');
    assert.deepEqual(await pending(), []);
  });
});

describe('backstage access', () => {
  const routes = [
    { method: 'GET', url: '/api/admin/legal/documents/privacy-policy/versions' },
    { method: 'POST', url: '/api/admin/legal/documents/privacy-policy/versions', payload: { version: 'x', material: false, summary: 's', bodies: { en: 'b' } } },
    { method: 'PATCH', url: '/api/admin/legal/documents/privacy-policy/versions/x', payload: { summary: 's' } },
    { method: 'POST', url: '/api/admin/legal/documents/privacy-policy/versions/x/publish' },
  ] as const;

  it('refuses anonymous callers with 401 on every admin route', async () => {
    for (const route of routes) {
      const response = await app.inject(route);
      assert.equal(response.statusCode, 401, `${route.method} ${route.url}`);
      assert.equal(response.json().code, 'request.unauthenticated');
    }
  });

  it('refuses staff without legal.manage with 403', async () => {
    const clerk: Actor = { kind: 'staff', staffId: 'stf_01jd8x2k3m9qv4w7c5n6t8r0yb', sessionId: 'y', permissions: new Set(['orders.manage']) };
    await assert.rejects(runUseCase(clerk, 'test', (ctx) => legal.createDraft(ctx, 'privacy-policy', draft('x', null))), { code: 'request.forbidden', status: 403 });
    await assert.rejects(runUseCase(clerk, 'test', (ctx) => legal.listVersions(ctx, 'privacy-policy')), { code: 'request.forbidden', status: 403 });
    await assert.rejects(runUseCase(clerk, 'test', (ctx) => legal.publish(ctx, 'privacy-policy', 'p2')), { code: 'request.forbidden', status: 403 });
  });

  it('records which staff member published a version', async () => {
    const [latest] = await asEditor((ctx) => legal.listVersions(ctx, 'privacy-policy'));
    assert.equal(latest!.version, 'p2');
    assert.equal(latest!.published_by, 'stf_01jd8x2k3m9qv4w7c5n6t8r0ya');
  });
});

describe('personal data of the legal module (PRV-1)', () => {
  it('declares the acceptance ledger, including address and browser', () => {
    const declared = PERSONAL_DATA_REGISTRY.filter((d) => d.table === 'legal.acceptances').map((d) => d.column);
    for (const column of ['customer_id', 'ip', 'user_agent', 'accepted_at', 'version']) assert.ok(declared.includes(column), column);
  });
});

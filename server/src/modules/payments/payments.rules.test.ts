import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assessRisk, type RiskInput } from './payments.risk.ts';
import { accountEnding, availableMethods, checkPayoutDetails, checkSignature, deadlineProblem, decideEvent, leavesAMethodEverywhere, type PaymentSettings } from './payments.rules.ts';
import { behaviourOf, deliveryPlan, passesLuhn, readCard, signatureHeader, TEST_CARDS } from './sandbox/sandbox.rules.ts';

const now = new Date('2026-03-01T10:00:00Z');
const calm: RiskInput = { customerId: 'cus_1', ip: '203.0.113.1', accountCreatedAt: new Date('2024-01-01T00:00:00Z'), billingCountry: 'HK', shippingCountry: 'HK', networkCountry: 'HK' };
const quiet = { attemptsLastHour: 0, failedLastHour: 0 };
// The threshold a new shop starts with.
const threshold = 60;

describe('risk scoring (PAY-3)', () => {
  it('lets an ordinary payment from a known customer through with no points', () => {
    assert.deepEqual(assessRisk({ amount: 500_000, currency: 'HKD' }, calm, quiet, now, threshold), { score: 0, reasons: [], review: false });
  });

  it('counts large amounts, velocity, failures, mismatched countries and new accounts', () => {
    const risky = assessRisk({ amount: 8_000_000, currency: 'HKD' }, { ...calm, billingCountry: 'GB', networkCountry: 'RU', accountCreatedAt: new Date(now.getTime() - 3_600_000) }, { attemptsLastHour: 6, failedLastHour: 2 }, now, threshold);
    assert.deepEqual(risky.reasons, ['very_large_amount', 'many_attempts', 'failed_attempts', 'billing_shipping_mismatch', 'network_country_mismatch', 'new_account']);
    assert.equal(risky.score, 35 + 40 + 30 + 15 + 20 + 10);
    assert.equal(risky.review, true);
  });

  it('holds for review only from the threshold, and never refuses', () => {
    const below = assessRisk({ amount: 2_000_000, currency: 'HKD' }, { ...calm, billingCountry: 'GB' }, { attemptsLastHour: 3, failedLastHour: 0 }, now, threshold);
    assert.equal(below.score, 55);
    assert.equal(below.review, false);
    const at = assessRisk({ amount: 2_000_000, currency: 'HKD' }, { ...calm, billingCountry: 'GB' }, { attemptsLastHour: 3, failedLastHour: 1 }, now, threshold);
    assert.ok(at.score >= threshold && at.review);
    assert.ok(!('refuse' in at));
  });

  it('judges amounts in their own currency', () => {
    assert.deepEqual(assessRisk({ amount: 300_000, currency: 'USD' }, calm, quiet, now, threshold).reasons, ['large_amount']);
    assert.deepEqual(assessRisk({ amount: 300_000, currency: 'HKD' }, calm, quiet, now, threshold).reasons, []);
  });
});

describe('payment methods as the backstage sets them (PAY-1)', () => {
  const settings: PaymentSettings = {
    methods: [{ method: 'card', enabled: true, deadlineMinutes: 30 }, { method: 'bank_transfer', enabled: false, deadlineMinutes: 4320 }, { method: 'cod', enabled: true, deadlineMinutes: null }],
    reviewThreshold: 60,
  };

  it('offers only enabled methods, and cash on delivery only in Hong Kong dollars to Hong Kong', () => {
    assert.deepEqual(availableMethods({ zone: 'HK', currency: 'HKD' }, settings), [{ method: 'card', deadlineMinutes: 30 }, { method: 'cod', deadlineMinutes: null }]);
    assert.deepEqual(availableMethods({ zone: 'HK', currency: 'USD' }, settings).map((m) => m.method), ['card']);
    assert.deepEqual(availableMethods({ zone: 'ASIA', currency: 'HKD' }, settings).map((m) => m.method), ['card']);
  });

  it('keeps each deadline within what the method allows, and cash on delivery without one', () => {
    assert.equal(deadlineProblem('card', 15), null);
    assert.equal(deadlineProblem('card', 24 * 60), null);
    assert.ok(deadlineProblem('card', 14));
    assert.ok(deadlineProblem('card', 24 * 60 + 1));
    assert.ok(deadlineProblem('card', null));
    assert.equal(deadlineProblem('bank_transfer', 60), null);
    assert.equal(deadlineProblem('bank_transfer', 14 * 24 * 60), null);
    assert.ok(deadlineProblem('bank_transfer', 59));
    assert.ok(deadlineProblem('bank_transfer', 14 * 24 * 60 + 1));
    assert.equal(deadlineProblem('cod', null), null);
    assert.ok(deadlineProblem('cod', 60));
  });

  it('always leaves a method that can be offered everywhere', () => {
    assert.ok(leavesAMethodEverywhere(settings.methods));
    assert.ok(!leavesAMethodEverywhere(settings.methods.map((m) => (m.method === 'card' ? { ...m, enabled: false } : m))));
  });
});

describe('payment events', () => {
  it('move a payment only forward from pending', () => {
    assert.deepEqual(decideEvent('payment.authorised', 'pending', true, false), { kind: 'authorise', review: false });
    assert.deepEqual(decideEvent('payment.authorised', 'captured', true, false), { kind: 'ignore', why: 'stale_state' });
    assert.deepEqual(decideEvent('payment.failed', 'authorised', true, false), { kind: 'ignore', why: 'stale_state' });
    assert.deepEqual(decideEvent('payment.processing', 'pending', true, false), { kind: 'ignore', why: 'informational' });
  });

  it('give back an authorisation for an order no longer open or a payment already cancelled', () => {
    assert.deepEqual(decideEvent('payment.authorised', 'pending', false, false), { kind: 'void_late' });
    assert.deepEqual(decideEvent('payment.authorised', 'cancelled', true, false), { kind: 'void_late' });
  });

  it('are believed only with a fresh signature over the exact body', () => {
    const body = '{"id":"evt_1"}';
    const header = signatureHeader('s3cret', body, 1_000_000);
    assert.equal(checkSignature('s3cret', header, body, 1_000_100), 'valid');
    assert.equal(checkSignature('s3cret', header, body, 1_000_301), 'stale');
    assert.equal(checkSignature('other', header, body, 1_000_100), 'bad_signature');
    assert.equal(checkSignature('s3cret', header, `${body} `, 1_000_100), 'bad_signature');
    assert.equal(checkSignature('s3cret', header.replace('t=1000000', 't=1000100'), body, 1_000_100), 'bad_signature');
    assert.equal(checkSignature('s3cret', undefined, body, 1_000_100), 'bad_signature');
  });
});

describe('the sandbox processor rules', () => {
  it('has test cards that pass the Luhn check, and catches typos', () => {
    for (const number of Object.keys(TEST_CARDS)) assert.ok(passesLuhn(number), number);
    assert.ok(!passesLuhn('4242424242424241'));
    assert.deepEqual(readCard({ number: '4242 4242 4242 4242', expiry: '02/26', cvc: '123' }, now), { problem: 'expiry' });
    assert.deepEqual(readCard({ number: '4242-4242-4242-4242', expiry: '3/26', cvc: '12' }, now), { problem: 'cvc' });
    assert.deepEqual(readCard({ number: '4242-4242-4242-4242', expiry: '3/26', cvc: '123' }, now), { number: '4242424242424242' });
  });

  it('delivers webhooks late, twice or out of order depending on the seed', () => {
    assert.deepEqual(deliveryPlan(['a', 'b'], 0), [{ eventId: 'a', delaySeconds: 2 }, { eventId: 'b', delaySeconds: 3 }]);
    assert.deepEqual(deliveryPlan(['a', 'b'], 1).map((s) => s.eventId), ['a', 'b', 'b']);
    const reversed = deliveryPlan(['a', 'b'], 2);
    assert.ok(reversed.find((s) => s.eventId === 'b')!.delaySeconds < reversed.find((s) => s.eventId === 'a')!.delaySeconds);
    assert.ok(deliveryPlan(['a'], 4)[0]!.delaySeconds >= 30);
    assert.deepEqual(behaviourOf(7), { twice: true, outOfOrder: true, late: true });
  });
});

describe('the account a refund is paid into (PAY-2)', () => {
  const account = { accountHolder: '  Chan  Tai Man ', bankName: 'Harbour City Bank', accountNumber: '012-345678-901' };

  it('takes account numbers as banks print them, tidied, and shows only their ending', () => {
    assert.deepEqual(checkPayoutDetails(account).details, { accountHolder: 'Chan Tai Man', bankName: 'Harbour City Bank', accountNumber: '012-345678-901', bankCode: null });
    assert.equal(checkPayoutDetails({ ...account, accountNumber: 'de89 3704 0044 0532 0130 00', bankCode: 'cobadeffxxx' }).details?.bankCode, 'COBADEFFXXX');
    assert.equal(accountEnding('DE89 3704 0044 0532 0130 00'), '3000');
    assert.equal(accountEnding('012-345678-901'), '8901');
  });

  it('refuses what cannot be an account: too short, too long, stray signs', () => {
    for (const accountNumber of ['12345', '1'.repeat(35), '1234 5678 !', '--123456', '']) {
      assert.deepEqual(checkPayoutDetails({ ...account, accountNumber }).problems.map((p) => p.field), ['accountNumber'], accountNumber);
    }
    assert.deepEqual(checkPayoutDetails({ ...account, bankName: 'X', bankCode: '12' }).problems.map((p) => p.code), ['invalid_bank_name', 'invalid_bank_code']);
  });
});

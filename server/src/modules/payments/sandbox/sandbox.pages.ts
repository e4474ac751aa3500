import { exponentOf, isCurrencyCode } from '../../../kernel/money.ts';
import type { CardProblem } from './sandbox.rules.ts';
import type { SessionRow } from './sandbox.tables.ts';

/** The processor's own pages: plain HTML from the server, no script at all, its own styles. */
const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; background: #f4f4f6; color: #1d1d24; margin: 0; }
  main { max-width: 26rem; margin: 3rem auto; background: #fff; padding: 2rem; border-radius: 12px; box-shadow: 0 2px 12px #0001; }
  h1 { font-size: 1.25rem; margin: 0 0 .25rem; } .amount { font-size: 1.75rem; font-weight: 600; margin: .5rem 0 1.5rem; }
  label { display: block; margin: .75rem 0 .25rem; font-weight: 500; } input { width: 100%; box-sizing: border-box; padding: .6rem; font: inherit; border: 1px solid #aab; border-radius: 6px; }
  .row { display: flex; gap: 1rem; } .row > div { flex: 1; }
  button { margin-top: 1.25rem; width: 100%; padding: .75rem; font: inherit; font-weight: 600; border: 0; border-radius: 6px; background: #3a3af0; color: #fff; cursor: pointer; }
  button.secondary { background: #e4e4ea; color: #1d1d24; } .error { color: #b00020; font-weight: 500; } .note { color: #667; font-size: .85rem; }
  .banner { background: #fff4cc; padding: .5rem .75rem; border-radius: 6px; font-size: .85rem; margin-bottom: 1rem; }`;

const PROBLEMS: Record<CardProblem, string> = {
  number: 'That card number is not valid. Check the digits and try again.',
  expiry: 'The expiry date must be a month still to come, written MM/YY.',
  cvc: 'The security code is the 3 or 4 digits on the card.',
};

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function formatAmount(row: SessionRow): string {
  const exponent = isCurrencyCode(row.currency) ? exponentOf(row.currency) : 2;
  return `${row.currency} ${(Number(row.amount) / 10 ** exponent).toFixed(exponent)}`;
}

function page(title: string, nonce: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)}</title><style nonce="${nonce}">${STYLE}</style></head>
<body><main><div class="banner">Sandbox processor: test cards only, no money moves.</div>${body}</main></body></html>`;
}

export function cardFormPage(row: SessionRow, nonce: string, problem?: CardProblem): string {
  const action = `/sandbox-pay/${encodeURIComponent(row.id)}`;
  return page('Pay by card', nonce, `
<h1>Pay Vitrine</h1><p class="amount">${escape(formatAmount(row))}</p>
${problem ? `<p class="error" role="alert">${escape(PROBLEMS[problem])}</p>` : ''}
<form method="post" action="${action}" autocomplete="off">
  <label for="number">Card number</label><input id="number" name="number" inputmode="numeric" autocomplete="cc-number" required>
  <div class="row"><div><label for="expiry">Expiry (MM/YY)</label><input id="expiry" name="expiry" autocomplete="cc-exp" required></div>
  <div><label for="cvc">Security code</label><input id="cvc" name="cvc" inputmode="numeric" autocomplete="cc-csc" required></div></div>
  <button type="submit">Pay ${escape(formatAmount(row))}</button>
</form>
<form method="post" action="${action}/abandon"><button type="submit" class="secondary">Cancel and return to the shop</button></form>
<p class="note">Test cards: 4242 4242 4242 4242 approved; 4000 0000 0000 0002 declined; 4000 0000 0000 9995 insufficient funds;
4000 0000 0000 3220 asks the bank to confirm; 4100 0000 0000 0019 approved but held for review. Any future expiry, any 3 digits.</p>`);
}

export function challengePage(row: SessionRow, nonce: string): string {
  const action = `/sandbox-pay/${encodeURIComponent(row.id)}/challenge`;
  return page('Confirm with your bank', nonce, `
<h1>Your bank asks you to confirm</h1><p class="amount">${escape(formatAmount(row))}</p>
<p>A payment to Vitrine with the card ending ${escape(row.card_last4 ?? '????')} is waiting for your approval.</p>
<form method="post" action="${action}"><input type="hidden" name="decision" value="approve"><button type="submit">Approve</button></form>
<form method="post" action="${action}"><input type="hidden" name="decision" value="fail"><button type="submit" class="secondary">Fail the check</button></form>`);
}

export function closedPage(row: SessionRow | undefined, nonce: string): string {
  const back = row ? `<p><a href="${escape(row.return_url)}">Return to the shop</a></p>` : '';
  return page('Payment closed', nonce, `<h1>This payment page is closed</h1><p>It was paid, cancelled or has expired. Nothing more can be paid here.</p>${back}`);
}

/**
 * No script, styles only with this response's nonce, forms only to this page and then to the
 * shop it returns to (browsers apply form-action to the redirect after a post too).
 */
export function pagePolicy(nonce: string, returnUrl: string | undefined): string {
  const back = returnUrl ? ` ${new URL(returnUrl).origin}` : '';
  return `default-src 'none'; style-src 'nonce-${nonce}'; form-action 'self'${back}; frame-ancestors 'none'; base-uri 'none'`;
}

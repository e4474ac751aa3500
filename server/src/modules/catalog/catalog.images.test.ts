import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SHAPE_NAMES } from './catalog.image-shapes.ts';
import { monogramOf, renderImage } from './catalog.images.ts';
import type { ImageRecipe } from './catalog.tables.ts';

/** A small well-formedness check: tags nest and close, attributes are quoted, text has no bare < or &. */
function assertWellFormedXml(xml: string): string[] {
  const stack: string[] = [];
  const seen: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<&]*(?:&(?:lt|gt|amp|quot|apos);[^"<&]*)*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < xml.length) {
    const next = xml.indexOf('<', i);
    const text = xml.slice(i, next === -1 ? undefined : next);
    assert.doesNotMatch(text, /&(?!(lt|gt|amp|quot|apos);)/, `bare & in "${text}"`);
    if (next === -1) break;
    tag.lastIndex = next;
    const match = tag.exec(xml);
    assert.ok(match, `malformed markup at ${next}: ${xml.slice(next, next + 60)}`);
    const [whole, closing, name, , selfClosing] = match;
    if (closing) assert.equal(stack.pop(), name, `</${name}> closes another element`);
    else if (!selfClosing) stack.push(name!);
    seen.push(name!);
    i = next + whole.length;
  }
  assert.deepEqual(stack, [], 'every element is closed');
  assert.equal(seen[0], 'svg');
  return seen;
}

const recipe = (shape: string, colour: string, view?: ImageRecipe['view']): ImageRecipe => ({ kind: 'product', shape, colour, label: `A ${shape}`, seed: 7, ...(view ? { view } : {}) });

describe('generated images', () => {
  it('draws every shape as a small, well-formed SVG in the recipe’s colour', () => {
    for (const [i, shape] of SHAPE_NAMES.entries()) {
      const view = (['front', 'angle', 'detail', 'back'] as const)[i % 4];
      const svg = renderImage(recipe(shape, '#6e1f2a', view));
      assertWellFormedXml(svg);
      assert.ok(svg.length < 4_096, `${shape}: ${svg.length} bytes`);
      assert.match(svg, /stop-color="#6e1f2a"/, `${shape} is drawn in the colour`);
      assert.match(svg, /<title>A [a-z]+<\/title>/);
    }
  });

  it('draws the same recipe the same way every time, and another colour differently', () => {
    assert.equal(renderImage(recipe('handbag', '#1c1c1c')), renderImage(recipe('handbag', '#1c1c1c')));
    assert.notEqual(renderImage(recipe('handbag', '#1c1c1c')), renderImage(recipe('handbag', '#efe8da')));
    assert.notEqual(renderImage(recipe('handbag', '#1c1c1c', 'front')), renderImage(recipe('handbag', '#1c1c1c', 'detail')));
  });

  it('never lets a stored recipe inject markup', () => {
    const svg = renderImage({ kind: 'product', shape: 'watch', colour: '"/><script>alert(1)</script>', label: 'Tom & Jerry <b>', seed: 1 });
    assertWellFormedXml(svg);
    assert.doesNotMatch(svg, /<script|<b>/);
    assert.match(svg, /Tom &amp; Jerry &lt;b&gt;/);
  });

  it('draws designers’ logos as wordmarks and monograms with the house’s name', () => {
    const wordmark = renderImage({ kind: 'designer', shape: 'wordmark', colour: '#25324a', label: 'Cordovan & Co.', seed: 3 });
    const monogram = renderImage({ kind: 'designer', shape: 'monogram', colour: '#5a1e28', label: 'Maison Verlaine', seed: 4 });
    for (const svg of [wordmark, monogram]) {
      assertWellFormedXml(svg);
      assert.ok(svg.length < 4_096);
    }
    assert.match(wordmark, /CORDOVAN &amp; CO\./);
    assert.match(monogram, />V</);
    assert.equal(monogramOf('Hollis & Crane'), 'HC');
  });
});

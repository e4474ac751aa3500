import { drawShape, shapeFocus, type Paint } from './catalog.image-shapes.ts';
import type { ImageRecipe } from './catalog.tables.ts';

/**
 * Generated pictures for the demo catalogue and for products without photographs: a still life
 * of the piece's silhouette in its colour, on a soft background tinted by the same colour, and
 * designers' wordmarks and monograms. The same recipe always draws the same SVG, byte for byte,
 * so an image id can be cached for a year.
 */
export const PRODUCT_IMAGE = { width: 800, height: 1000 } as const;
export const LOGO_IMAGE = { width: 800, height: 400 } as const;

export function renderImage(recipe: ImageRecipe): string {
  const colour = normaliseHex(recipe.colour);
  return recipe.kind === 'designer' ? renderLogo(recipe, colour) : renderProduct(recipe, colour);
}

function renderProduct(recipe: ImageRecipe, colour: string): string {
  const { width, height } = PRODUCT_IMAGE;
  const light = luminance(colour) > 0.72;
  // A pale piece sits on a slightly deeper ground, a dark one on a paler ground: it always reads.
  const groundTop = mix(colour, light ? '#e4ddd3' : '#f8f5f0', light ? 0.55 : 0.86);
  const groundBottom = mix(colour, light ? '#d6cec2' : '#ede6dc', light ? 0.5 : 0.78);
  const paint: Paint = {
    body: 'url(#b)',
    edge: shade(colour, luminance(colour) < 0.08 ? 0.3 : -0.35),
    stitch: luminance(colour) < 0.3 ? shade(colour, 0.45) : shade(colour, -0.3),
    metal: 'url(#m)',
    colour,
  };
  const view = recipe.view ?? 'front';
  const tilt = ((recipe.seed % 5) - 2) * 0.8;
  const transform = {
    front: `rotate(${tilt} 400 560)`,
    angle: `translate(400 560) rotate(${tilt - 7}) skewX(-6) scale(0.94) translate(-400 -560)`,
    detail: (() => {
      const [fx, fy] = shapeFocus(recipe.shape);
      return `translate(400 520) scale(1.6) translate(${-fx} ${-fy})`;
    })(),
    back: `translate(800 0) scale(-1 1) rotate(${tilt} 400 560)`,
  }[view];
  const defs = [
    `<linearGradient id="g" x1="0" y1="0" x2="${recipe.seed % 2 ? 1 : 0.3}" y2="1"><stop offset="0" stop-color="${groundTop}"/><stop offset="1" stop-color="${groundBottom}"/></linearGradient>`,
    `<linearGradient id="b" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${shade(colour, 0.22)}"/><stop offset=".55" stop-color="${colour}"/><stop offset="1" stop-color="${shade(colour, -0.25)}"/></linearGradient>`,
    `<linearGradient id="m" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#ecd9a6"/><stop offset=".5" stop-color="#c9a45a"/><stop offset="1" stop-color="#8a6a2c"/></linearGradient>`,
    '<radialGradient id="s"><stop offset="0" stop-color="#000" stop-opacity=".22"/><stop offset="1" stop-color="#000" stop-opacity="0"/></radialGradient>',
  ].join('');
  const floor = view === 'detail' ? '' : `<ellipse cx="400" cy="${812 + (recipe.seed % 3) * 4}" rx="300" ry="34" fill="url(#s)"/>`;
  // A faint vignette of light from the upper left, as in a studio.
  const light1 = `<circle cx="${180 + (recipe.seed % 7) * 20}" cy="180" r="420" fill="#fff" opacity=".18"/>`;
  return svg(width, height, recipe.label, defs,
    `<rect width="${width}" height="${height}" fill="url(#g)"/>${light1}${floor}<g transform="${transform}" stroke-linejoin="round" stroke-linecap="round">${drawShape(recipe.shape, paint, recipe.seed)}</g>`);
}

function renderLogo(recipe: ImageRecipe, colour: string): string {
  const { width, height } = LOGO_IMAGE;
  const ground = mix(colour, '#faf7f2', 0.93);
  const name = recipe.label.toUpperCase();
  const serif = 'font-family="Didot,\'Bodoni 72\',\'Playfair Display\',Georgia,serif"';
  if (recipe.shape === 'monogram') {
    const initials = monogramOf(recipe.label);
    return svg(width, height, recipe.label, '',
      `<rect width="${width}" height="${height}" fill="${ground}"/>` +
      `<g fill="none" stroke="${colour}"><circle cx="400" cy="170" r="112" stroke-width="3"/><circle cx="400" cy="170" r="100" stroke-width="1"/></g>` +
      `<text x="400" y="204" text-anchor="middle" ${serif} font-size="96" letter-spacing="-4" fill="${colour}">${escapeXml(initials)}</text>` +
      `<text x="400" y="340" text-anchor="middle" ${serif} font-size="26" letter-spacing="10" fill="${colour}">${escapeXml(name)}</text>`);
  }
  // Capitals with a fifth of their size between them are about 0.9 em wide: the name fits in 680 px.
  const size = Math.min(64, Math.floor(680 / (Math.max(name.length, 6) * 0.92)));
  const ornament = recipe.seed % 2 === 0
    ? `<path d="M400 98l10 10-10 10-10-10z" fill="${colour}"/>`
    : `<circle cx="400" cy="108" r="5" fill="${colour}"/>`;
  return svg(width, height, recipe.label, '',
    `<rect width="${width}" height="${height}" fill="${ground}"/>${ornament}` +
    `<text x="400" y="${212 + size / 3}" text-anchor="middle" ${serif} font-size="${size}" letter-spacing="${Math.round(size / 5)}" fill="${colour}">${escapeXml(name)}</text>` +
    `<g stroke="${colour}" stroke-width="1.5"><path d="M250 290h300"/><path d="M330 302h140"/></g>`);
}

function svg(width: number, height: number, title: string, defs: string, body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"><title>${escapeXml(title)}</title>` +
    `${defs ? `<defs>${defs}</defs>` : ''}${body}</svg>`;
}

/** Initials of a house's name, without the words every house uses ("Maison", "Atelier"…). */
export function monogramOf(name: string): string {
  const common = new Set(['maison', 'casa', 'atelier', 'house', 'of', 'de', 'di', 'la', 'le', 'the', '&', 'and']);
  const words = name.split(/\s+/).filter((w) => w && !common.has(w.toLowerCase()));
  const letters = (words.length ? words : name.split(/\s+/)).map((w) => w[0]!.toUpperCase());
  return letters.slice(0, 2).join('');
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** A recipe comes from the database: anything but #rrggbb becomes a neutral taupe, never markup. */
function normaliseHex(value: string): string {
  return /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : '#8c8279';
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex(rgb: readonly number[]): string {
  return `#${rgb.map((v) => Math.max(0, Math.min(255, Math.round(v))).toString(16).padStart(2, '0')).join('')}`;
}

/** `a` mixed with `b`: 0 gives a, 1 gives b. */
export function mix(a: string, b: string, amount: number): string {
  const [x, y] = [channels(a), channels(b)];
  return toHex(x.map((v, i) => v + (y[i]! - v) * amount));
}

/** Lighter (towards white) for a positive amount, darker (towards black) for a negative one. */
export function shade(hex: string, amount: number): string {
  return amount >= 0 ? mix(hex, '#ffffff', amount) : mix(hex, '#000000', -amount);
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

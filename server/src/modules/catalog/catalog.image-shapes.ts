/**
 * Silhouettes of the pieces the shop sells, drawn on an 800 × 1000 canvas with the floor at
 * y ≈ 810. Each is a few paths filled with the piece's shaded colour, with stitching and gold
 * hardware where the real thing has them; small seeded differences keep a gallery from looking
 * stamped out.
 */
export interface Paint {
  /** The piece's shaded fill. */
  body: string;
  /** Outline, a little darker (or lighter, on black) than the colour. */
  edge: string;
  /** Stitches and seams: contrasting but quiet. */
  stitch: string;
  /** Gold hardware. */
  metal: string;
  colour: string;
}

type Draw = (p: Paint, seed: number) => string;

const part = (d: string, p: Paint, fill = p.body, width = 3) => `<path d="${d}" fill="${fill}" stroke="${p.edge}" stroke-width="${width}"/>`;
const line = (d: string, stroke: string, width: number, dash = '') => `<path d="${d}" fill="none" stroke="${stroke}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
const stitch = (d: string, p: Paint) => line(d, p.stitch, 2, '7 6');
const shadeOver = (d: string, opacity: number) => `<path d="${d}" fill="#000" opacity="${opacity}"/>`;

const handbag: Draw = (p) =>
  line('M300 480C296 320 504 320 500 480', p.edge, 24) + line('M300 480C296 320 504 320 500 480', p.body, 16) +
  part('M240 470H560L604 772Q608 800 580 800H220Q192 800 196 772Z', p) +
  part('M240 470H560L552 600Q400 650 248 600Z', p) + shadeOver('M248 600Q400 650 552 600L556 640Q400 690 244 640Z', 0.08) +
  stitch('M258 486H542L536 586Q400 628 264 586Z', p) + `<rect x="382" y="604" width="36" height="30" rx="4" fill="${p.metal}"/>`;

const tote: Draw = (p) =>
  line('M290 430C286 250 370 250 366 430M434 430C430 250 514 250 510 430', p.edge, 22) +
  line('M290 430C286 250 370 250 366 430M434 430C430 250 514 250 510 430', p.body, 14) +
  part('M200 420H600L634 790Q636 806 618 806H182Q164 806 166 790Z', p) + stitch('M212 446H588', p) +
  shadeOver('M200 420H600L604 460H196Z', 0.07);

const shoulder: Draw = (p, seed) =>
  line(seed % 2 ? 'M250 500C230 190 570 190 550 500' : 'M250 500C250 150 550 150 550 500', p.metal, 9, '16 6') +
  part('M220 530Q220 490 262 490H538Q580 490 580 530V764Q580 796 548 796H252Q220 796 220 764Z', p) +
  part('M220 530Q220 490 262 490H538Q580 490 580 530V640Q400 668 220 640Z', p) +
  line('M260 500L360 650M340 496L460 660M430 496L540 650M540 520L470 640M460 496L340 660M370 496L260 630', p.stitch, 1.5) +
  `<rect x="376" y="624" width="48" height="34" rx="8" fill="${p.metal}"/>`;

const crossbody: Draw = (p) =>
  line('M262 560C150 150 650 150 538 560', p.edge, 8) +
  part('M250 560Q250 530 282 530H518Q550 530 550 560V760Q550 790 520 790H280Q250 790 250 760Z', p) +
  part('M250 560Q250 530 282 530H518Q550 530 550 560V650Q400 690 250 650Z', p) + stitch('M266 548H534', p) +
  `<circle cx="400" cy="664" r="14" fill="${p.metal}"/>`;

const clutch: Draw = (p) =>
  part('M160 540H640V742Q640 764 618 764H182Q160 764 160 742Z', p) + part('M160 540L400 676L640 540Z', p) +
  shadeOver('M160 540L400 676L640 540L640 560L400 696L160 560Z', 0.08) + `<rect x="360" y="662" width="80" height="14" rx="7" fill="${p.metal}"/>`;

const backpack: Draw = (p) =>
  line('M350 330C350 260 450 260 450 330', p.edge, 14) +
  part('M250 390Q250 320 320 320H480Q550 320 550 390L572 776Q574 800 550 800H250Q226 800 228 776Z', p) +
  part('M250 390Q250 320 320 320H480Q550 320 550 390L552 520Q400 560 248 520Z', p) +
  part('M300 600Q300 580 320 580H480Q500 580 500 600V740Q500 760 480 760H320Q300 760 300 740Z', p) +
  stitch('M316 596H484', p) + `<rect x="388" y="528" width="24" height="40" rx="4" fill="${p.metal}"/>`;

const pump: Draw = (p) =>
  part('M160 772C160 744 192 730 232 726L330 722C384 720 420 702 452 680Q524 636 600 600L640 596C654 640 652 664 640 684L620 692L613 806H598L590 704C540 722 484 770 400 792L200 798C176 798 160 790 160 772Z', p) +
  shadeOver('M452 680Q524 636 600 600L640 596L630 640Q540 650 470 700Z', 0.12) + line('M220 790L400 786', p.stitch, 2);

const sneaker: Draw = (p) =>
  part('M150 762Q150 694 222 682L334 662Q384 602 452 566L562 544Q622 542 640 602L652 762Z', p) +
  part('M146 762H656V788Q656 808 634 808H168Q146 808 146 788Z', p, '#f4f1ec', 2) +
  line('M390 610L430 640M420 592L460 622M452 576L492 604', p.stitch, 6) + stitch('M160 748H640', p) +
  `<path d="M560 600Q610 640 620 720" fill="none" stroke="${p.edge}" stroke-width="3"/>`;

const boot: Draw = (p) =>
  part('M424 250H604L612 640Q618 700 640 726V798H170Q148 798 152 770Q162 716 244 700L414 664Z', p) +
  part('M560 700H640V806H576Z', p) + stitch('M436 268H592M420 652L250 694', p) + shadeOver('M424 250H604L606 300H426Z', 0.1);

const loafer: Draw = (p) =>
  part('M150 770Q150 720 212 706L362 690Q422 680 470 652L602 640Q650 646 650 702V790Q650 802 638 802H172Q150 802 150 770Z', p) +
  line('M360 700Q420 700 470 664', p.edge, 10) + `<g fill="none" stroke="${p.metal}" stroke-width="7"><circle cx="392" cy="688" r="12"/><circle cx="428" cy="680" r="12"/></g>` +
  stitch('M230 718Q300 700 356 696', p) + line('M150 792H650', p.edge, 6);

const sandal: Draw = (p) =>
  part('M160 780Q170 750 230 748L560 726Q640 724 640 760V782Q640 796 620 796H184Q160 796 160 780Z', p) +
  part('M580 740H632L626 806H588Z', p) + line('M250 748Q300 640 360 744M320 744Q400 640 460 738M520 730Q560 620 610 728', p.edge, 16) +
  line('M250 748Q300 640 360 744M320 744Q400 640 460 738M520 730Q560 620 610 728', p.body, 10);

const dress: Draw = (p) =>
  line('M338 232L352 170M462 232L448 170', p.edge, 5) +
  part('M336 230H464L474 300Q518 320 516 384L498 460Q566 620 646 820H154Q234 620 302 460L284 384Q282 320 326 300Z', p) +
  stitch('M300 462Q400 480 500 462', p) + shadeOver('M400 470Q430 640 470 820H400Z', 0.06) + shadeOver('M330 470Q300 650 250 820H320Z', 0.05);

const coat: Draw = (p, seed) => {
  const hem = seed % 2 ? 860 : 820;
  return part(`M310 220H490L602 282L664 700L604 712L592 520L584 ${hem}H216L208 520L196 712L136 700L198 282Z`, p) +
    part('M310 220L400 430L490 220L448 220L400 330L352 220Z', p) + line(`M400 430V${hem}`, p.edge, 3) +
    `<g fill="${p.metal}"><circle cx="430" cy="500" r="9"/><circle cx="430" cy="590" r="9"/><circle cx="430" cy="680" r="9"/></g>` +
    stitch('M230 640H370M430 640H570', p);
};

const jacket: Draw = (p) =>
  part('M312 230H488L598 288L646 620L590 630L580 470L582 690H218L220 470L210 630L154 620L202 288Z', p) +
  part('M312 230L400 420L488 230L450 230L400 330L350 230Z', p) + line('M400 420V690', p.edge, 3) +
  `<g fill="${p.metal}"><circle cx="424" cy="500" r="8"/><circle cx="424" cy="580" r="8"/></g>` + stitch('M250 560H350M450 560H550', p);

const knit: Draw = (p) =>
  part('M290 260Q400 302 510 260L640 330L680 640L620 652L590 440V720H210V440L180 652L120 640L160 330Z', p) +
  line('M214 700H586M126 622L178 632M622 632L674 622', p.stitch, 14, '3 5') + line('M300 270Q400 312 500 270', p.stitch, 8, '3 4');

const shirt: Draw = (p) =>
  part('M300 250L360 240Q400 270 440 240L500 250L640 322L670 630L614 640L590 440V740H210V440L186 640L130 630L160 322Z', p) +
  part('M360 240L400 300L440 240L420 232L400 262L380 232Z', p) + line('M400 300V740', p.edge, 3) +
  `<g fill="${p.stitch}"><circle cx="412" cy="360" r="5"/><circle cx="412" cy="450" r="5"/><circle cx="412" cy="540" r="5"/><circle cx="412" cy="630" r="5"/></g>`;

const trousers: Draw = (p) =>
  part('M270 240H530L582 860H444L400 420L356 860H218Z', p) + part('M268 240H532V282H268Z', p) +
  stitch('M320 300L296 840M480 300L504 840', p) + `<circle cx="400" cy="262" r="7" fill="${p.metal}"/>`;

const skirt: Draw = (p) =>
  part('M292 300H508L624 766H176Z', p) + part('M290 280H510V320H290Z', p) +
  line('M340 320L290 766M400 320V766M460 320L510 766', p.edge, 2) + shadeOver('M400 320L460 320L510 766H400Z', 0.06);

const ring: Draw = (p, seed) =>
  `<ellipse cx="400" cy="600" rx="150" ry="164" fill="none" stroke="${p.edge}" stroke-width="44"/>` +
  `<ellipse cx="400" cy="600" rx="150" ry="164" fill="none" stroke="${p.body}" stroke-width="36"/>` +
  `<path d="M350 424L400 ${seed % 2 ? 368 : 380}L450 424L400 480Z" fill="#eef3f6" stroke="#9fb2bd" stroke-width="2"/>` +
  line('M350 424H450M400 380L380 424L400 480L420 424Z', '#b9c8d0', 1.5) + `<path d="M364 432L388 470" stroke="#fff" stroke-width="4" opacity=".8"/>`;

const necklace: Draw = (p) =>
  line('M210 260Q400 820 590 260', p.edge, 9, '10 5') + line('M210 260Q400 820 590 260', p.body, 5, '10 5') +
  `<path d="M400 536L440 600L400 690L360 600Z" fill="${p.body}" stroke="${p.edge}" stroke-width="3"/><circle cx="400" cy="528" r="12" fill="none" stroke="${p.edge}" stroke-width="5"/>`;

const earrings: Draw = (p) => [300, 500].map((x) =>
  line(`M${x} 330C${x - 36} 330 ${x - 36} 400 ${x} 420`, p.edge, 6) +
  `<path d="M${x} 420C${x + 60} 520 ${x + 56} 640 ${x} 660C${x - 56} 640 ${x - 60} 520 ${x} 420Z" fill="${p.body}" stroke="${p.edge}" stroke-width="3"/>` +
  `<circle cx="${x - 12}" cy="560" r="10" fill="#fff" opacity=".5"/>`).join('');

const bracelet: Draw = (p) =>
  `<ellipse cx="400" cy="600" rx="220" ry="120" fill="none" stroke="${p.edge}" stroke-width="52"/><ellipse cx="400" cy="600" rx="220" ry="120" fill="none" stroke="${p.body}" stroke-width="44"/>` +
  `<g fill="#eef3f6" stroke="#9fb2bd" stroke-width="2"><circle cx="300" cy="712" r="10"/><circle cx="400" cy="722" r="10"/><circle cx="500" cy="712" r="10"/></g>`;

const watch: Draw = (p) => {
  const ticks = Array.from({ length: 12 }, (_, i) => {
    const a = (i * Math.PI) / 6;
    const [s, c] = [Math.sin(a), Math.cos(a)];
    return `M${(400 + 112 * s).toFixed(0)} ${(560 - 112 * c).toFixed(0)}L${(400 + 128 * s).toFixed(0)} ${(560 - 128 * c).toFixed(0)}`;
  }).join('');
  return part('M330 220H470L460 420H340ZM340 700H460L470 900H330Z', p) + stitch('M346 240L352 400M454 240L448 400M352 720L346 880M448 720L454 880', p) +
    `<circle cx="400" cy="560" r="160" fill="${p.metal}"/><circle cx="400" cy="560" r="140" fill="#f8f5ee" stroke="#a88a4a" stroke-width="3"/>` +
    `<rect x="556" y="544" width="22" height="32" rx="4" fill="${p.metal}"/>` + line(ticks, '#2b2b2b', 5) +
    line('M400 560L400 468M400 560L462 600', '#1f1f1f', 7) + `<circle cx="400" cy="560" r="9" fill="#1f1f1f"/>`;
};

const scarf: Draw = (p, seed) =>
  part('M400 250L660 530L400 810L140 530Z', p) + `<path d="M400 300L612 530L400 760L188 530Z" fill="none" stroke="${p.stitch}" stroke-width="8"/>` +
  `<circle cx="400" cy="530" r="${70 + (seed % 4) * 10}" fill="none" stroke="${p.stitch}" stroke-width="5"/><path d="M400 470L430 530L400 590L370 530Z" fill="${p.metal}"/>` +
  line('M150 560L128 580M170 580L148 600M630 580L652 600M650 560L672 580', p.edge, 3);

const belt: Draw = (p) =>
  part('M120 470H640Q680 470 680 510V530Q680 570 640 570H120Z', p) + stitch('M130 484H640M130 556H640', p) +
  `<path d="M150 446H270V594H150Z" fill="none" stroke="${p.metal}" stroke-width="18"/><path d="M210 456V584" stroke="${p.metal}" stroke-width="10"/>` +
  `<g fill="${p.edge}"><circle cx="480" cy="520" r="7"/><circle cx="540" cy="520" r="7"/><circle cx="600" cy="520" r="7"/></g>`;

const sunglasses: Draw = (p) =>
  line('M160 500L110 470M640 500L690 470', p.edge, 10) +
  part('M160 480H360Q380 480 376 504L360 600Q350 640 300 640H230Q180 640 170 600L156 504Q152 480 160 480Z', p) +
  part('M440 480H640Q648 480 644 504L630 600Q620 640 570 640H500Q450 640 440 600L424 504Q420 480 440 480Z', p) +
  `<g fill="#1c1c1f" opacity=".78"><path d="M178 500H356L344 592Q336 620 300 620H232Q196 620 188 592Z"/><path d="M444 500H622L612 592Q604 620 568 620H500Q464 620 456 592Z"/></g>` +
  line('M376 500Q400 480 424 500', p.edge, 10) + line('M200 520L240 580M470 520L510 580', '#fff', 5);

const hat: Draw = (p) =>
  `<ellipse cx="400" cy="640" rx="300" ry="70" fill="${p.body}" stroke="${p.edge}" stroke-width="3"/>` +
  part('M270 640Q262 420 400 410Q538 420 530 640Q400 680 270 640Z', p) + part('M272 600Q400 636 528 600L530 640Q400 680 270 640Z', p, p.edge);

const gloves: Draw = (p) => [0, 1].map((i) => {
  const x = i ? 420 : 160;
  return `<g transform="translate(${x} ${i ? 40 : 0})">` +
    part('M40 380Q40 350 60 350Q80 350 80 380V300Q80 270 100 270Q120 270 120 300V280Q120 250 140 250Q160 250 160 280V300Q160 270 180 270Q200 270 200 300V470L230 420Q250 400 264 420L220 560V700H60V560Z', p) +
    stitch('M60 640H220', p) + '</g>';
}).join('');

const wallet: Draw = (p) =>
  part('M190 440H610Q640 440 640 470V730Q640 760 610 760H190Q160 760 160 730V470Q160 440 190 440Z', p) +
  part('M160 470Q160 440 190 440H610Q640 440 640 470V560H160Z', p) + stitch('M176 456H624V544H176Z', p) +
  `<circle cx="580" cy="560" r="14" fill="${p.metal}"/>`;

const cardholder: Draw = (p) =>
  part('M240 440H560Q580 440 580 460V740Q580 760 560 760H240Q220 760 220 740V460Q220 440 240 440Z', p) +
  line('M220 520Q400 500 580 520M220 600Q400 580 580 600', p.edge, 3) + stitch('M232 452H568V748H232Z', p);

const keyring: Draw = (p) =>
  `<circle cx="400" cy="360" r="70" fill="none" stroke="${p.metal}" stroke-width="12"/>` + `<rect x="384" y="424" width="32" height="40" rx="6" fill="${p.metal}"/>` +
  part('M340 470H460V700L400 760L340 700Z', p) + stitch('M354 484H446V694L400 740L354 694Z', p);

const fragrance: Draw = (p, seed) => {
  const cap = seed % 2 ? `<rect x="350" y="330" width="100" height="100" rx="8" fill="${p.metal}"/>` : '<rect x="340" y="320" width="120" height="110" rx="4" fill="#1e1c1b"/>';
  return cap + '<rect x="372" y="428" width="56" height="32" fill="#d8d2c8"/>' +
    `<rect x="250" y="460" width="300" height="346" rx="26" fill="${p.body}" stroke="${p.edge}" stroke-width="3" opacity=".92"/>` +
    '<rect x="272" y="480" width="40" height="300" rx="16" fill="#fff" opacity=".32"/><rect x="330" y="590" width="140" height="64" fill="#f8f5f0" opacity=".9"/>' +
    line('M350 612H450M370 634H430', '#3a3532', 3);
};

const lipstick: Draw = (p) =>
  `<path d="M350 420L400 330L450 380V520H350Z" fill="${p.body}" stroke="${p.edge}" stroke-width="3"/>` +
  `<rect x="330" y="510" width="140" height="100" fill="${p.metal}"/><rect x="320" y="600" width="160" height="210" rx="6" fill="#1e1c1b"/>` +
  `<rect x="340" y="616" width="16" height="180" fill="#fff" opacity=".12"/>`;

const jar: Draw = (p) =>
  `<rect x="240" y="560" width="320" height="240" rx="24" fill="${p.body}" stroke="${p.edge}" stroke-width="3"/>` +
  `<path d="M230 520H570V580Q570 590 560 590H240Q230 590 230 580Z" fill="${p.metal}"/><ellipse cx="400" cy="520" rx="170" ry="24" fill="#ecd9a6"/>` +
  `<rect x="330" y="650" width="140" height="60" fill="#f8f5f0" opacity=".85"/>` + line('M350 672H450M370 692H430', '#3a3532', 3);

const SHAPES: Record<string, Draw> = {
  handbag, tote, shoulder, crossbody, clutch, backpack, pump, sneaker, boot, loafer, sandal, dress, coat, jacket, knit, shirt,
  trousers, skirt, ring, necklace, earrings, bracelet, watch, scarf, belt, sunglasses, hat, gloves, wallet, cardholder, keyring,
  fragrance, lipstick, jar,
};

export const SHAPE_NAMES: readonly string[] = Object.keys(SHAPES);

/** The piece, or a plain folded cloth for a shape this version does not know. */
export function drawShape(shape: string, paint: Paint, seed: number): string {
  return (SHAPES[shape] ?? scarf)(paint, seed);
}

/** Where a close-up looks: the clasp, the dial, the buckle… */
const FOCUS: Record<string, [number, number]> = {
  handbag: [400, 600], tote: [330, 400], shoulder: [400, 620], crossbody: [400, 640], clutch: [400, 660], backpack: [400, 560],
  pump: [560, 640], sneaker: [440, 620], boot: [520, 700], loafer: [410, 690], sandal: [400, 740], ring: [400, 440], necklace: [400, 600],
  earrings: [300, 520], bracelet: [400, 700], watch: [400, 560], belt: [220, 520], sunglasses: [300, 540], fragrance: [400, 560],
  lipstick: [400, 440], jar: [400, 560], wallet: [560, 560], cardholder: [400, 560], keyring: [400, 460],
};

export function shapeFocus(shape: string): [number, number] {
  return FOCUS[shape] ?? [400, 500];
}

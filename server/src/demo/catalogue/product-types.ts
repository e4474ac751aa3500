import type { SizeGuide } from '../../modules/catalog/catalog.tables.ts';
import type { Trio } from './designers.ts';
import type { ColourGroup, MaterialKey } from './materials.ts';

/** How a kind of piece is sized; each scheme lists its sizes smallest first. */
export const SIZE_SCHEMES = {
  clothing: { guide: 'clothing', sizes: ['XS', 'S', 'M', 'L', 'XL'] },
  shoes: { guide: 'shoes', sizes: ['35', '36', '37', '38', '39', '40', '41', '42'] },
  rings: { guide: 'rings', sizes: ['48', '50', '52', '54', '56'] },
  belts: { guide: 'belts', sizes: ['75', '80', '85', '90', '95'] },
  gloves: { guide: 'clothing', sizes: ['6.5', '7', '7.5', '8'] },
  volume: { guide: 'one-size', sizes: ['50 ml', '100 ml'] },
  none: { guide: 'one-size', sizes: [] },
} as const satisfies Record<string, { guide: SizeGuide; sizes: readonly string[] }>;

export type SizeScheme = keyof typeof SIZE_SCHEMES;

export interface ProductType {
  category: string;
  names: Trio;
  shape: string;
  sizes: SizeScheme;
  /** Price range in whole Hong Kong dollars. */
  hkd: readonly [number, number];
  grams: readonly [number, number];
  materials: readonly MaterialKey[];
  colours: ColourGroup;
  modifiers?: readonly Trio[];
  /** Houses give these a model name ("Ondine"); clothes are named by what they are. */
  modelName?: boolean;
}

const t = (category: string, names: Trio, shape: string, sizes: SizeScheme, hkd: [number, number], grams: [number, number], materials: MaterialKey[], colours: ColourGroup, extra: Partial<ProductType> = {}): ProductType =>
  ({ category, names, shape, sizes, hkd, grams, materials, colours, ...extra });

const MINI: Trio = ['mini', '迷你', '迷你'];
const LARGE: Trio = ['large', '大號', '大号'];
const named = { modelName: true };

export const PRODUCT_TYPES: readonly ProductType[] = [
  t('handbags', ['top-handle handbag', '手提包', '手提包'], 'handbag', 'none', [18_000, 48_000], [700, 1_200], ['calfskin', 'grained', 'lambskin', 'patent'], 'leather', { ...named, modifiers: [MINI, ['structured', '硬挺', '硬挺']] }),
  t('handbags', ['bucket bag', '水桶包', '水桶包'], 'tote', 'none', [14_000, 32_000], [600, 900], ['calfskin', 'suede', 'grained'], 'leather', named),
  t('totes', ['tote bag', '托特包', '托特包'], 'tote', 'none', [9_000, 26_000], [650, 1_100], ['canvas', 'grained', 'calfskin'], 'leather', { ...named, modifiers: [LARGE, ['east-west', '橫款', '横款']] }),
  t('shoulder-bags', ['shoulder bag', '肩背包', '单肩包'], 'shoulder', 'none', [16_000, 42_000], [500, 900], ['lambskin', 'calfskin', 'suede'], 'leather', { ...named, modifiers: [['quilted', '絎縫', '绗缝'], ['chain', '鏈條', '链条']] }),
  t('crossbody-bags', ['crossbody bag', '斜揹包', '斜挎包'], 'crossbody', 'none', [9_000, 22_000], [350, 600], ['calfskin', 'grained', 'canvas'], 'leather', named),
  t('crossbody-bags', ['camera bag', '相機包', '相机包'], 'crossbody', 'none', [8_500, 18_000], [350, 550], ['calfskin', 'grained'], 'leather', named),
  t('clutches', ['evening clutch', '晚宴手拿包', '晚宴手拿包'], 'clutch', 'none', [6_000, 18_000], [250, 450], ['satin', 'patent', 'calfskin'], 'leather', named),
  t('clutches', ['envelope clutch', '信封手拿包', '信封手拿包'], 'clutch', 'none', [5_500, 14_000], [250, 400], ['calfskin', 'suede', 'lambskin'], 'leather'),
  t('backpacks', ['backpack', '背囊', '双肩包'], 'backpack', 'none', [11_000, 26_000], [800, 1_300], ['grained', 'canvas', 'calfskin'], 'leather', named),
  t('pumps', ['pumps', '高跟鞋', '高跟鞋'], 'pump', 'shoes', [5_500, 9_500], [450, 650], ['suede', 'patent', 'satin', 'calfskin'], 'leather', { ...named, modifiers: [['pointed-toe', '尖頭', '尖头'], ['slingback', '露跟', '露跟']] }),
  t('sneakers', ['sneakers', '運動鞋', '运动鞋'], 'sneaker', 'shoes', [4_500, 8_500], [700, 1_000], ['calfskin', 'suede'], 'leather', { modifiers: [['low-top', '低筒', '低帮'], ['high-top', '高筒', '高帮']] }),
  t('boots', ['ankle boots', '短靴', '短靴'], 'boot', 'shoes', [7_500, 14_000], [900, 1_400], ['calfskin', 'suede'], 'leather', named),
  t('boots', ['knee-high boots', '及膝長靴', '及膝长靴'], 'boot', 'shoes', [9_500, 18_000], [1_200, 1_800], ['calfskin', 'suede'], 'leather'),
  t('loafers', ['loafers', '樂福鞋', '乐福鞋'], 'loafer', 'shoes', [5_500, 9_000], [600, 900], ['calfskin', 'suede', 'patent'], 'leather', { modifiers: [['horsebit', '馬銜扣', '马衔扣']] }),
  t('sandals', ['sandals', '涼鞋', '凉鞋'], 'sandal', 'shoes', [4_500, 8_000], [300, 500], ['calfskin', 'satin'], 'leather', { modifiers: [['strappy', '綁帶', '绑带']] }),
  t('dresses', ['midi dress', '中長連身裙', '中长连衣裙'], 'dress', 'clothing', [9_000, 32_000], [300, 600], ['silk', 'crepe', 'linen'], 'textile'),
  t('dresses', ['slip dress', '吊帶裙', '吊带裙'], 'dress', 'clothing', [7_500, 22_000], [200, 350], ['silk', 'satin', 'crepe'], 'silk'),
  t('coats', ['wrap coat', '裹身大衣', '裹身大衣'], 'coat', 'clothing', [18_000, 52_000], [1_300, 2_000], ['wool', 'cashmere', 'tweed'], 'textile'),
  t('coats', ['double-breasted coat', '雙排扣大衣', '双排扣大衣'], 'coat', 'clothing', [19_000, 48_000], [1_400, 2_100], ['wool', 'cashmere'], 'textile'),
  t('jackets', ['blazer', '西裝外套', '西装外套'], 'jacket', 'clothing', [12_000, 32_000], [700, 1_100], ['wool', 'tweed', 'linen'], 'textile'),
  t('jackets', ['jacket', '夾克', '夹克'], 'jacket', 'clothing', [16_000, 38_000], [900, 1_400], ['lambskin', 'suede'], 'leather'),
  t('knitwear', ['crew-neck sweater', '圓領毛衣', '圆领毛衣'], 'knit', 'clothing', [5_000, 16_000], [350, 600], ['cashmere', 'wool'], 'textile'),
  t('knitwear', ['cardigan', '開襟毛衣', '开衫'], 'knit', 'clothing', [5_500, 17_000], [350, 650], ['cashmere', 'wool'], 'textile'),
  t('shirts', ['shirt', '襯衫', '衬衫'], 'shirt', 'clothing', [3_800, 9_500], [200, 320], ['cotton', 'silk', 'linen'], 'textile'),
  t('trousers', ['tailored trousers', '西褲', '西裤'], 'trousers', 'clothing', [5_000, 12_000], [400, 650], ['wool', 'linen', 'crepe'], 'textile'),
  t('trousers', ['wide-leg trousers', '闊腳褲', '阔腿裤'], 'trousers', 'clothing', [5_500, 13_000], [400, 700], ['wool', 'silk', 'linen'], 'textile'),
  t('skirts', ['pleated skirt', '百褶裙', '百褶裙'], 'skirt', 'clothing', [6_000, 15_000], [300, 500], ['silk', 'wool', 'tweed'], 'textile'),
  t('skirts', ['A-line skirt', 'A字裙', 'A字裙'], 'skirt', 'clothing', [5_000, 12_000], [250, 450], ['wool', 'crepe', 'lambskin'], 'textile'),
  t('rings', ['signet ring', '印章戒指', '印章戒指'], 'ring', 'rings', [12_000, 38_000], [6, 14], ['gold'], 'metal', named),
  t('rings', ['diamond solitaire ring', '單鑽戒指', '单钻戒指'], 'ring', 'rings', [38_000, 160_000], [3, 6], ['gold'], 'metal', named),
  t('necklaces', ['pendant necklace', '吊墜項鏈', '吊坠项链'], 'necklace', 'none', [9_000, 60_000], [5, 18], ['gold', 'silver'], 'metal', named),
  t('earrings', ['drop earrings', '垂墜耳環', '垂坠耳环'], 'earrings', 'none', [7_000, 45_000], [4, 12], ['gold', 'silver'], 'metal', named),
  t('earrings', ['hoop earrings', '圈形耳環', '圈形耳环'], 'earrings', 'none', [5_500, 28_000], [4, 10], ['gold', 'silver'], 'metal'),
  t('bracelets', ['bangle', '手鐲', '手镯'], 'bracelet', 'none', [9_000, 68_000], [15, 40], ['gold', 'silver'], 'metal', named),
  t('dress-watches', ['automatic watch, 38 mm', '自動腕錶 38毫米', '自动腕表 38毫米'], 'watch', 'none', [38_000, 180_000], [60, 90], ['steel', 'goldCase'], 'straps', named),
  t('sports-watches', ['chronograph, 41 mm', '計時腕錶 41毫米', '计时腕表 41毫米'], 'watch', 'none', [46_000, 150_000], [110, 160], ['steel'], 'straps', named),
  t('scarves', ['scarf', '圍巾', '围巾'], 'scarf', 'none', [2_800, 7_800], [80, 250], ['silkTwill', 'cashmere', 'silk'], 'silk'),
  t('belts', ['belt', '腰帶', '腰带'], 'belt', 'belts', [3_500, 7_500], [150, 260], ['calfskin', 'grained', 'suede'], 'leather', { modifiers: [['reversible', '雙面', '双面']] }),
  t('sunglasses', ['sunglasses', '太陽眼鏡', '太阳镜'], 'sunglasses', 'none', [2_600, 5_200], [30, 45], ['acetate'], 'eyewear', { modifiers: [['cat-eye', '貓眼', '猫眼'], ['round', '圓框', '圆框']] }),
  t('hats', ['fedora', '紳士帽', '绅士帽'], 'hat', 'none', [2_800, 6_800], [120, 200], ['felt', 'straw'], 'textile'),
  t('hats', ['bucket hat', '漁夫帽', '渔夫帽'], 'hat', 'none', [2_200, 4_800], [90, 150], ['straw', 'cashmere'], 'textile'),
  t('gloves', ['gloves', '手套', '手套'], 'gloves', 'gloves', [1_800, 4_200], [60, 110], ['lambskin', 'cashmere'], 'leather'),
  t('wallets', ['zip-around wallet', '拉鏈長銀包', '拉链长钱包'], 'wallet', 'none', [4_200, 8_800], [150, 250], ['calfskin', 'grained'], 'leather'),
  t('wallets', ['bifold wallet', '對摺銀包', '对折钱包'], 'wallet', 'none', [3_200, 6_400], [90, 140], ['calfskin', 'grained'], 'leather'),
  t('card-holders', ['card holder', '卡片套', '卡包'], 'cardholder', 'none', [2_200, 4_200], [30, 60], ['calfskin', 'grained', 'patent'], 'leather'),
  t('key-rings', ['key ring', '鑰匙扣', '钥匙扣'], 'keyring', 'none', [1_600, 3_600], [30, 70], ['calfskin', 'grained'], 'leather'),
  t('fragrance', ['eau de parfum', '淡香精', '淡香精'], 'fragrance', 'volume', [1_200, 3_200], [300, 520], ['iris', 'oud', 'vetiver', 'neroli', 'rose'], 'none', named),
  t('lipstick', ['lipstick', '唇膏', '口红'], 'lipstick', 'none', [380, 520], [20, 30], ['matte', 'sheer'], 'lip'),
  t('skincare', ['face cream', '面霜', '面霜'], 'jar', 'none', [1_200, 4_800], [150, 260], ['rose', 'tea'], 'none'),
  t('candles', ['scented candle', '香氛蠟燭', '香氛蜡烛'], 'jar', 'none', [580, 1_200], [600, 900], ['fig', 'sandalwood', 'tea'], 'none'),
];

/** Model names houses give their pieces; kept in Latin letters in every language, as houses do. */
export const MODEL_NAMES: readonly string[] = [
  'Ondine', 'Alba', 'Céleste', 'Margaux', 'Sloane', 'Juno', 'Inès', 'Esme', 'Lior', 'Nara', 'Vela', 'Rhea', 'Sienna', 'Oda', 'Tove',
  'Mika', 'Cleo', 'Isla', 'Aster', 'Perla', 'Livia', 'Maren', 'Solène', 'Ilse', 'Romy', 'Ayla', 'Mira', 'Hana', 'Suki', 'Elio',
  'Dario', 'Teo', 'Arlo', 'Rafe', 'Otto', 'Bruno', 'Lucca', 'Remy', 'Ezra', 'Linh', 'Mei', 'Yuna', 'Saffi', 'Orla', 'Wren',
];

/** What each department's descriptions add after the first sentence, two ways of saying it. */
export const DEPARTMENT_LINES: Record<string, readonly Trio[]> = {
  bags: [
    ['It holds the day’s essentials, with an inside pocket and a lining that keeps them in order.', '內有暗袋，襯裡整潔，足以收納日常所需。', '内有暗袋，衬里整洁，足以收纳日常所需。'],
    ['The hardware is solid brass, finished in gold and polished by hand.', '五金配件以實心黃銅製成，鍍金並經人手拋光。', '五金配件以实心黄铜制成，镀金并经手工抛光。'],
  ],
  shoes: [
    ['The leather sole is stitched, so the pair can be resoled for years.', '皮革鞋底以縫線固定，可多年重換鞋底。', '皮革鞋底以缝线固定，可多年更换鞋底。'],
    ['A cushioned footbed keeps it comfortable from morning to evening.', '軟墊鞋床由早到晚都舒適。', '软垫鞋床从早到晚都舒适。'],
  ],
  'ready-to-wear': [
    ['Cut for an easy fit, it is finished inside with French seams.', '剪裁寬鬆自在，內裡以法式縫份收邊。', '剪裁宽松自在，内里以法式缝份收边。'],
    ['It goes as well with tailoring as with denim.', '無論配襯西裝或牛仔布都同樣合適。', '无论搭配西装或牛仔布都同样合适。'],
  ],
  jewellery: [
    ['Each piece is hallmarked and comes in a numbered box with its certificate.', '每件作品均有印記，附編號首飾盒及證書。', '每件作品均有印记，附编号首饰盒及证书。'],
    ['Made to be worn every day, and to be handed down.', '適合日常佩戴，亦可代代相傳。', '适合日常佩戴，亦可代代相传。'],
  ],
  watches: [
    ['Its self-winding movement keeps a power reserve of 70 hours.', '自動上鏈機芯提供70小時動力儲存。', '自动上链机芯提供70小时动力储存。'],
    ['The sapphire crystal is coated against reflections on both sides.', '藍寶石水晶鏡面雙面均有防反光塗層。', '蓝宝石水晶镜面双面均有防反光涂层。'],
  ],
  accessories: [
    ['A finishing touch that works season after season.', '畫龍點睛之作，季季皆宜。', '画龙点睛之作，季季皆宜。'],
    ['It comes in a gift box, ready to give.', '附禮盒包裝，可直接送禮。', '附礼盒包装，可直接送礼。'],
  ],
  'small-leather-goods': [
    ['Slim enough for a jacket pocket, with room for the cards you use.', '纖薄得可放進外套口袋，亦足以收納常用卡片。', '纤薄得可放进外套口袋，亦足以收纳常用卡片。'],
    ['Its edges are painted by hand, coat after coat.', '邊緣經人手逐層上油。', '边缘经手工逐层上油。'],
  ],
  beauty: [
    ['Composed in small batches and filled by hand.', '小批次調製，以人手填裝。', '小批次调制，以手工灌装。'],
    ['Its refillable case is made to be kept.', '可補充的外殼值得長久保存。', '可补充的外壳值得长久保存。'],
  ],
  home: [
    ['Poured into a glass made to be used again once the candle is finished.', '以可重用的玻璃容器盛載，蠟燭燃盡後可作他用。', '以可重复使用的玻璃容器盛装，蜡烛燃尽后可作他用。'],
    ['It burns for about 60 hours.', '可燃點約60小時。', '可燃点约60小时。'],
  ],
};

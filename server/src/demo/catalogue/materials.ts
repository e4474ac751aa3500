import type { Trio } from './designers.ts';

export type CareKind = 'leather' | 'suede' | 'silk' | 'wool' | 'knit' | 'cotton' | 'metal' | 'watch' | 'beauty' | 'eyewear' | 'candle';

export interface Material {
  names: Trio;
  composition: Trio;
  care: CareKind;
  /** The colour of a piece with no colour choice (perfume, a candle), for its pictures. */
  tint?: string;
}

export const CARE: Record<CareKind, Trio> = {
  leather: ['Keep in its dust bag away from sunlight; wipe with a soft, dry cloth.', '存放於防塵袋內，避免陽光直射；以柔軟乾布輕拭。', '存放于防尘袋内，避免阳光直射；以柔软干布轻拭。'],
  suede: ['Brush gently with a suede brush; keep away from rain.', '以麂皮刷輕掃；避免淋雨。', '以麂皮刷轻扫；避免淋雨。'],
  silk: ['Dry clean only; iron on a low setting.', '只可乾洗；以低溫熨燙。', '只可干洗；以低温熨烫。'],
  wool: ['Dry clean; brush after wearing and rest on a shaped hanger.', '乾洗；穿著後輕刷，並以立體衣架掛起。', '干洗；穿着后轻刷，并以立体衣架挂起。'],
  knit: ['Hand wash cold and dry flat.', '冷水手洗，平放晾乾。', '冷水手洗，平放晾干。'],
  cotton: ['Machine wash at 30°C; iron while still damp.', '以30°C機洗；微濕時熨燙。', '以30°C机洗；微湿时熨烫。'],
  metal: ['Store on its own in the pouch; keep away from perfume and water.', '獨立存放於首飾袋內；避免接觸香水及水。', '独立存放于首饰袋内；避免接触香水及水。'],
  watch: ['Water resistant to 50 metres; have it serviced every five years.', '防水深度50米；建議每五年保養一次。', '防水深度50米；建议每五年保养一次。'],
  beauty: ['Close after use; keep away from heat and light.', '使用後蓋好；避免高溫及光照。', '使用后盖好；避免高温及光照。'],
  eyewear: ['Clean with the cloth supplied and keep in the case.', '以附送的眼鏡布清潔，存放於眼鏡盒內。', '以附送的眼镜布清洁，存放于眼镜盒内。'],
  candle: ['Trim the wick before each lighting; never leave it burning unattended.', '每次點燃前修剪燭芯；燃點時切勿無人看管。', '每次点燃前修剪烛芯；燃点时切勿无人看管。'],
};

const m = (en: string, zhHant: string, zhHans: string, composition: Trio, care: CareKind, tint?: string): Material =>
  ({ names: [en, zhHant, zhHans], composition, care, ...(tint ? { tint } : {}) });

export const MATERIALS = {
  calfskin: m('calfskin', '小牛皮', '小牛皮', ['Calf leather; cotton lining', '小牛皮；棉質內襯', '小牛皮；棉质内衬'], 'leather'),
  lambskin: m('lambskin', '小羊皮', '小羊皮', ['Lamb leather; silk lining', '小羊皮；真絲內襯', '小羊皮；真丝内衬'], 'leather'),
  grained: m('grained leather', '粒面皮革', '粒面皮革', ['Grained calf leather; suede lining', '粒面小牛皮；麂皮內襯', '粒面小牛皮；麂皮内衬'], 'leather'),
  patent: m('patent leather', '漆皮', '漆皮', ['Patent calf leather; leather lining', '漆面小牛皮；皮革內襯', '漆面小牛皮；皮革内衬'], 'leather'),
  suede: m('suede', '麂皮', '麂皮', ['Goat suede; leather lining', '山羊麂皮；皮革內襯', '山羊麂皮；皮革内衬'], 'suede'),
  canvas: m('coated canvas', '塗層帆布', '涂层帆布', ['Coated cotton canvas; calf leather trims', '塗層棉帆布；小牛皮飾邊', '涂层棉帆布；小牛皮饰边'], 'leather'),
  satin: m('satin', '緞面', '缎面', ['Silk satin; leather lining', '真絲緞；皮革內襯', '真丝缎；皮革内衬'], 'silk'),
  wool: m('virgin wool', '初剪羊毛', '初剪羊毛', ['100% virgin wool; cupro lining', '100% 初剪羊毛；銅氨絲內襯', '100% 初剪羊毛；铜氨丝内衬'], 'wool'),
  cashmere: m('cashmere', '羊絨', '羊绒', ['100% cashmere', '100% 羊絨', '100% 羊绒'], 'knit'),
  tweed: m('tweed', '粗花呢', '粗花呢', ['Wool and silk tweed; silk lining', '羊毛真絲粗花呢；真絲內襯', '羊毛真丝粗花呢；真丝内衬'], 'wool'),
  silk: m('silk', '真絲', '真丝', ['100% silk', '100% 真絲', '100% 真丝'], 'silk'),
  silkTwill: m('silk twill', '斜紋真絲', '斜纹真丝', ['100% silk twill', '100% 斜紋真絲', '100% 斜纹真丝'], 'silk'),
  crepe: m('crepe', '縐紗', '绉纱', ['Viscose and silk crepe', '黏膠纖維及真絲縐紗', '粘胶纤维及真丝绉纱'], 'silk'),
  cotton: m('cotton poplin', '棉府綢', '棉府绸', ['100% cotton', '100% 棉', '100% 棉'], 'cotton'),
  linen: m('linen', '亞麻', '亚麻', ['100% linen', '100% 亞麻', '100% 亚麻'], 'cotton'),
  gold: m('18k gold', '18K金', '18K金', ['18-carat gold', '18K 黃金', '18K 黄金'], 'metal'),
  silver: m('sterling silver', '925純銀', '925纯银', ['925 sterling silver', '925 純銀', '925 纯银'], 'metal'),
  steel: m('steel', '精鋼', '精钢', ['Stainless steel case, sapphire crystal; leather strap', '不鏽鋼錶殼、藍寶石水晶鏡面；皮革錶帶', '不锈钢表壳、蓝宝石水晶镜面；皮革表带'], 'watch'),
  goldCase: m('18k gold', '18K金', '18K金', ['18-carat gold case, sapphire crystal; alligator strap', '18K 金錶殼、藍寶石水晶鏡面；鱷魚皮錶帶', '18K 金表壳、蓝宝石水晶镜面；鳄鱼皮表带'], 'watch'),
  acetate: m('acetate', '醋酸纖維', '醋酸纤维', ['Acetate frame; polarised lenses', '醋酸纖維鏡框；偏光鏡片', '醋酸纤维镜框；偏光镜片'], 'eyewear'),
  felt: m('wool felt', '羊毛氈', '羊毛毡', ['100% wool felt; grosgrain band', '100% 羊毛氈；羅紋緞帶', '100% 羊毛毡；罗纹缎带'], 'wool'),
  straw: m('straw', '草編', '草编', ['Natural straw; grosgrain band', '天然草編；羅紋緞帶', '天然草编；罗纹缎带'], 'wool'),
  iris: m('iris', '鳶尾', '鸢尾', ['Alcohol, fragrance, water', '酒精、香精、水', '酒精、香精、水'], 'beauty', '#b7a6c9'),
  oud: m('oud', '沉香', '沉香', ['Alcohol, fragrance, water', '酒精、香精、水', '酒精、香精、水'], 'beauty', '#7a4a2a'),
  vetiver: m('vetiver', '香根草', '香根草', ['Alcohol, fragrance, water', '酒精、香精、水', '酒精、香精、水'], 'beauty', '#7d8a5a'),
  rose: m('rose', '玫瑰', '玫瑰', ['Rose extract, shea butter, glycerin', '玫瑰萃取、乳木果油、甘油', '玫瑰萃取、乳木果油、甘油'], 'beauty', '#d99aa0'),
  neroli: m('neroli', '橙花', '橙花', ['Alcohol, fragrance, water', '酒精、香精、水', '酒精、香精、水'], 'beauty', '#e9c77b'),
  fig: m('fig', '無花果', '无花果', ['Rapeseed and coconut wax, fragrance; cotton wick', '菜籽及椰子蠟、香精；棉質燭芯', '菜籽及椰子蜡、香精；棉质烛芯'], 'candle', '#6f7f5e'),
  sandalwood: m('sandalwood', '檀香', '檀香', ['Rapeseed and coconut wax, fragrance; cotton wick', '菜籽及椰子蠟、香精；棉質燭芯', '菜籽及椰子蜡、香精；棉质烛芯'], 'candle', '#b08a62'),
  tea: m('white tea', '白茶', '白茶', ['White tea extract, squalane, hyaluronic acid', '白茶萃取、角鯊烷、透明質酸', '白茶萃取、角鲨烷、透明质酸'], 'beauty', '#d9d3bd'),
  matte: m('matte', '霧面', '雾面', ['Waxes, pigments, vitamin E', '蠟質、色素、維他命E', '蜡质、色素、维生素E'], 'beauty'),
  sheer: m('sheer', '水潤', '水润', ['Oils, waxes, pigments', '油脂、蠟質、色素', '油脂、蜡质、色素'], 'beauty'),
} as const satisfies Record<string, Material>;

export type MaterialKey = keyof typeof MATERIALS;

/** Named colours as the shop lists them (the colour facet shows these names). */
export const COLOURS: Record<string, string> = {
  Black: '#1c1c1c', Ivory: '#efe8da', Camel: '#b88a5a', Cognac: '#8a4b24', Burgundy: '#6e1f2a', Navy: '#22304a', Forest: '#2f4a3a',
  Blush: '#e2b8b0', Taupe: '#9c8b7c', Chocolate: '#4a3026', Grey: '#8d8f93', Sky: '#9dbad5', Sand: '#d6c2a1', Red: '#a3262c',
  Amber: '#c98a3c', 'Yellow gold': '#d4af5a', 'White gold': '#d9dcdf', 'Rose gold': '#d4a08a', Silver: '#c0c3c7', Steel: '#a8adb3',
  Tortoiseshell: '#6b4a2e', Honey: '#c08a3e', Rouge: '#a4192d', Nude: '#c8907a', Berry: '#6d1f3c', Coral: '#e0675a',
};

export const COLOUR_GROUPS = {
  leather: ['Black', 'Cognac', 'Camel', 'Burgundy', 'Navy', 'Ivory', 'Forest', 'Blush', 'Taupe', 'Chocolate'],
  textile: ['Black', 'Ivory', 'Navy', 'Camel', 'Grey', 'Forest', 'Burgundy', 'Sky', 'Blush', 'Sand'],
  silk: ['Red', 'Sky', 'Forest', 'Blush', 'Navy', 'Ivory', 'Amber'],
  metal: ['Yellow gold', 'White gold', 'Rose gold'],
  straps: ['Black', 'Cognac', 'Navy', 'Steel'],
  eyewear: ['Black', 'Tortoiseshell', 'Honey', 'Forest'],
  lip: ['Rouge', 'Nude', 'Berry', 'Coral'],
  none: [],
} as const satisfies Record<string, readonly string[]>;

export type ColourGroup = keyof typeof COLOUR_GROUPS;

export const COUNTRIES: Record<string, Trio> = {
  FR: ['France', '法國', '法国'], IT: ['Italy', '意大利', '意大利'], GB: ['the United Kingdom', '英國', '英国'], BE: ['Belgium', '比利時', '比利时'],
  DK: ['Denmark', '丹麥', '丹麦'], ES: ['Spain', '西班牙', '西班牙'], CH: ['Switzerland', '瑞士', '瑞士'], JP: ['Japan', '日本', '日本'],
  KR: ['South Korea', '韓國', '韩国'], HK: ['Hong Kong', '香港', '香港'], CN: ['China', '中國', '中国'], US: ['the United States', '美國', '美国'],
};

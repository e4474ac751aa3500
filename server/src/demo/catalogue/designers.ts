import type { Locale } from '../../modules/catalog/catalog.tables.ts';

/** Three texts of one thing: English, Traditional and Simplified Chinese. */
export type Trio = readonly [en: string, zhHant: string, zhHans: string];
export const LOCALES: readonly Locale[] = ['en', 'zh-Hant', 'zh-Hans'];

/** What a house is known for: decides which categories it makes and a sentence of its story. */
export type Craft = 'leather' | 'shoes' | 'couture' | 'tailoring' | 'knitwear' | 'silk' | 'jewellery' | 'watches' | 'perfume' | 'accessories';

export const CITIES = {
  paris: { names: ['Paris', '巴黎', '巴黎'], country: 'FR' },
  lyon: { names: ['Lyon', '里昂', '里昂'], country: 'FR' },
  milan: { names: ['Milan', '米蘭', '米兰'], country: 'IT' },
  florence: { names: ['Florence', '佛羅倫斯', '佛罗伦萨'], country: 'IT' },
  naples: { names: ['Naples', '拿坡里', '那不勒斯'], country: 'IT' },
  london: { names: ['London', '倫敦', '伦敦'], country: 'GB' },
  antwerp: { names: ['Antwerp', '安特衛普', '安特卫普'], country: 'BE' },
  copenhagen: { names: ['Copenhagen', '哥本哈根', '哥本哈根'], country: 'DK' },
  madrid: { names: ['Madrid', '馬德里', '马德里'], country: 'ES' },
  geneva: { names: ['Geneva', '日內瓦', '日内瓦'], country: 'CH' },
  tokyo: { names: ['Tokyo', '東京', '东京'], country: 'JP' },
  kyoto: { names: ['Kyoto', '京都', '京都'], country: 'JP' },
  seoul: { names: ['Seoul', '首爾', '首尔'], country: 'KR' },
  hongkong: { names: ['Hong Kong', '香港', '香港'], country: 'HK' },
  shanghai: { names: ['Shanghai', '上海', '上海'], country: 'CN' },
  newyork: { names: ['New York', '紐約', '纽约'], country: 'US' },
} as const satisfies Record<string, { names: Trio; country: string }>;

export interface DemoDesigner {
  name: string;
  /** The name Chinese readers know the house by, in both scripts; none for most houses. */
  local?: readonly [zhHant: string, zhHans: string];
  city: keyof typeof CITIES;
  founded: number;
  craft: Craft;
  featured?: boolean;
  logo: 'wordmark' | 'monogram';
  /** Ink of the logo. */
  ink: string;
}

const INK = { black: '#1d1d1b', navy: '#25324a', wine: '#5a1e28', green: '#2f4a3a', bronze: '#7a5a2f', plum: '#3b3355' };

/** Invented houses: any likeness to a real one is unintended. */
export const DESIGNERS: readonly DemoDesigner[] = [
  { name: 'Maison Verlaine', local: ['韋蘭之家', '韦兰之家'], city: 'paris', founded: 1889, craft: 'leather', featured: true, logo: 'wordmark', ink: INK.black },
  { name: 'Casa Ardenti', local: ['雅丹蒂', '雅丹蒂'], city: 'florence', founded: 1921, craft: 'leather', logo: 'monogram', ink: INK.bronze },
  { name: 'Atelier Morel', city: 'lyon', founded: 1954, craft: 'silk', logo: 'wordmark', ink: INK.navy },
  { name: 'Hollis & Crane', city: 'london', founded: 1908, craft: 'tailoring', featured: true, logo: 'wordmark', ink: INK.green },
  { name: 'Studio Kanade', local: ['奏', '奏'], city: 'tokyo', founded: 1998, craft: 'couture', logo: 'monogram', ink: INK.black },
  { name: 'Céleste Roux', local: ['瑟蕾絲・盧', '瑟蕾丝・卢'], city: 'paris', founded: 1932, craft: 'couture', featured: true, logo: 'wordmark', ink: INK.wine },
  { name: 'Oriel', city: 'london', founded: 2009, craft: 'accessories', logo: 'wordmark', ink: INK.black },
  { name: 'Valmont Horlogerie', local: ['華爾蒙', '华尔蒙'], city: 'geneva', founded: 1876, craft: 'watches', featured: true, logo: 'wordmark', ink: INK.navy },
  { name: 'Lune Saint-Clair', local: ['聖克萊爾', '圣克莱尔'], city: 'paris', founded: 1967, craft: 'jewellery', logo: 'monogram', ink: INK.plum },
  { name: 'Bellandi Calzature', city: 'milan', founded: 1946, craft: 'shoes', logo: 'wordmark', ink: INK.wine },
  { name: 'Seren Okada', local: ['岡田靜', '冈田静'], city: 'kyoto', founded: 2004, craft: 'knitwear', logo: 'monogram', ink: INK.green },
  { name: 'Halden', city: 'copenhagen', founded: 2011, craft: 'couture', logo: 'wordmark', ink: INK.black },
  { name: 'Marchetti Fratelli', city: 'naples', founded: 1919, craft: 'tailoring', logo: 'monogram', ink: INK.navy },
  { name: 'Yun Shan', local: ['雲杉', '云杉'], city: 'shanghai', founded: 2012, craft: 'couture', featured: true, logo: 'monogram', ink: INK.green },
  { name: 'Ling Yi', local: ['玲儀', '玲仪'], city: 'hongkong', founded: 1988, craft: 'jewellery', logo: 'wordmark', ink: INK.wine },
  { name: 'Ambre Nocturne', city: 'paris', founded: 1978, craft: 'perfume', logo: 'wordmark', ink: INK.bronze },
  { name: 'Casa Solenne', city: 'madrid', founded: 1962, craft: 'shoes', logo: 'wordmark', ink: INK.black },
  { name: 'Vantier', city: 'antwerp', founded: 1993, craft: 'couture', logo: 'wordmark', ink: INK.black },
  { name: 'Ashcombe', city: 'london', founded: 1921, craft: 'knitwear', logo: 'wordmark', ink: INK.navy },
  { name: 'Iris Mallory', city: 'newyork', founded: 2006, craft: 'accessories', logo: 'monogram', ink: INK.plum },
  { name: 'Fenwick Row', city: 'london', founded: 1899, craft: 'leather', logo: 'wordmark', ink: INK.bronze },
  { name: 'Atelier Noor', local: ['努爾', '努尔'], city: 'paris', founded: 2015, craft: 'jewellery', logo: 'monogram', ink: INK.black },
  { name: 'Rivaldi', city: 'florence', founded: 1938, craft: 'silk', logo: 'wordmark', ink: INK.wine },
  { name: 'Kōzan', local: ['香山', '香山'], city: 'kyoto', founded: 1972, craft: 'perfume', featured: true, logo: 'wordmark', ink: INK.green },
  { name: 'Studio Hinoki', local: ['檜', '桧'], city: 'tokyo', founded: 2010, craft: 'leather', logo: 'monogram', ink: INK.bronze },
  { name: 'Maison Verrier', city: 'paris', founded: 1959, craft: 'perfume', logo: 'wordmark', ink: INK.navy },
  { name: 'Maison Opaline', city: 'geneva', founded: 1911, craft: 'jewellery', logo: 'wordmark', ink: INK.plum },
  { name: 'Sable & Stone', city: 'newyork', founded: 2001, craft: 'leather', logo: 'monogram', ink: INK.black },
  { name: 'Nordvik', city: 'copenhagen', founded: 2008, craft: 'knitwear', logo: 'wordmark', ink: INK.navy },
  { name: 'Alma Serrano', city: 'madrid', founded: 1984, craft: 'couture', logo: 'monogram', ink: INK.wine },
  { name: 'Tessaro', local: ['泰莎羅', '泰莎罗'], city: 'milan', founded: 1951, craft: 'leather', featured: true, logo: 'wordmark', ink: INK.black },
  { name: 'Bai Lu', local: ['白鹿', '白鹿'], city: 'shanghai', founded: 2016, craft: 'silk', logo: 'monogram', ink: INK.black },
  { name: 'Heron Lane', city: 'newyork', founded: 1994, craft: 'shoes', logo: 'wordmark', ink: INK.green },
  { name: 'Maison Galant', city: 'paris', founded: 1948, craft: 'accessories', logo: 'wordmark', ink: INK.wine },
  { name: 'Onyu', local: ['溫柔', '温柔'], city: 'seoul', founded: 2013, craft: 'couture', logo: 'wordmark', ink: INK.plum },
  { name: 'Ori di Ravenna', city: 'florence', founded: 1933, craft: 'jewellery', logo: 'monogram', ink: INK.bronze },
  { name: 'Kestrel & Vane', city: 'london', founded: 2005, craft: 'watches', logo: 'monogram', ink: INK.black },
  { name: 'Maison Ysaline', city: 'paris', founded: 1999, craft: 'couture', logo: 'wordmark', ink: INK.black },
  { name: 'Cordovan & Co.', city: 'madrid', founded: 1928, craft: 'shoes', logo: 'monogram', ink: INK.bronze },
  { name: 'Jin Yu', local: ['金羽', '金羽'], city: 'hongkong', founded: 1979, craft: 'leather', featured: true, logo: 'monogram', ink: INK.wine },
  { name: 'Ateliers Vauclair', city: 'lyon', founded: 1926, craft: 'silk', logo: 'wordmark', ink: INK.plum },
  { name: 'Tidewell', city: 'newyork', founded: 2018, craft: 'accessories', logo: 'wordmark', ink: INK.navy },
  { name: 'Kiri Optical', local: ['桐', '桐'], city: 'tokyo', founded: 1985, craft: 'accessories', logo: 'wordmark', ink: INK.black },
  { name: "Sant'Elmo", city: 'naples', founded: 1957, craft: 'leather', logo: 'wordmark', ink: INK.green },
  { name: 'Zhen Atelier', local: ['臻', '臻'], city: 'shanghai', founded: 2010, craft: 'jewellery', featured: true, logo: 'monogram', ink: INK.bronze },
  { name: 'Hartmoor', city: 'geneva', founded: 1903, craft: 'watches', logo: 'wordmark', ink: INK.green },
];

/** What each craft makes: sub-category slugs (see categories.ts). */
export const CRAFT_CATEGORIES: Record<Craft, readonly string[]> = {
  leather: ['handbags', 'totes', 'shoulder-bags', 'clutches', 'crossbody-bags', 'backpacks', 'wallets', 'card-holders', 'key-rings', 'belts'],
  shoes: ['pumps', 'sneakers', 'boots', 'loafers', 'sandals', 'belts'],
  couture: ['dresses', 'coats', 'jackets', 'shirts', 'skirts', 'trousers', 'clutches', 'scarves'],
  tailoring: ['coats', 'jackets', 'shirts', 'trousers', 'knitwear', 'loafers', 'belts'],
  knitwear: ['knitwear', 'scarves', 'gloves', 'hats', 'coats'],
  silk: ['scarves', 'dresses', 'shirts', 'skirts'],
  jewellery: ['rings', 'necklaces', 'earrings', 'bracelets'],
  watches: ['dress-watches', 'sports-watches', 'bracelets'],
  perfume: ['fragrance', 'candles', 'skincare', 'lipstick'],
  accessories: ['sunglasses', 'hats', 'gloves', 'scarves', 'belts', 'card-holders'],
};

const CRAFT_SENTENCES: Record<Craft, Trio> = {
  leather: ['Its bags are cut from whole hides and sewn with a saddle stitch that outlasts the leather itself.', '品牌的手袋以整張皮革裁出，以馬鞍針法縫製，針線比皮革更經久。', '品牌的手袋以整张皮革裁出，以马鞍针法缝制，针线比皮革更经久。'],
  shoes: ['Every pair is built on the house’s own lasts, and many are still welted by hand.', '每一雙鞋都以品牌自家楦頭製作，不少仍以人手沿條縫製。', '每一双鞋都以品牌自家楦头制作，不少仍以手工沿条缝制。'],
  couture: ['Its collections are draped on the stand before a single pattern is drawn.', '每個系列都先在人台上立體剪裁，然後才繪畫紙樣。', '每个系列都先在人台上立体剪裁，然后才绘制纸样。'],
  tailoring: ['Its tailors still chalk, cut and baste each jacket before the first fitting.', '裁縫師至今仍為每件外套畫粉、裁剪、疏縫，才進行第一次試身。', '裁缝师至今仍为每件外套画粉、裁剪、疏缝，才进行第一次试身。'],
  knitwear: ['Its yarns are spun for the house, and every sweater is linked by hand at the collar.', '品牌的紗線專門為其紡製，每件毛衣的領口都以人手縫合。', '品牌的纱线专门为其纺制，每件毛衣的领口都以手工缝合。'],
  silk: ['Its silks are printed by screen, one colour at a time, as many as thirty for a single scarf.', '品牌的絲綢以絲網逐色印製，一條絲巾可多達三十種顏色。', '品牌的丝绸以丝网逐色印制，一条丝巾可多达三十种颜色。'],
  jewellery: ['Each stone is chosen by eye and set by the same hands from first sketch to final polish.', '每顆寶石都以肉眼挑選，由同一雙手從草圖一直完成至最後拋光。', '每颗宝石都以肉眼挑选，由同一双手从草图一直完成至最后抛光。'],
  watches: ['Its movements are assembled, regulated and cased in the house’s own workshop.', '品牌的機芯在自家工坊組裝、調校及裝殼。', '品牌的机芯在自家工坊组装、调校及装壳。'],
  perfume: ['Its perfumer works from raw materials grown for the house, blended in small batches.', '品牌調香師以專為品牌種植的原料創作，並以小批次調配。', '品牌调香师以专为品牌种植的原料创作，并以小批次调配。'],
  accessories: ['It makes the finishing pieces of a wardrobe, each drawn and prototyped in its own studio.', '品牌專注於為衣櫥畫龍點睛的配飾，每件都在自家工作室設計及打樣。', '品牌专注于为衣橱画龙点睛的配饰，每件都在自家工作室设计及打样。'],
};

const CLOSING_SENTENCES: readonly Trio[] = [
  ['Its designs favour quiet lines and materials that age beautifully.', '設計崇尚簡約線條，選用隨歲月愈見韻味的材料。', '设计崇尚简约线条，选用随岁月愈见韵味的材料。'],
  ['The family still runs the workshop, now in its third generation.', '工坊至今仍由家族經營，現已傳至第三代。', '工坊至今仍由家族经营，现已传至第三代。'],
  ['Each season adds a handful of pieces rather than a whole new wardrobe.', '每一季只增添寥寥數件新作，而非整個新衣櫥。', '每一季只增添寥寥数件新作，而非整个新衣橱。'],
  ['Repairs are offered for the life of every piece.', '每件作品終身提供維修服務。', '每件作品终身提供维修服务。'],
  ['Its signature colour is a deep, almost black ink.', '品牌的標誌色是一種近乎黑色的深墨色。', '品牌的标志色是一种近乎黑色的深墨色。'],
  ['It works with a small circle of mills and tanneries it has known for decades.', '品牌與少數合作數十年的紡織廠和製革廠緊密合作。', '品牌与少数合作数十年的纺织厂和制革厂紧密合作。'],
];

/** The house's story in one locale: where and when it began, its craft, one thing it is known for. */
export function designerStory(designer: DemoDesigner, index: number, locale: Locale): string {
  const l = LOCALES.indexOf(locale);
  const city = CITIES[designer.city].names[l]!;
  const closing = CLOSING_SENTENCES[index % CLOSING_SENTENCES.length]![l]!;
  const craft = CRAFT_SENTENCES[designer.craft][l]!;
  if (locale === 'en') return `${designer.name} was founded in ${city} in ${designer.founded}. ${craft} ${closing}`;
  const name = designer.local ? `${designer.local[l - 1]}（${designer.name}）` : designer.name;
  return locale === 'zh-Hant'
    ? `${name}於${designer.founded}年在${city}創立。${craft}${closing}`
    : `${name}于${designer.founded}年在${city}创立。${craft}${closing}`;
}

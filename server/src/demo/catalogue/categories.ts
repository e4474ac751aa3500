import type { Trio } from './designers.ts';

export interface DemoCategory {
  slug: string;
  names: Trio;
  description?: Trio;
  children?: readonly DemoCategory[];
}

const leaf = (slug: string, en: string, zhHant: string, zhHans: string): DemoCategory => ({ slug, names: [en, zhHant, zhHans] });

/** The shop's category tree: nine departments, each with the kinds of piece it holds. */
export const CATEGORY_TREE: readonly DemoCategory[] = [
  {
    slug: 'bags', names: ['Bags', '手袋', '包袋'],
    description: ['Handbags, totes and evening bags from the great leather houses.', '來自頂尖皮具世家的手提包、托特包及晚裝手袋。', '来自顶尖皮具世家的手提包、托特包及晚装包。'],
    children: [
      leaf('handbags', 'Handbags', '手提包', '手提包'), leaf('totes', 'Totes', '托特包', '托特包'),
      leaf('shoulder-bags', 'Shoulder bags', '肩背包', '单肩包'), leaf('crossbody-bags', 'Crossbody bags', '斜揹包', '斜挎包'),
      leaf('clutches', 'Clutches', '手拿包', '手拿包'), leaf('backpacks', 'Backpacks', '背囊', '双肩包'),
    ],
  },
  {
    slug: 'shoes', names: ['Shoes', '鞋履', '鞋履'],
    description: ['Pumps, boots and sneakers, made on the makers’ own lasts.', '以品牌自家楦頭製作的高跟鞋、靴子及運動鞋。', '以品牌自家楦头制作的高跟鞋、靴子及运动鞋。'],
    children: [
      leaf('pumps', 'Pumps', '高跟鞋', '高跟鞋'), leaf('sneakers', 'Sneakers', '運動鞋', '运动鞋'), leaf('boots', 'Boots', '靴子', '靴子'),
      leaf('loafers', 'Loafers', '樂福鞋', '乐福鞋'), leaf('sandals', 'Sandals', '涼鞋', '凉鞋'),
    ],
  },
  {
    slug: 'ready-to-wear', names: ['Ready-to-wear', '成衣', '成衣'],
    description: ['Dresses, tailoring and knitwear for every season.', '四季皆宜的連身裙、剪裁服飾及針織。', '四季皆宜的连衣裙、剪裁服饰及针织。'],
    children: [
      leaf('dresses', 'Dresses', '連身裙', '连衣裙'), leaf('coats', 'Coats', '大衣', '大衣'), leaf('jackets', 'Jackets', '外套', '外套'),
      leaf('knitwear', 'Knitwear', '針織', '针织'), leaf('shirts', 'Shirts', '襯衫', '衬衫'), leaf('trousers', 'Trousers', '長褲', '长裤'),
      leaf('skirts', 'Skirts', '半身裙', '半身裙'),
    ],
  },
  {
    slug: 'jewellery', names: ['Jewellery', '珠寶', '珠宝'],
    description: ['Fine jewellery in gold and precious stones.', '以黃金及珍貴寶石製作的高級珠寶。', '以黄金及珍贵宝石制作的高级珠宝。'],
    children: [
      leaf('rings', 'Rings', '戒指', '戒指'), leaf('necklaces', 'Necklaces', '項鏈', '项链'),
      leaf('earrings', 'Earrings', '耳環', '耳环'), leaf('bracelets', 'Bracelets', '手鐲', '手镯'),
    ],
  },
  {
    slug: 'watches', names: ['Watches', '腕錶', '腕表'],
    description: ['Mechanical watches from independent Swiss and British makers.', '來自瑞士及英國獨立製錶師的機械腕錶。', '来自瑞士及英国独立制表师的机械腕表。'],
    children: [leaf('dress-watches', 'Dress watches', '正裝腕錶', '正装腕表'), leaf('sports-watches', 'Sports watches', '運動腕錶', '运动腕表')],
  },
  {
    slug: 'accessories', names: ['Accessories', '配飾', '配饰'],
    description: ['Silk scarves, belts, eyewear and the pieces that finish a look.', '絲巾、腰帶、眼鏡等為造型畫龍點睛的配飾。', '丝巾、腰带、眼镜等为造型画龙点睛的配饰。'],
    children: [
      leaf('scarves', 'Scarves', '圍巾', '围巾'), leaf('belts', 'Belts', '腰帶', '腰带'), leaf('sunglasses', 'Sunglasses', '太陽眼鏡', '太阳镜'),
      leaf('hats', 'Hats', '帽子', '帽子'), leaf('gloves', 'Gloves', '手套', '手套'),
    ],
  },
  {
    slug: 'small-leather-goods', names: ['Small leather goods', '小皮具', '小皮具'],
    description: ['Wallets, card holders and key rings in the houses’ signature leathers.', '以品牌標誌皮革製作的銀包、卡片套及鑰匙扣。', '以品牌标志皮革制作的钱包、卡包及钥匙扣。'],
    children: [leaf('wallets', 'Wallets', '銀包', '钱包'), leaf('card-holders', 'Card holders', '卡片套', '卡包'), leaf('key-rings', 'Key rings', '鑰匙扣', '钥匙扣')],
  },
  {
    slug: 'beauty', names: ['Beauty', '美妝', '美妆'],
    description: ['Perfume, lipstick and skincare from the houses’ own laboratories.', '來自品牌自家實驗室的香水、唇膏及護膚品。', '来自品牌自家实验室的香水、口红及护肤品。'],
    children: [leaf('fragrance', 'Fragrance', '香水', '香水'), leaf('lipstick', 'Lipstick', '唇膏', '口红'), leaf('skincare', 'Skincare', '護膚', '护肤')],
  },
  {
    slug: 'home', names: ['Home', '家居', '家居'],
    description: ['Scented candles and objects for the home.', '香氛蠟燭及家居擺設。', '香氛蜡烛及家居摆设。'],
    children: [leaf('candles', 'Candles', '香氛蠟燭', '香氛蜡烛')],
  },
  {
    slug: 'services', names: ['Services', '服務', '服务'],
    description: ['Appointments with our stylists and care for the pieces you own, in Hong Kong.', '於香港與我們的造型師預約，並為您珍藏的單品提供護理。', '在香港与我们的造型师预约，并为您珍藏的单品提供护理。'],
    children: [leaf('appointments', 'Appointments', '預約', '预约'), leaf('aftercare', 'Aftercare', '護理', '护理')],
  },
];

/** Every category, parents before their children, with its parent's slug and its position. */
export function flattenCategories(): { category: DemoCategory; parentSlug: string | null; position: number }[] {
  return CATEGORY_TREE.flatMap((top, i) => [
    { category: top, parentSlug: null, position: i },
    ...(top.children ?? []).map((child, j) => ({ category: child, parentSlug: top.slug, position: j })),
  ]);
}

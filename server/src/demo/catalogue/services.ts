import type { Locale } from '../../modules/catalog/catalog.tables.ts';
import type { DesignerDraft, ProductDraft } from './generate.ts';
import { listPrices } from './prices.ts';
import { hashSeed } from './random.ts';
import type { ProductTextDraft } from './product-texts.ts';

/**
 * The shop's own services, bought like pieces but never packed (ORD-2): their contract forms
 * when staff confirm the appointment. They are kept apart from the generated catalogue so that
 * adding them changes none of its products. Their "stock" is the number of appointments offered.
 */
export const ATELIER_SLUG = 'vitrine-atelier';

export function atelierDesigner(): DesignerDraft {
  const story: Record<Locale, string> = {
    en: 'Vitrine Atelier is the shop’s own salon in Central, Hong Kong: stylists who dress clients by appointment, and craftspeople who care for leather, silk and fine jewellery.',
    'zh-Hant': 'Vitrine Atelier 是本店位於香港中環的沙龍：造型師以預約形式為顧客配搭，工匠則悉心護理皮革、絲綢及高級珠寶。',
    'zh-Hans': 'Vitrine Atelier 是本店位于香港中环的沙龙：造型师以预约形式为顾客搭配，工匠则悉心护理皮革、丝绸及高级珠宝。',
  };
  return {
    slug: ATELIER_SLUG, name: 'Vitrine Atelier', featured: false,
    translations: (['en', 'zh-Hant', 'zh-Hans'] as const).map((locale) => ({ locale, local_name: null, story: story[locale] })),
    logo: { kind: 'designer', shape: 'monogram', colour: '#1d1d1b', label: 'Vitrine Atelier', seed: hashSeed('Vitrine Atelier') % 1_000 },
  };
}

interface ServiceSpec {
  slug: string;
  category: 'appointments' | 'aftercare';
  shape: string;
  tint: string;
  hkd: number;
  places: number;
  names: Record<Locale, string>;
  descriptions: Record<Locale, string>;
}

const SERVICES: readonly ServiceSpec[] = [
  {
    slug: 'private-styling-appointment', category: 'appointments', shape: 'jar', tint: '#c9b8a4', hkd: 1_500, places: 24,
    names: { en: 'Private styling appointment', 'zh-Hant': '私人造型預約', 'zh-Hans': '私人造型预约' },
    descriptions: {
      en: 'Ninety minutes with a stylist at our salon in Central, with pieces chosen for you beforehand. Once you order, we call you to agree the day; the appointment is confirmed only then.',
      'zh-Hant': '於中環沙龍與造型師共度九十分鐘，單品已預先為您挑選。下單後我們會致電與您約定日子；預約於確認時方告成立。',
      'zh-Hans': '在中环沙龙与造型师共度九十分钟，单品已预先为您挑选。下单后我们会致电与您约定日子；预约于确认时方告成立。',
    },
  },
  {
    slug: 'handbag-care-clean-and-condition', category: 'aftercare', shape: 'handbag', tint: '#8a6a4f', hkd: 2_800, places: 30,
    names: { en: 'Handbag care: clean and condition', 'zh-Hant': '手袋護理：清潔及滋養', 'zh-Hans': '手袋护理：清洁及滋养' },
    descriptions: {
      en: 'Our leather craftspeople clean, feed and protect one handbag, and touch up worn edges. We arrange collection after you order; the service is confirmed once we have seen the bag.',
      'zh-Hant': '皮革工匠為一個手袋清潔、滋養及保護，並修補磨損的邊位。下單後我們會安排收件；檢視手袋後服務方告確認。',
      'zh-Hans': '皮革工匠为一个手袋清洁、滋养及保护，并修补磨损的边位。下单后我们会安排收件；检视手袋后服务方告确认。',
    },
  },
  {
    slug: 'fine-jewellery-clean-and-check', category: 'aftercare', shape: 'ring', tint: '#d4b26a', hkd: 900, places: 40,
    names: { en: 'Fine jewellery clean and check', 'zh-Hant': '高級珠寶清潔及檢查', 'zh-Hans': '高级珠宝清洁及检查' },
    descriptions: {
      en: 'A jeweller cleans one piece, checks every setting and clasp, and tells you what, if anything, needs repair. Bring it to the salon at a time we agree with you.',
      'zh-Hant': '珠寶師為一件首飾清潔，檢查每個鑲嵌及扣環，並告訴您是否需要修理。請於與我們約定的時間帶到沙龍。',
      'zh-Hans': '珠宝师为一件首饰清洁，检查每个镶嵌及扣环，并告诉您是否需要修理。请于与我们约定的时间带到沙龙。',
    },
  },
];

const SEO: Record<Locale, (name: string) => string> = {
  en: (name) => `${name} | Vitrine Atelier`,
  'zh-Hant': (name) => `${name}｜Vitrine Atelier`,
  'zh-Hans': (name) => `${name}｜Vitrine Atelier`,
};

const TERMS: Record<Locale, string> = {
  en: 'Given by Vitrine in Hong Kong.',
  'zh-Hant': '由 Vitrine 於香港提供。',
  'zh-Hans': '由 Vitrine 于香港提供。',
};

export function serviceDrafts(now: Date): ProductDraft[] {
  return SERVICES.map((spec, index): ProductDraft => {
    const translations = (['en', 'zh-Hant', 'zh-Hans'] as const).map((locale): ProductTextDraft => ({
      locale, name: spec.names[locale], description: spec.descriptions[locale], composition: TERMS[locale], care: '',
      seo_title: SEO[locale](spec.names[locale]), seo_description: spec.descriptions[locale].slice(0, 150),
    }));
    return {
      serial: 0, slug: spec.slug, designerSlug: ATELIER_SLUG, categorySlug: spec.category, seller: null, kind: 'service',
      // Long on offer: the salon's services are not new arrivals.
      status: 'published', publishAt: null, createdAt: new Date(now.getTime() - (400 + index) * 86_400_000),
      originCountry: 'HK', sizeGuide: 'one-size', popularity: 0, translations,
      variants: [{ sku: `VA-SERVICE-${index + 1}`, gtin: null, colour: null, size: null, material: null, weightGrams: 1, prices: listPrices(spec.hkd, null), stock: [{ location: 'hk', onHand: spec.places }] }],
      media: [{ colour: null, recipe: { kind: 'product', shape: spec.shape, colour: spec.tint, label: spec.names.en, seed: hashSeed(spec.slug) % 10_000, view: 'front' }, alt: spec.names.en }],
    };
  });
}

import type { Locale } from '../../modules/catalog/catalog.tables.ts';
import { CITIES, LOCALES, type DemoDesigner, type Trio } from './designers.ts';
import { CARE, COUNTRIES, type Material } from './materials.ts';
import { DEPARTMENT_LINES, type ProductType } from './product-types.ts';

export interface ProductTextDraft {
  locale: Locale;
  name: string;
  description: string;
  composition: string;
  care: string;
  seo_title: string;
  seo_description: string;
}

export interface NameParts {
  model: string | null;
  modifier: Trio | null;
  material: Material;
  type: ProductType;
}

/** "Ondine mini calfskin top-handle handbag" / "Ondine 迷你小牛皮手提包". */
export function productName(parts: NameParts, locale: Locale): string {
  const l = LOCALES.indexOf(locale);
  if (locale === 'en') {
    const words = [parts.model, parts.modifier?.[0], parts.material.names[0], parts.type.names[0]].filter(Boolean).join(' ');
    return words[0]!.toUpperCase() + words.slice(1);
  }
  const chinese = `${parts.modifier?.[l] ?? ''}${parts.material.names[l]}${parts.type.names[l]}`;
  return parts.model ? `${parts.model} ${chinese}` : chinese;
}

/** The customer-facing texts of a product in the three languages. */
export function productTexts(parts: NameParts, designer: DemoDesigner, department: string, country: string, variation: number): ProductTextDraft[] {
  const lines = DEPARTMENT_LINES[department] ?? DEPARTMENT_LINES.accessories!;
  const line = lines[variation % lines.length]!;
  const countryNames = COUNTRIES[country] ?? COUNTRIES[CITIES[designer.city].country]!;
  return LOCALES.map((locale, l) => {
    const name = productName(parts, locale);
    const house = l === 0 ? designer.name : designer.local?.[l - 1] ?? designer.name;
    // Chinese runs without spaces, but a Latin name keeps one before the Chinese that follows it.
    const houseBefore = /[A-Za-z.]$/.test(house) ? `${house} ` : house;
    const opening = l === 0
      ? `The ${parts.model ? name : name[0]!.toLowerCase() + name.slice(1)} from ${house}, made in ${countryNames[0]}.`
      : l === 1 ? `${houseBefore}${name}，${countryNames[1]}製造。` : `${houseBefore}${name}，${countryNames[2]}制造。`;
    const description = l === 0 ? `${opening} ${line[0]}` : `${opening}${line[l]}`;
    return {
      locale,
      name,
      description,
      composition: parts.material.composition[l]!,
      care: CARE[parts.material.care][l]!,
      seo_title: l === 0 ? `${name} | ${house}` : `${name}｜${house}`,
      seo_description: clip(description, 155),
    };
  });
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

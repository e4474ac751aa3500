import { CATALOGUE_API, categoryName, type AdminCategory, type AdminDesigner } from "./catalogue";
import { pricingApiPaths, type AdminPromotion, type Choice, type RuleCatalogue } from "./pricing";
import { loadStaffResource, type PageArgs } from "./staff-api.server";

/** What the promotion editor offers: the rule registry, the designers and categories, the other promotions. */
export async function editorChoices(args: PageArgs, locale: string, exceptId?: string) {
  const [catalogue, designers, categories, promotions] = await Promise.all([
    loadStaffResource<RuleCatalogue>(args, pricingApiPaths.rules),
    loadStaffResource<AdminDesigner[]>(args, `${CATALOGUE_API}/designers`),
    loadStaffResource<AdminCategory[]>(args, `${CATALOGUE_API}/categories`),
    loadStaffResource<AdminPromotion[]>(args, pricingApiPaths.promotions),
  ]);
  return {
    catalogue,
    pickers: {
      designers: designers.map((designer): Choice => ({ id: designer.id, name: designer.name })),
      categories: categories.map((category): Choice => ({ id: category.id, name: categoryName(category, locale) })),
    },
    others: promotions.filter((promotion) => promotion.id !== exceptId).map((promotion): Choice => ({ id: promotion.id, name: promotion.name })),
    promotion: exceptId ? (promotions.find((promotion) => promotion.id === exceptId) ?? null) : null,
  };
}

export type EditorChoices = Awaited<ReturnType<typeof editorChoices>>;

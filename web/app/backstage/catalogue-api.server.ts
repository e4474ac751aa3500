import { CATALOGUE_API, categoryName, type AdminCategory, type AdminDesigner } from "./catalogue";
import { loadStaffResource, type PageArgs } from "./staff-api.server";

/** The designers and categories a product may be filed under, named in the reader's language. */
/** A stock location as the inventory API lists it. */
export interface StockLocation {
  id: string;
  code: string;
  name: string;
  active: boolean;
}

export async function productChoices(args: PageArgs, locale: string) {
  const [designers, categories, locations] = await Promise.all([
    loadStaffResource<AdminDesigner[]>(args, `${CATALOGUE_API}/designers`),
    loadStaffResource<AdminCategory[]>(args, `${CATALOGUE_API}/categories`),
    loadStaffResource<StockLocation[]>(args, "/admin/inventory/locations"),
  ]);
  return {
    designers: designers.map((designer) => ({ id: designer.id, name: designer.name })),
    categories: categories.map((category) => ({ id: category.id, name: categoryName(category, locale) })),
    locations: locations.filter((location) => location.active).map((location) => ({ id: location.id, code: location.code, name: location.name })),
  };
}

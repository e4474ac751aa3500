import type { ImageRecipe } from './catalog.tables.ts';

/** Placeholder until the illustrated renderer lands: a tinted square with the label. */
export function renderImage(recipe: ImageRecipe): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="1000" viewBox="0 0 800 1000"><rect width="800" height="1000" fill="${recipe.colour}"/></svg>`;
}

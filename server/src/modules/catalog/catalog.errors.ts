import { defineErrors } from '../../kernel/errors.ts';

export const CatalogErrors = defineErrors('catalog', {
  product_not_found: { status: 404, title: 'No such product on sale' },
  designer_not_found: { status: 404, title: 'No such designer' },
  category_not_found: { status: 404, title: 'No such category' },
  media_not_found: { status: 404, title: 'No such image' },
  invalid_cursor: { status: 400, title: 'The page cursor is not one this listing gave' },
  relevance_needs_query: { status: 400, title: 'Sorting by relevance needs search words' },
});

import type { ColumnDeclaration } from '../../kernel/personal-data.ts';

/** The catalogue holds no personal data; these columns only look as if they might. */
export const catalogPersonalData: ColumnDeclaration[] = [
  { table: 'catalog.designers', column: 'name', notPersonal: 'The name of a fashion house' },
  { table: 'catalog.designer_translations', column: 'local_name', notPersonal: 'A fashion house’s name in Chinese' },
  { table: 'catalog.category_translations', column: 'name', notPersonal: 'The name of a category' },
  { table: 'catalog.product_translations', column: 'name', notPersonal: 'The name of a product' },
  { table: 'catalog.media', column: 'file_name', notPersonal: 'The generated name of an uploaded product image file' },
];

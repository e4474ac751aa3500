/**
 * A day picked in a backstage form means the start of that day in Hong Kong (the shop's zone,
 * with no summer time, hence the fixed offset). Anything but YYYY-MM-DD is passed through for the
 * API to refuse beside the field.
 */
export function startOfShopDay(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00+08:00` : date;
}

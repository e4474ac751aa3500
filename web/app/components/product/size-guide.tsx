import { useI18n } from "../../i18n/use-i18n";
import type { PlainMessageKey } from "../../i18n/translate";

interface GuideTable {
  columns: PlainMessageKey[];
  rows: string[][];
}

/**
 * The house's conversion tables, one per kind of sizing the catalogue names (`sizeGuide`).
 * Figures, not words, so they are the same in every language; only the headings translate.
 */
const GUIDES: Record<string, GuideTable> = {
  clothing: {
    columns: ["product.sizeGuide.size", "product.sizeGuide.italy", "product.sizeGuide.uk", "product.sizeGuide.us", "product.sizeGuide.chestCm", "product.sizeGuide.waistCm"],
    rows: [
      ["XS", "38", "6", "2", "80–83", "62–65"],
      ["S", "40", "8", "4", "84–87", "66–69"],
      ["M", "42", "10", "6", "88–91", "70–73"],
      ["L", "44", "12", "8", "92–96", "74–78"],
      ["XL", "46", "14", "10", "97–101", "79–83"],
    ],
  },
  shoes: {
    columns: ["product.sizeGuide.eu", "product.sizeGuide.uk", "product.sizeGuide.us", "product.sizeGuide.footCm"],
    rows: [
      ["35", "2", "5", "22.5"], ["36", "3", "6", "23"], ["37", "4", "7", "23.5"], ["38", "5", "8", "24.5"],
      ["39", "6", "9", "25"], ["40", "7", "10", "25.5"], ["41", "8", "11", "26.5"], ["42", "9", "12", "27"],
    ],
  },
  rings: {
    columns: ["product.sizeGuide.eu", "product.sizeGuide.hongKong", "product.sizeGuide.us", "product.sizeGuide.diameterMm"],
    rows: [["48", "8", "4½", "15.3"], ["50", "10", "5½", "15.9"], ["52", "12", "6", "16.6"], ["54", "14", "7", "17.2"], ["56", "16", "7¾", "17.8"], ["58", "18", "8½", "18.5"]],
  },
  belts: {
    columns: ["product.sizeGuide.beltCm", "product.sizeGuide.waistCm", "product.sizeGuide.waistIn"],
    rows: [["75", "70", "28"], ["80", "75", "30"], ["85", "80", "32"], ["90", "85", "34"], ["95", "90", "36"], ["100", "95", "38"]],
  },
};

/** A size guide folded away in a <details> (no script needed); one-size pieces say so instead. */
export function SizeGuide({ kind }: { kind: string | null }) {
  const { t } = useI18n();
  if (!kind) return null;
  if (kind === "one-size") return <p className="size-guide__note">{t("product.sizeGuide.oneSize")}</p>;
  const guide = GUIDES[kind];
  if (!guide) return null;
  return (
    <details className="size-guide">
      <summary className="size-guide__toggle">{t("product.sizeGuide.toggle")}</summary>
      <div className="size-guide__body">
        <table className="size-guide__table">
          <caption className="size-guide__caption">{t("product.sizeGuide.caption")}</caption>
          <thead>
            <tr>{guide.columns.map((column) => <th key={column} scope="col">{t(column)}</th>)}</tr>
          </thead>
          <tbody>
            {guide.rows.map((row) => (
              <tr key={row[0]}>{row.map((cell, i) => (i === 0 ? <th key={i} scope="row">{cell}</th> : <td key={i}>{cell}</td>))}</tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

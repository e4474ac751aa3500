import { Fragment, type ReactNode } from "react";

/**
 * A deliberately small Markdown renderer for the legal documents: headings, paragraphs, bullet
 * and numbered lists, simple pipe tables, **bold** and [links](/path). It builds React elements,
 * never HTML strings, so whatever the text holds (`<script>` included) is shown as text; links
 * are kept only when they point to this site or to an https address.
 */
type Block =
  | { kind: "heading"; level: 2 | 3 | 4; text: string }
  | { kind: "paragraph"; text: string }
  | { kind: "list"; ordered: boolean; items: string[] }
  | { kind: "table"; head: string[]; rows: string[][] };

const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (!line.trim()) {
      index++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      // The page's own title is the h1, so a "#" in the text is an h2 at most.
      const level = Math.min(Math.max(heading[1]!.length, 2), 4) as 2 | 3 | 4;
      blocks.push({ kind: "heading", level, text: heading[2]!.trim() });
      index++;
    } else if (TABLE_ROW.test(line) && TABLE_RULE.test(lines[index + 1] ?? "")) {
      const rows: string[][] = [];
      index += 2;
      while (index < lines.length && TABLE_ROW.test(lines[index]!)) rows.push(cells(lines[index++]!));
      blocks.push({ kind: "table", head: cells(line), rows });
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      const ordered = !BULLET.test(line);
      const marker = ordered ? NUMBERED : BULLET;
      const items: string[] = [];
      // An item runs on over indented continuation lines until the next item or a blank line.
      while (index < lines.length && lines[index]!.trim()) {
        const item = marker.exec(lines[index]!);
        if (item) items.push(item[1]!.trim());
        else if (items.length && /^\s+/.test(lines[index]!)) items[items.length - 1] += ` ${lines[index]!.trim()}`;
        else break;
        index++;
      }
      blocks.push({ kind: "list", ordered, items });
    } else {
      const text: string[] = [];
      while (index < lines.length && lines[index]!.trim() && !startsBlock(lines, index)) text.push(lines[index++]!.trim());
      blocks.push({ kind: "paragraph", text: text.join(" ") });
    }
  }
  return blocks;
}

function startsBlock(lines: string[], index: number): boolean {
  const line = lines[index]!;
  return HEADING.test(line) || BULLET.test(line) || NUMBERED.test(line) || (TABLE_ROW.test(line) && TABLE_RULE.test(lines[index + 1] ?? ""));
}

function cells(row: string): string[] {
  return row.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((cell) => cell.trim());
}

const INLINE = /\*\*(.+?)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Bold and links inside a block; everything else stays literal text. */
function inline(text: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) nodes.push(text.slice(last, match.index));
    if (match[1] !== undefined) nodes.push(<strong key={match.index}>{match[1]}</strong>);
    else if (isSafeHref(match[3]!)) nodes.push(<a key={match.index} href={match[3]}>{match[2]}</a>);
    else nodes.push(match[2]);
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push(text.slice(last));
  return nodes;
}

function isSafeHref(href: string): boolean {
  return (href.startsWith("/") && !href.startsWith("//") && !href.startsWith("/\\")) || href.startsWith("https://") || href.startsWith("#");
}

export function Markdown({ source }: { source: string }) {
  return (
    <>
      {parseMarkdown(source).map((block, index) => (
        <Fragment key={index}>{renderBlock(block)}</Fragment>
      ))}
    </>
  );
}

function renderBlock(block: Block): ReactNode {
  switch (block.kind) {
    case "heading": {
      const Heading = `h${block.level}` as const;
      return <Heading>{inline(block.text)}</Heading>;
    }
    case "paragraph":
      return <p>{inline(block.text)}</p>;
    case "list": {
      const List = block.ordered ? "ol" : "ul";
      return (
        <List>
          {block.items.map((item, index) => (
            <li key={index}>{inline(item)}</li>
          ))}
        </List>
      );
    }
    case "table":
      return (
        <div className="legal-document__table">
          <table>
            <thead>
              <tr>
                {block.head.map((cell, index) => (
                  <th key={index} scope="col">
                    {inline(cell)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) => (
                    <td key={index}>{inline(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}

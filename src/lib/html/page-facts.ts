// What a saved page says of the document besides its text: the heading it is published under
// (the school site's <h2 class="title">, a generic page's <h1> inside its article) and gov.cn's
// info table above the text (索引号, 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期). Ingest
// cross-checks these against what the text prints, as it does a metadata table's row; the page
// heading is where the title of a text that prints none comes from.
import type { Element, Root } from 'hast';
import { type ArticleBody, classes, elements } from './article.ts';
import { pyStrip, textOf } from './text-lines.ts';

/** The labels of gov.cn's info table, without their inner spaces (索 引 号 is 索引号), and the fields they fill. */
const INFO_LABELS = {
  索引号: 'indexNumber',
  主题分类: 'topic',
  发文机关: 'issuer',
  成文日期: 'date',
  标题: 'title',
  发文字号: 'docNumber',
  发布日期: 'published',
} as const;
type InfoField = (typeof INFO_LABELS)[keyof typeof INFO_LABELS];

export interface PageFacts {
  /** The heading the page publishes the text under, as printed (转发：… included), and where. */
  heading: { text: string; from: string; line: number } | null;
  /** gov.cn's info table, each value as printed, with the line of the page it stands on. */
  info: Partial<Record<InfoField, { text: string; label: string; line: number }>>;
}

export function pageFacts(tree: Root, body: ArticleBody): PageFacts {
  const all = elements(tree);
  const inBody = new Set(body.nodes.flatMap((n) => (n.type === 'element' ? elements(n) : [])));
  const info: PageFacts['info'] = {};
  const cells = all.filter((e) => (e.tagName === 'td' || e.tagName === 'th') && !inBody.has(e));
  for (const [i, cell] of cells.entries()) {
    const label = textOf(cell).replace(/[\s\u3000]+/gu, '');
    const field = INFO_LABELS[label.replace(/[：:]$/u, '') as keyof typeof INFO_LABELS];
    const value = cells[i + 1];
    if (!field || !/[：:]$/u.test(label) || !value || info[field]) continue;
    const text = pyStrip(textOf(value));
    if (text) info[field] = { text, label: label.replace(/[：:]$/u, ''), line: value.position?.start.line ?? 0 };
  }
  return { heading: headingOf(all, body), info };
}

function headingOf(all: Element[], body: ArticleBody): PageFacts['heading'] {
  const fact = (e: Element, from: string) => {
    const text = pyStrip(textOf(e)).replace(/\s*\n\s*/gu, '');
    return text ? { text, from, line: e.position?.start.line ?? 0 } : null;
  };
  if (body.layout === 'print-area') {
    const h = all.find((e) => /^h[1-6]$/u.test(e.tagName) && classes(e).includes('title'));
    return h ? fact(h, `<${h.tagName} class="title">`) : null;
  }
  if (body.layout === 'generic') {
    const main = body.nodes[0];
    const h1 = main?.type === 'element' ? elements(main).find((e) => e.tagName === 'h1') : undefined;
    return h1 ? fact(h1, '<h1>') : null;
  }
  return null;
}

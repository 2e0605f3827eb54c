// Where the text of a saved page is: the article body, as each site marks it. gov.cn's State
// Council pages hold the text in the cell <td id="UCAP-CONTENT">; the school site (and other
// PowerEasy sites) prints it from <div class="conTxt"> to the comment <!--endprint--> that ends
// the print area; any other page, the <article> or <main> element, else the <body>. What is not
// the body (menus, the info table, links to other articles) is never read as the text.
import type { Element, Nodes, Root } from 'hast';
import { type Stop, isComment } from './text-lines.ts';

/** The layout a page was recognised as. */
export type PageLayout = 'gov.cn' | 'print-area' | 'generic';

export interface ArticleBody {
  layout: PageLayout;
  /** The nodes read, in order (the walk goes on past the first until `stop`). */
  nodes: Nodes[];
  stop: Stop;
  /** How the body was found, for the ingest report: <td id="UCAP-CONTENT">. */
  found: string;
}

/** The article body of a parsed page; null when the page has no element to read at all. */
export function articleBody(tree: Root): ArticleBody | null {
  const all = elements(tree);
  const cell = all.find((e) => e.properties.id === 'UCAP-CONTENT');
  if (cell) return { layout: 'gov.cn', nodes: [cell], stop: () => false, found: `<${cell.tagName} id="UCAP-CONTENT">` };
  const print = all.find((e) => e.tagName === 'div' && classes(e).includes('conTxt'));
  if (print) {
    // From the div to the comment: an unbalanced </div> in the text may close the div early and
    // leave the rest of the text after it, so the walk follows the page, not the div.
    const after = following(tree, print);
    const ends = after.some((n) => isComment(n, 'endprint')) || containsComment(print, 'endprint');
    return {
      layout: 'print-area',
      nodes: ends ? [print, ...after] : [print],
      stop: (n) => isComment(n, 'endprint'),
      found: ends ? '<div class="conTxt"> to <!--endprint-->' : '<div class="conTxt"> (no <!--endprint--> after it)',
    };
  }
  const main = all.find((e) => e.tagName === 'article') ?? all.find((e) => e.tagName === 'main') ?? all.find((e) => e.tagName === 'body');
  if (main) return { layout: 'generic', nodes: [main], stop: () => false, found: `<${main.tagName}>` };
  return tree.children.length ? { layout: 'generic', nodes: [tree], stop: () => false, found: 'the whole fragment' } : null;
}

/** Every element of the tree, in document order. */
export function elements(node: Nodes): Element[] {
  const out: Element[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'element') out.push(n);
    if (n.type === 'element' || n.type === 'root') for (const c of n.children) walk(c);
  };
  walk(node);
  return out;
}

/** An element's classes (hast gives class="a b" as className ['a', 'b']). */
export const classes = (e: Element): string[] => {
  const c = e.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
};

/** The nodes after `target` in document order that are not inside it: its later siblings, then its ancestors' later siblings. */
function following(tree: Root, target: Element): Nodes[] {
  const path: Array<Root | Element> = [];
  const find = (n: Root | Element): boolean => {
    path.push(n);
    for (const c of n.children) if (c === target || (c.type === 'element' && find(c))) return true;
    path.pop();
    return false;
  };
  if (!find(tree)) return [];
  const out: Nodes[] = [];
  let child: Nodes = target;
  for (let i = path.length - 1; i >= 0; i--) {
    const parent = path[i]!;
    const at = (parent.children as Nodes[]).indexOf(child);
    out.push(...(parent.children as Nodes[]).slice(at + 1));
    child = parent;
  }
  return out;
}

function containsComment(node: Nodes, text: string): boolean {
  if (isComment(node, text)) return true;
  return (node.type === 'element' || node.type === 'root') && node.children.some((c) => containsComment(c, text));
}

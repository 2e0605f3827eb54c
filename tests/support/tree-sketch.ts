// A document's tree as indented text, one node a line: what the shape fixtures pin
// (tests/fixtures/shapes/<shape>/tree.txt). Ids, labels, headings, leads and every sentence's
// text, so a reader sees at a glance what the parser made of the source.
import type { Node } from 'unist';
import type { ItemRoot, SentenceNode, TableNode } from '../../src/lib/tree/nodes.ts';

type AnyNode = Node & Record<string, unknown> & { children?: AnyNode[] };

export function treeSketch(root: ItemRoot): string {
  const out: string[] = [];
  const walk = (node: AnyNode, depth: number) => {
    out.push(`${'  '.repeat(depth)}${describe(node)}`);
    for (const child of node.children ?? []) walk(child, depth + 1);
  };
  // A title the text does not print is no node: the sketch says where it came from, above the tree.
  const unprinted = root.data.unprintedTitle;
  if (unprinted) out.push(`(title not printed, from ${unprinted.from}: ${JSON.stringify(unprinted.text)})`);
  walk(root as unknown as AnyNode, 0);
  for (const a of root.data.anomalies ?? []) out.push(`anomaly line ${a.line}: ${a.reason}`);
  for (const r of root.data.repairs) out.push(`repair ${r.id} in ${r.sentence}: ${r.before}|${r.after}`);
  return `${out.join('\n')}\n`;
}

function describe(node: AnyNode): string {
  const fields = ['id', 'kind', 'place', 'role', 'label', 'heading', 'title', 'headingStop', 'lead', 'date']
    .filter((k) => node[k] !== undefined && node[k] !== null)
    .map((k) => `${k}=${String(shown(node[k]))}`);
  const text = typeof node.text === 'string' ? ` ${JSON.stringify(node.text)}` : '';
  const lines = Array.isArray(node.lines) ? ` ${JSON.stringify((node.lines as Array<{ text: string }>).map((l) => l.text))}` : '';
  return [node.type, ...fields].join(' ') + text + lines + unitDetail(node);
}

/** A field as the sketch shows it: a preamble's heading ({ text, span }) by its text. */
function shown(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'text' in value ? (value as { text: string }).text : value;
}

/** What a table (its caption and rows of cells) and a responsibility note (bodies, lead) add to their line. */
function unitDetail(node: AnyNode): string {
  if (node.type === 'table') {
    const { caption, rows } = node as unknown as TableNode;
    return `${caption ? ` caption=${caption.text}` : ''} ${JSON.stringify(rows.map((row) => row.map((cell) => cell.text)))}`;
  }
  const note = (node as unknown as SentenceNode).responsibility;
  if (node.type === 'sentence' && note) {
    return ` responsibility: bodies=${note.bodies.join('、')} lead=${note.lead ?? '-'}${note.carriesOver ? ' carriesOver' : ''}`;
  }
  return '';
}

import { escapeMarkup } from '../escape.ts';

/** A small XML writer: elements as data, serialized with escaping and indentation. */
export interface XmlElement {
  name: string;
  attrs?: Record<string, string | undefined>;
  children?: XmlNode[];
}
export type XmlNode = XmlElement | string;

export const el = (name: string, attrs: XmlElement['attrs'] = {}, children: XmlNode[] = []): XmlElement => ({ name, attrs, children });

/** Characters XML 1.0 cannot hold at all, not even escaped. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/**
 * The content checks refuse these characters in every source and YAML value
 * (src/lib/content/characters.ts), so meeting one here is a bug of ours: it says which character,
 * where, and in what text, so the build's "while rendering <page>" line is enough to find it.
 */
function text(s: string): string {
  const m = NOT_XML.exec(s);
  if (m) {
    const code = `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    throw new Error(`text holds ${code}, a character XML cannot carry, at offset ${m.index} of ${JSON.stringify(s.slice(0, 80))}`);
  }
  return escapeMarkup(s);
}

/**
 * Elements whose children include text, and `inline` elements (text containers such as p), are
 * written on one line, so no indentation whitespace enters the text.
 */
export function serializeXml(node: XmlNode, indent = '', inline: ReadonlySet<string> = new Set()): string {
  if (typeof node === 'string') return text(node);
  const attrs = Object.entries(node.attrs ?? {})
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${text(v)}"`)
    .join('');
  const children = node.children ?? [];
  if (children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  if (inline.has(node.name) || children.some((c) => typeof c === 'string')) {
    return `${indent}<${node.name}${attrs}>${children.map((c) => serializeXml(c, '', inline)).join('')}</${node.name}>`;
  }
  return `${indent}<${node.name}${attrs}>\n${children.map((c) => serializeXml(c, `${indent}  `, inline)).join('\n')}\n${indent}</${node.name}>`;
}

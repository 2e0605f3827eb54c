// The tags of the site's own built pages, enough to list ids, links and where they sit, without
// a DOM. htmlparser2's streaming parser reads them as the HTML tokenizer does (comments, raw-text
// and RCDATA elements such as script, style, textarea and title, quoted and unquoted attributes,
// character references) and applies a few tree rules a browser applies too (a <form> inside a
// form is dropped, SVG tag names take their camel case); this module keeps the tags as written.
// The browser tests compare its ids with Chromium's on every page kind.
import { decodeHTMLAttribute } from 'entities';
import { Parser } from 'htmlparser2';

export interface Tag {
  name: string;
  /** A closing tag `</name>`. */
  end: boolean;
  attrs: Map<string, string>;
  /** 1-based line of the `<`. */
  line: number;
}

/** Decodes the character references an attribute value may hold (`&amp;`, `&#39;`, `&#x2F;`), as the scanner does. */
export function decodeEntities(value: string): string {
  return decodeHTMLAttribute(value);
}

/**
 * Every start and end tag of `html` as written, in document order. The parser's implied tags
 * (a `<p>` closed by a `<div>`, a void element's end, the elements still open at the end) are
 * left out; of an attribute given twice the first wins, as in a browser.
 */
export function* scanTags(html: string): Generator<Tag> {
  const tags: Tag[] = [];
  let attrs = new Map<string, string>();
  // Lines counted as the parser moves forward: `newline` is the first line break not yet counted.
  let line = 1;
  let newline = html.indexOf('\n');
  const lineAt = (index: number) => {
    while (newline >= 0 && newline < index) {
      line++;
      newline = html.indexOf('\n', newline + 1);
    }
    return line;
  };
  const parser: Parser = new Parser({
    onopentagname() {
      attrs = new Map();
    },
    onattribute(name, value) {
      if (!attrs.has(name)) attrs.set(name, value);
    },
    onopentag(name, _attribs, implied) {
      if (!implied) tags.push({ name, end: false, attrs, line: lineAt(parser.startIndex) });
      // A fresh map: the attributes of a tag the parser drops (that inner <form>) must not land on this one.
      attrs = new Map();
    },
    onclosetag(name, implied) {
      if (!implied) tags.push({ name, end: true, attrs: new Map(), line: lineAt(parser.startIndex) });
    },
  });
  parser.end(html);
  yield* tags;
}

export interface PageAnchors {
  /** Every id on the page, in document order (duplicates kept, so they can be reported). */
  ids: Array<{ id: string; line: number }>;
  /** Ids of elements inside `<main>`: the page's content anchors. */
  mainIds: string[];
  /** Every href/src/action/srcset URL, with the attribute it came from. */
  links: Array<{ url: string; tag: string; attr: string; rel: string; line: number; near: string | undefined }>;
  /** ID references: aria-labelledby, aria-describedby, aria-controls, label for, … */
  idrefs: Array<{ id: string; attr: string; line: number; near: string | undefined }>;
}

const URL_ATTRS = ['href', 'src', 'action', 'poster', 'data'];
const IDREF_ATTRS = [
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'aria-owns',
  'aria-activedescendant',
  'aria-details',
  'aria-errormessage',
  'for',
  'list',
  'form',
  'popovertarget',
  'commandfor',
];

/** The ids, links and id references of one HTML page. */
export function pageAnchors(html: string): PageAnchors {
  const out: PageAnchors = { ids: [], mainIds: [], links: [], idrefs: [] };
  let inMain = 0;
  // The last id seen: where a problem is, in minified HTML where every line number is 1.
  let near: string | undefined;
  for (const tag of scanTags(html)) {
    if (tag.name === 'main') {
      inMain += tag.end ? -1 : 1;
      if (tag.end) continue;
    }
    if (tag.end) continue;
    const id = tag.attrs.get('id');
    if (id !== undefined) {
      near = id;
      out.ids.push({ id, line: tag.line });
      if (inMain > 0 && tag.name !== 'main') out.mainIds.push(id);
    }
    const rel = tag.attrs.get('rel') ?? '';
    for (const attr of URL_ATTRS) {
      const url = tag.attrs.get(attr);
      if (url !== undefined && !(attr === 'data' && tag.name !== 'object'))
        out.links.push({ url, tag: tag.name, attr, rel, line: tag.line, near });
    }
    const srcset = tag.attrs.get('srcset');
    if (srcset) {
      for (const candidate of srcset.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) out.links.push({ url, tag: tag.name, attr: 'srcset', rel, line: tag.line, near });
      }
    }
    for (const attr of IDREF_ATTRS) {
      const value = tag.attrs.get(attr);
      if (value === undefined || (attr === 'for' && tag.name !== 'label' && tag.name !== 'output')) continue;
      if (attr === 'list' && tag.name !== 'input') continue;
      for (const ref of value.split(/\s+/).filter(Boolean)) out.idrefs.push({ id: ref, attr, line: tag.line, near });
    }
  }
  return out;
}

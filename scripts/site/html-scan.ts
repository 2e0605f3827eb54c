// A small HTML tag scanner for the site's own built pages: enough to list ids, links and where
// they sit, without a DOM. It understands comments, raw-text elements (script, style, textarea,
// title), quoted and unquoted attributes and character references in attribute values; the
// browser tests compare its ids with Chromium's on every page kind.

export interface Tag {
  name: string;
  /** A closing tag `</name>`. */
  end: boolean;
  attrs: Map<string, string>;
  /** 1-based line of the `<`. */
  line: number;
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references an attribute value may hold (`&amp;`, `&#39;`, `&#x2F;`). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Every start and end tag of `html`, in document order. */
export function* scanTags(html: string): Generator<Tag> {
  let line = 1;
  let at = 0;
  const advance = (to: number) => {
    for (let i = at; i < to; i++) if (html.charCodeAt(i) === 10) line++;
    at = to;
  };
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    if (lt < 0) break;
    advance(lt);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      advance(close < 0 ? html.length : close + 3);
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(html.slice(lt, lt + 64));
    if (!m) {
      // `<!doctype>`, `<?…>` or a stray `<` in text: skip past it.
      const gt = html.indexOf('>', lt);
      advance(html[lt + 1] === '!' || html[lt + 1] === '?' ? (gt < 0 ? html.length : gt + 1) : lt + 1);
      continue;
    }
    const tagLine = line;
    const name = m[2]!.toLowerCase();
    const { attrs, endsAt } = readAttributes(html, lt + m[0].length);
    advance(endsAt);
    const end = m[1] === '/';
    yield { name, end, attrs, line: tagLine };
    if (!end && RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}[\\s>/]`, 'gi');
      close.lastIndex = at;
      advance(close.exec(html)?.index ?? html.length);
    }
  }
}

function readAttributes(html: string, from: number): { attrs: Map<string, string>; endsAt: number } {
  const attrs = new Map<string, string>();
  const re = /\s*(?:(\/?>)|([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\/)/y;
  re.lastIndex = from;
  for (;;) {
    const pos = re.lastIndex;
    const m = re.exec(html);
    if (!m) {
      // Malformed (a stray quote): end the tag at the next `>` rather than swallow the page.
      const gt = html.indexOf('>', pos);
      return { attrs, endsAt: gt < 0 ? html.length : gt + 1 };
    }
    if (m[1]) return { attrs, endsAt: re.lastIndex };
    if (m[2]) {
      const name = m[2].toLowerCase();
      // The first occurrence of an attribute wins, as in a browser.
      if (!attrs.has(name)) attrs.set(name, decodeEntities(m[3] ?? m[4] ?? m[5] ?? ''));
    }
  }
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
const IDREF_ATTRS = ['aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns', 'aria-activedescendant', 'aria-details', 'aria-errormessage', 'for', 'list', 'form', 'popovertarget', 'commandfor'];

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
      if (url !== undefined && !(attr === 'data' && tag.name !== 'object')) out.links.push({ url, tag: tag.name, attr, rel, line: tag.line, near });
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

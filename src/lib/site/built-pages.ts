// The built site as a list of files and pages, each page with a kind derived from its URL, so
// every check that walks "every page kind" covers new kinds of page without being told.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface SitePage {
  /** The URL path a static host serves it at: `/documents/x/` for documents/x/index.html. */
  url: string;
  /** Path of the HTML file relative to the site directory. */
  file: string;
  /** The URL with every segment after the first replaced by `*`: `/documents/*\/*\/`. */
  kind: string;
  bytes: number;
}

/** Every file of a built site, as paths relative to it with forward slashes, sorted. */
export function siteFiles(siteDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else out.push(relative(siteDir, path).split(sep).join('/'));
    }
  };
  walk(siteDir);
  return out.sort();
}

/** The URL path a file is served at (index.html stands for its directory). */
export function fileUrl(file: string): string {
  if (file === 'index.html') return '/';
  return `/${file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file}`;
}

/** The kind of page at a URL: the first segment kept, every later one a `*`. */
export function pageKind(url: string): string {
  const segments = url.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  const tail = url.endsWith('/') ? '/' : '';
  return `/${[segments[0], ...segments.slice(1).map(() => '*')].join('/')}${tail}`;
}

/** Every HTML page of a built site. */
export function sitePages(siteDir: string): SitePage[] {
  return siteFiles(siteDir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const url = fileUrl(file);
      return { url, file, kind: pageKind(url), bytes: statSync(join(siteDir, file)).size };
    });
}

/** Pages grouped by kind, kinds in URL order. */
export function pagesByKind(pages: SitePage[]): Map<string, SitePage[]> {
  const kinds = new Map<string, SitePage[]>();
  for (const page of [...pages].sort((a, b) => a.url.localeCompare(b.url))) {
    const list = kinds.get(page.kind) ?? [];
    list.push(page);
    kinds.set(page.kind, list);
  }
  return kinds;
}

/**
 * A few pages that stand for their kind: the largest (most content, most to go wrong) and the
 * first in URL order when that is another page.
 */
export function representatives(pages: SitePage[]): SitePage[] {
  const out: SitePage[] = [];
  for (const list of pagesByKind(pages).values()) {
    const largest = list.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    out.push(largest);
    if (list[0] !== largest) out.push(list[0]!);
  }
  return out;
}

export function readPage(siteDir: string, page: SitePage): string {
  return readFileSync(join(siteDir, page.file), 'utf8');
}

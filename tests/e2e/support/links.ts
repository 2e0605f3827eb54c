// The internal link checker: every href/src/action in every built page that points into the site
// must name a file the site has, every #fragment an id on the target page, every id must be unique
// within its page and every id reference (aria-labelledby, label for, …) must name an id there.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type PageAnchors, pageAnchors } from '../../../src/lib/site/html-scan.ts';
import { siteFiles, sitePages } from '../../../src/lib/site/built-pages.ts';

export interface LinkReport {
  pages: number;
  links: number;
  problems: string[];
}

/** The site's own origin, from the home page's canonical link (absolute links to it are internal). */
export function siteOrigin(siteDir: string): string | undefined {
  const home = join(siteDir, 'index.html');
  if (!existsSync(home)) return undefined;
  const canonical = pageAnchors(readFileSync(home, 'utf8')).links.find((l) => l.tag === 'link' && l.rel.split(/\s+/).includes('canonical'));
  return canonical ? new URL(canonical.url).origin : undefined;
}

export function checkSiteLinks(siteDir: string): LinkReport {
  const files = new Set(siteFiles(siteDir));
  const pages = sitePages(siteDir);
  const anchors = new Map<string, PageAnchors>(pages.map((p) => [p.file, pageAnchors(readFileSync(join(siteDir, p.file), 'utf8'))]));
  const idsOf = new Map([...anchors].map(([file, a]) => [file, new Set(a.ids.map((i) => i.id))]));
  const origin = siteOrigin(siteDir) ?? 'http://site.invalid';
  const problems: string[] = [];
  let links = 0;

  for (const page of pages) {
    const a = anchors.get(page.file)!;
    const at = (line: number, near?: string) => `${page.file}:${line}${near ? ` (#${near})` : ''}`;
    const seen = new Set<string>();
    for (const { id, line } of a.ids) {
      if (id === '') problems.push(`${at(line)}: empty id=""`);
      if (seen.has(id)) problems.push(`${at(line)}: id "${id}" is used twice on the page`);
      seen.add(id);
    }
    for (const ref of a.idrefs) {
      if (!seen.has(ref.id)) problems.push(`${at(ref.line, ref.near)}: ${ref.attr}="${ref.id}" names no id on the page`);
    }
    for (const link of a.links) {
      if (link.tag === 'a' && link.url === '') continue; // <a href=""> reloads the page; harmless
      links++;
      let url: URL;
      try {
        url = new URL(link.url, new URL(page.url, origin));
      } catch {
        problems.push(`${at(link.line, link.near)}: <${link.tag} ${link.attr}="${link.url}"> is not a URL`);
        continue;
      }
      if (url.protocol === 'javascript:') {
        problems.push(`${at(link.line, link.near)}: <${link.tag} ${link.attr}="${link.url}"> runs script`);
        continue;
      }
      if (url.origin !== origin) continue; // another site (or mailto:, data:): not ours to resolve
      const target = resolveFile(files, decodeURIComponent(url.pathname));
      if (!target.file) {
        problems.push(`${at(link.line, link.near)}: <${link.tag} ${link.attr}="${link.url}"> ${target.why}`);
        continue;
      }
      const fragment = url.hash.slice(1);
      if (!fragment || fragment.startsWith(':~:')) {
        if (link.url.endsWith('#'))
          problems.push(`${at(link.line, link.near)}: <${link.tag} ${link.attr}="${link.url}"> has an empty fragment`);
        continue;
      }
      const ids = idsOf.get(target.file);
      const id = decodeURIComponent(fragment);
      if (!ids)
        problems.push(
          `${at(link.line, link.near)}: <${link.tag} ${link.attr}="${link.url}"> has a fragment but ${target.file} is not a page`,
        );
      else if (!ids.has(id))
        problems.push(`${at(link.line, link.near)}: <${link.tag} ${link.attr}="${link.url}"> — no id "${id}" in ${target.file}`);
    }
  }

  // The sitemaps are links too: every <loc> must be a page of the site.
  for (const file of files) {
    if (!/^sitemap.*\.xml$/.test(file)) continue;
    for (const [, loc] of readFileSync(join(siteDir, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      links++;
      const url = new URL(loc!);
      if (url.origin !== origin) problems.push(`${file}: <loc>${loc}</loc> is not on ${origin}`);
      else if (!resolveFile(files, decodeURIComponent(url.pathname)).file) problems.push(`${file}: <loc>${loc}</loc> is not in the site`);
    }
  }
  return { pages: pages.length, links, problems };
}

/** The file a static host serves for a path, as our static server and most hosts do. */
function resolveFile(files: Set<string>, path: string): { file?: string; why: string } {
  const rel = path.replace(/^\//, '');
  if (path.endsWith('/')) {
    const index = `${rel}index.html`;
    return files.has(index) ? { file: index, why: '' } : { why: 'leads nowhere (no such page in the site)' };
  }
  if (files.has(rel)) return { file: rel, why: '' };
  if (files.has(`${rel}/index.html`)) return { why: 'lacks its trailing slash (the URL is a redirect, not the page)' };
  return { why: 'leads nowhere (no such file in the site)' };
}

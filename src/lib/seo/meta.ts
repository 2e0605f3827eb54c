import { absoluteUrl } from '../routes.ts';

export interface PageMeta {
  site: string;
  /** Path of the page, e.g. /documents/2024-chanye-gongren/m14/ */
  path: string;
  title: string;
  description?: string;
  siteName: string;
  /** article for documents, measures and news; website for indexes. */
  type: 'article' | 'website';
  published?: string;
}

/** The canonical URL of a page: absolute, on the configured site. */
export const canonicalUrl = (site: string, path: string) => absoluteUrl(site, path);

/** Open Graph <meta property content> pairs for a page, in a stable order. */
export function openGraphTags(page: PageMeta): Array<{ property: string; content: string }> {
  const tags = [
    { property: 'og:type', content: page.type },
    { property: 'og:title', content: page.title },
    { property: 'og:url', content: canonicalUrl(page.site, page.path) },
    { property: 'og:site_name', content: page.siteName },
    { property: 'og:locale', content: 'zh_CN' },
  ];
  if (page.description) tags.push({ property: 'og:description', content: page.description });
  if (page.type === 'article' && page.published) tags.push({ property: 'article:published_time', content: page.published });
  return tags;
}

import { absoluteUrl } from '../routes.ts';

/** The sitemap index @astrojs/sitemap writes. */
export const SITEMAP_INDEX = '/sitemap-index.xml';

/** robots.txt: crawling allowed everywhere, and where the sitemap is (an absolute URL, as the protocol asks). */
export const robotsTxt = (site: string) => `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, SITEMAP_INDEX)}\n`;

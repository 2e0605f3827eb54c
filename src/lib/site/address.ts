// Where the site is published, as the build names it in permalinks, exports, feeds, the sitemap
// and JSON-LD: SITE_URL, set once when building for publication. Without it the build still works
// (npm start needs no configuration) and names a placeholder that says what it is; the build says so.

/** The address named when SITE_URL is unset: a reserved example domain, never a real site. */
export const PLACEHOLDER_SITE = 'https://policy-reader.example.org';

/** SITE_URL when it is an absolute http(s) address, the placeholder when unset; a message when it is neither. */
export function siteAddress(value: string | undefined = process.env.SITE_URL): { site: string } | { problem: string } {
  if (value === undefined || value === '') return { site: PLACEHOLDER_SITE };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: `SITE_URL "${value}" is not an address; give the absolute one the site is served at, e.g. https://example.org/` };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: `SITE_URL "${value}" is not an http(s) address` };
  if (url.pathname !== '/' || url.search || url.hash)
    return { problem: `SITE_URL "${value}" has a path, query or fragment; the site is served at the root of its address` };
  return { site: url.origin };
}

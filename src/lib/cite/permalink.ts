/** An absolute URL on the site: `site` may or may not end with a slash; `path` starts with one. */
export function absoluteUrl(site: string, path: string): string {
  if (!/^https?:\/\/[^/]+/.test(site)) throw new Error(`site must be an absolute http(s) URL, got "${site}"`);
  if (!path.startsWith('/')) throw new Error(`path must start with "/", got "${path}"`);
  return site.replace(/\/+$/, '') + path;
}

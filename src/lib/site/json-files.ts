// Build-time sets of JSON files written by one catch-all endpoint each (the citation index's,
// the 404 page's): every file's URL under the endpoint's base, and its data, as Astro's static
// paths and response.

/** Astro's static paths for files keyed by URL under `base` (`/not-found/ids/x.json` → `ids/x.json`). */
export const jsonFilePaths = (files: ReadonlyMap<string, unknown>, base: string) =>
  [...files].map(([url, data]) => ({ params: { file: url.slice(base.length) }, props: { data } }));

/** One file's response: its data as JSON. */
export const jsonFile = (data: unknown) =>
  new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json; charset=utf-8' } });

// How the build words what it tells a person without failing. A newcomer's first build prints
// notes on the content (reader words the texts use, measures no one is tagged for yet), the
// permalinks not yet listed and the placeholder address: each line says it is information, not a
// problem, so that only a line that says "failed" reads as one (a failure stops the build and says
// so: `[policy-reader] <step> failed:`, `Build failed …`).

/** What every informational line begins with. */
export const INFO = 'info:';

/**
 * The content notices (file:line: what to look at), under one line saying what they are. Each
 * keeps its file:line first after the label, so an editor can jump to it.
 */
export function contentNoticeLines(notices: ReadonlyArray<{ message: string }>): string[] {
  if (notices.length === 0) return [];
  const n = notices.length;
  return [
    `${INFO} ${n} note${n === 1 ? '' : 's'} on the content for whoever edits content/ (information, not problems: the build goes on and the site is complete):`,
    ...notices.map((x) => `${INFO} ${x.message}`),
  ];
}

/** URLs and anchors the build published that tests/permalinks.txt does not list yet (a new page, a new anchor). */
export function permalinksAddedLine(count: number, file: string): string {
  return `${INFO} ${count} new URL(s)/anchor(s) not yet in ${file}, as after adding content (information, not a problem); \`npm run permalinks:update\` adds them, so that later builds keep them`;
}

/** The address permalinks name when SITE_URL is not set. */
export function placeholderAddressLine(placeholder: string): string {
  return (
    `${INFO} SITE_URL is not set, which is fine for a build read on this machine (information, not a problem). ` +
    `Permalinks in the exports, feeds, sitemap, JSON-LD and canonical links name ${placeholder}, an address that does not exist; ` +
    `before publishing, build with SITE_URL=https://<where the site is served> (the cite panel names the address a page is loaded from either way).`
  );
}

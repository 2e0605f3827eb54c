// Links: every internal href, src, form action and #fragment in the built site resolves, every id
// is unique within its page, every id reference names an id on its page; and the permalink list
// still holds (the build checks it too; this catches a dist/ built some other way).
import { describe, expect, it } from 'vitest';
import { comparePermalinks, publishedPermalinks, readPermalinkList } from '../../src/lib/site/permalinks.ts';
import { checkSiteLinks } from './support/links.ts';
import { grouped } from './support/report.ts';

const SITE = 'dist';

describe('links in the built site', () => {
  const report = checkSiteLinks(SITE);

  it('were found on every page', () => {
    expect(report.pages).toBeGreaterThan(10);
    expect(report.links).toBeGreaterThan(report.pages * 5);
  });

  it('all resolve, to a file and to an id, and ids are unique per page', () => {
    expect(grouped(report.problems)).toEqual([]);
  });

  it('lose none of the listed permalinks', () => {
    expect(comparePermalinks(readPermalinkList(), publishedPermalinks(SITE)).missing).toEqual([]);
  });
});

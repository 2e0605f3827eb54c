import * as pagefind from 'pagefind';

/** Indexes the built site with Pagefind; any error or warning-free failure throws. */
export async function indexSite(siteDir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
  if (!index || errors.length) throw new Error(errors.join('\n') || 'could not create the index');
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(added.errors.join('\n'));
    if (added.page_count === 0) throw new Error('no page was indexed (no data-pagefind-body found?)');
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length) throw new Error(written.errors.join('\n'));
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}

// The site model of this build, from the content layer, built once: every page and endpoint
// imports `model` from here (as withastro/starlight's routes are built once at the top level of
// one module). Under `astro dev` this module is evaluated again when a collection changes.
import { relative, join } from 'node:path';
import { getCollection } from 'astro:content';
import { ACTOR_TAGS_DIR, type AnnotationFiles } from './lib/content/annotations.ts';
import { contentDir } from './lib/content/dir.ts';
import { contentFailure } from './lib/content/loaders.ts';
import { ContentError, ContentErrors } from './lib/errors.ts';
import { buildSiteModel, type SiteModel } from './lib/site/model.ts';
import { contentNoticeLines } from './lib/site/notices.ts';
import { buildStats } from './lib/site/stats.ts';

async function loadSite(): Promise<SiteModel> {
  const files: AnnotationFiles = {
    // Each single-file collection holds one entry, or none when its file is absent.
    actors: (await getCollection('actors'))[0]?.data,
    actorTags: (await getCollection('actorTags')).map((e) => e.data),
    actorTagsDir: relative(process.cwd(), join(contentDir(), ACTOR_TAGS_DIR)),
    glossary: (await getCollection('glossary'))[0]?.data,
    notes: (await getCollection('notes'))[0]?.data,
    thesaurus: (await getCollection('thesaurus'))[0]?.data,
    links: (await getCollection('links'))[0]?.data,
    charts: (await getCollection('charts'))[0]?.data,
    instruments: (await getCollection('instruments'))[0]?.data,
    instrumentCodes: (await getCollection('instrumentCodes')).map((e) => e.data),
  };
  // The content layer keeps entries by id; the corpus keeps the order the items reader gave.
  const items = (await getCollection('items')).map((e) => e.data).sort((a, b) => a.order - b.order);
  try {
    const started = performance.now();
    const built = buildSiteModel({ items, files });
    // Information, not failures (reader words the texts use, measures with no responsible actor), worded as such.
    for (const line of contentNoticeLines(built.notices)) console.log(`[policy-reader] ${line}`);
    const stats = buildStats();
    stats.models++;
    stats.contentMs += performance.now() - started;
    return built;
  } catch (e) {
    if (e instanceof ContentErrors || e instanceof ContentError) throw contentFailure(e);
    throw e;
  }
}

export const model: SiteModel = await loadSite();

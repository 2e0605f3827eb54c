// The site model of a content directory for unit tests, built once per test file and directory
// with the build's own readers and model (src/lib/site/read.ts). Tests of code read the
// fixtures (tests/fixtures/corpus above all); the content tests under tests/content (they pin
// facts of the published texts: ids, quotes, counts) read ./content.
import { resolve } from 'node:path';
import { ANNOTATION_FILES, type AnnotationKind, readAnnotationFile } from '../../src/lib/content/annotations.ts';
import { emptyYamlFile, withLines } from '../../src/lib/content/yaml.ts';
import type { SiteModel } from '../../src/lib/site/model.ts';
import { readSiteInputs, readSiteModel } from '../../src/lib/site/read.ts';

/** The project's own content: the published corpus. */
export const PROJECT_CONTENT = resolve('content');
/** The synthetic document of tests/fixtures/content. */
export const FIXTURE_CONTENT = resolve('tests/fixtures/content');
/**
 * The synthetic corpus of tests/fixtures/corpus: two opinions and three news items with every
 * annotation file (actors, glossary, notes, thesaurus, links, charts); see its README.md.
 */
export const FIXTURE_CORPUS = resolve('tests/fixtures/corpus');

const models = new Map<string, SiteModel>();

export function siteModel(dir = FIXTURE_CONTENT): SiteModel {
  let model = models.get(dir);
  if (!model) models.set(dir, (model = readSiteModel(dir)));
  return model;
}

/** The files a model is built from, for tests that check one of them on its own. */
export function siteInputs(dir = FIXTURE_CONTENT) {
  return readSiteInputs(dir);
}

/**
 * One annotation file of a content directory as the checks see it (with its line locator),
 * reported relative to `root`; a missing file reads as empty.
 */
export function annotationFile<K extends AnnotationKind>(dir: string, kind: K, root = dir) {
  const file = readAnnotationFile(dir, kind, root);
  return file ? withLines(file) : emptyYamlFile(ANNOTATION_FILES[kind].name, [] as never);
}

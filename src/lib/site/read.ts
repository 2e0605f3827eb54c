// The site's inputs read straight from a content directory, outside Astro: what the content
// layer's loaders store, for the tests, the bench and `npm run search`.
import { readAnnotations } from '../content/annotations.ts';
import { ErrorCollector } from '../content/collect.ts';
import { readItems } from '../content/items.ts';
import { buildSiteModel, type SiteInputs, type SiteModel } from './model.ts';

/** The parsed items and annotation files of a content directory; throws every problem at once. */
export function readSiteInputs(contentDir: string, root = process.cwd()): SiteInputs {
  const problems = new ErrorCollector();
  const items = problems.attempt(() => readItems(contentDir, root));
  const files = problems.attempt(() => readAnnotations(contentDir, root));
  problems.throwIfAny();
  return { items: items!, files: files! };
}

/** The site model of a content directory, as a build makes it. */
export function readSiteModel(contentDir: string, root = process.cwd()): SiteModel {
  return buildSiteModel(readSiteInputs(contentDir, root));
}

/** Every content problem of a directory as printable lines (file:line: what is wrong); none when it builds. */
export function contentProblems(contentDir: string, root = process.cwd()): string[] {
  const problems = new ErrorCollector();
  problems.attempt(() => readSiteModel(contentDir, root));
  return problems.errors.map((e) => e.message);
}

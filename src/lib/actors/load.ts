import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { type Corpus, defaultContentDir, getCorpus } from '../corpus.ts';
import { ContentError, ContentErrors } from '../errors.ts';
import { type LoadedRegistry, type LoadedTagFile, checkRegistry, checkTags } from './check.ts';
import { readYamlWithLines as readLocatedYaml } from '../content/yaml-lines.ts';
import { ActorMatcher } from './match.ts';
import { type Actors, resolveActors } from './model.ts';
import { ActorRegistry, ActorTagFile } from './schema.ts';

/** Reads content/actors.yaml and content/actor-tags/*.yaml, checks them against the corpus, and resolves them. */
export function loadActors(contentDir: string, corpus: Corpus, root = process.cwd()): Actors {
  // A corpus without an actor registry has no tags yet; with one, every item needs its tag file.
  if (!existsSync(join(contentDir, 'actors.yaml'))) return resolveActors([], [], corpus);
  const errors: ContentError[] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (e) {
      if (e instanceof ContentErrors) errors.push(...e.errors);
      else if (e instanceof ContentError) errors.push(e);
      else throw e;
      return undefined;
    }
  };
  const registry = attempt((): LoadedRegistry => readLocatedYaml(join(contentDir, 'actors.yaml'), ActorRegistry, root));
  const tagsDir = join(contentDir, 'actor-tags');
  const tagFiles = (attempt(() => tagFileNames(tagsDir, root)) ?? []).flatMap((name) => {
    const file = attempt(() => readLocatedYaml(join(tagsDir, name), ActorTagFile, root));
    return file ? [{ ...file, item: name.replace(/\.ya?ml$/, '') } satisfies LoadedTagFile] : [];
  });
  if (registry) {
    errors.push(...checkRegistry(registry));
    if (errors.length === 0) {
      const matcher = ActorMatcher.fromActors(registry.data);
      errors.push(...checkTags({ registry, tagFiles, corpus, matcher, tagsDir: relative(root, tagsDir) }));
    }
  }
  if (errors.length) throw new ContentErrors(errors);
  return resolveActors(registry!.data, tagFiles, corpus);
}

function tagFileNames(dir: string, root: string): string[] {
  if (!existsSync(dir)) throw new ContentError(relative(root, dir), undefined, 'the actor tag folder is missing');
  return readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
}

let cached: Actors | undefined;

/** The site's actor data, loaded once per process against getCorpus(). */
export function getActors(): Actors {
  cached ??= loadActors(defaultContentDir(), getCorpus());
  return cached;
}

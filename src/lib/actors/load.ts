import type { ActorTagsFile } from '../content/annotations.ts';
import { ErrorCollector } from '../content/collect.ts';
import { withLines, type YamlFile } from '../content/yaml.ts';
import type { Corpus } from '../corpus.ts';
import { type LoadedTagFile, checkRegistry, checkTags } from './check.ts';
import { ActorMatcher } from './match.ts';
import { type Actors, resolveActors } from './model.ts';
import type { ActorRegistry } from './schema.ts';

export interface ActorFiles {
  actors?: YamlFile<ActorRegistry> | undefined;
  actorTags: ActorTagsFile[];
  actorTagsDir: string;
}

/** Checks the actor registry and tag files against the corpus, and resolves them; throws every problem. */
export function buildActors(files: ActorFiles, corpus: Corpus): Actors {
  // A corpus without an actor registry has no tags yet; with one, every item needs its tag file.
  if (!files.actors) return resolveActors([], [], corpus);
  const registry = withLines(files.actors);
  const tagFiles: LoadedTagFile[] = files.actorTags.map((f) => ({ ...withLines(f), item: f.item }));
  const problems = new ErrorCollector();
  problems.errors.push(...checkRegistry(registry));
  if (problems.errors.length === 0) {
    const matcher = ActorMatcher.fromActors(registry.data);
    problems.errors.push(...checkTags({ registry, tagFiles, corpus, matcher, tagsDir: files.actorTagsDir }));
  }
  problems.throwIfAny();
  return resolveActors(registry.data, tagFiles, corpus);
}

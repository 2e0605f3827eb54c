import type { ActorTagsFile } from '../content/annotations.ts';
import { ErrorCollector } from '../content/collect.ts';
import { withLines, type YamlFile } from '../content/yaml.ts';
import type { Corpus } from '../corpus.ts';
import type { ContentError } from '../errors.ts';
import { type LoadedTagFile, checkRegistry, checkTags } from './check.ts';
import { type MachineTags, machineTags } from './machine.ts';
import { ActorMatcher } from './match.ts';
import { applyConfirms, mergeMachineTags, unreviewedNotices } from './review.ts';
import { type Actors, resolveActors } from './model.ts';
import type { ActorRegistry } from './schema.ts';

export interface ActorFiles {
  actors?: YamlFile<ActorRegistry> | undefined;
  actorTags: ActorTagsFile[];
  actorTagsDir: string;
}

/**
 * Checks the actor registry and tag files against the corpus, tags every document's measures by
 * machine, lets the hand files review them, and resolves the lot; throws every problem. What a
 * person should review but need not (measures with no responsible actor) goes to `notices`.
 */
export function buildActors(files: ActorFiles, corpus: Corpus, notices: ContentError[] = []): Actors {
  // A corpus without an actor registry has no tags yet.
  if (!files.actors) return resolveActors([], [], corpus);
  const registry = withLines(files.actors);
  const problems = new ErrorCollector();
  problems.errors.push(...checkRegistry(registry));
  problems.throwIfAny();
  const matcher = ActorMatcher.fromActors(registry.data);
  const aliases = registry.data.flatMap((a) => a.aliases);
  const machine = new Map<string, MachineTags>(corpus.documents.map((d) => [d.id, machineTags(d, matcher, aliases)]));
  const handFiles: LoadedTagFile[] = files.actorTags.map((f) => ({ ...withLines(f), item: f.item }));
  const confirmed = applyConfirms(handFiles, machine);
  problems.errors.push(...confirmed.errors);
  problems.errors.push(...checkTags({ registry, tagFiles: confirmed.files, corpus, matcher }));
  problems.throwIfAny();
  const merged = mergeMachineTags(corpus, confirmed.files, machine);
  notices.push(...unreviewedNotices(corpus, merged, files.actorTagsDir));
  return resolveActors(registry.data, merged, corpus);
}

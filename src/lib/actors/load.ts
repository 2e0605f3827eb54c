import { dirname, join } from 'node:path';
import type { ActorTagsFile } from '../content/annotations.ts';
import { ErrorCollector } from '../content/collect.ts';
import { withLines, type YamlFile } from '../content/yaml.ts';
import type { Corpus } from '../corpus.ts';
import type { ContentError } from '../errors.ts';
import { type LoadedTagFile, checkRegistry, checkTags } from './check.ts';
import { type MachineTags, machineTags } from './machine.ts';
import { ActorMatcher } from './match.ts';
import { type OfficialTags, documentNotes, officialTags, unregisteredNotice } from './official.ts';
import { misreadNotes } from './precedence.ts';
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
 * machine and by their responsibility notes (official tags), lets the hand files review them, and
 * resolves the lot; throws every problem. What a person should review but need not (measures with
 * no responsible actor, note bodies the registry lacks) goes to `notices`.
 */
export function buildActors(files: ActorFiles, corpus: Corpus, notices: ContentError[] = []): Actors {
  const registryFile = files.actors?.file ?? join(dirname(files.actorTagsDir), 'actors.yaml');
  // A corpus without an actor registry has no machine or hand tags yet; its notes still say who
  // does what, by printed names alone.
  if (!files.actors) {
    const official = officialOfCorpus(corpus, () => undefined, new Map(), registryFile, notices);
    return resolveActors([], mergeMachineTags(corpus, [], new Map(), official), corpus);
  }
  const registry = withLines(files.actors);
  const problems = new ErrorCollector();
  problems.errors.push(...checkRegistry(registry));
  problems.throwIfAny();
  const matcher = ActorMatcher.fromActors(registry.data);
  const aliases = registry.data.flatMap((a) => a.aliases);
  const machine = new Map<string, MachineTags>(corpus.documents.map((d) => [d.id, machineTags(d, matcher, aliases)]));
  const handFiles: LoadedTagFile[] = files.actorTags.map((f) => ({ ...withLines(f), item: f.item }));
  const official = officialOfCorpus(
    corpus,
    (name) => matcher.actorOf(name),
    new Map(handFiles.map((f) => [f.item, f])),
    registryFile,
    notices,
  );
  const confirmed = applyConfirms(handFiles, machine);
  problems.errors.push(...confirmed.errors);
  problems.errors.push(...checkTags({ registry, tagFiles: confirmed.files, corpus, matcher, official }));
  problems.throwIfAny();
  const merged = mergeMachineTags(corpus, confirmed.files, machine, official);
  notices.push(...unreviewedNotices(corpus, merged, files.actorTagsDir));
  return resolveActors(registry.data, merged, corpus);
}

/** Every document's official tags, less the notes its hand file says are misread; a notice for each document naming unregistered bodies. */
function officialOfCorpus(
  corpus: Corpus,
  actorOf: (name: string) => string | undefined,
  hand: ReadonlyMap<string, LoadedTagFile>,
  registryFile: string,
  notices: ContentError[],
): Map<string, OfficialTags> {
  return new Map(
    corpus.documents.map((d) => {
      const tags = officialTags(d, actorOf, misreadNotes(hand.get(d.id), documentNotes(d)));
      const notice = unregisteredNotice(d, tags, registryFile);
      if (notice) notices.push(notice);
      return [d.id, tags];
    }),
  );
}

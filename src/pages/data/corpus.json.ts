// /data/corpus.json: the whole corpus (documents, parts, measures, sentences, repairs, terms,
// actors, editorial notes) in the shape /data/corpus.schema.json publishes.
import type { APIRoute } from 'astro';
import { actorsJson, getActors } from '../../lib/actors/index.ts';

import { getCorpus } from '../../lib/corpus.ts';
import { corpusJson } from '../../lib/export/corpus-json.ts';
import { getGlossary } from '../../lib/glossary/glossary.ts';
import { getApparatus } from '../../lib/notes/apparatus.ts';
import { absoluteUrl } from '../../lib/routes.ts';

export const GET: APIRoute = ({ site }) => {
  const base = site!.href;
  // A note as written in content/notes.yaml, where it stands, without the loader's file positions.
  const notes = getApparatus().groups.flatMap((g) =>
    g.entries.flatMap((e) => {
      if (e.type !== 'note') return [];
      const { file: _file, line: _line, fieldLines: _fields, ...note } = e.note;
      return [{ ...note, url: absoluteUrl(base, e.url) }];
    }),
  );
  const body = corpusJson({ corpus: getCorpus(), site: base, glossary: getGlossary(), actors: actorsJson(getActors()).actors, notes });
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

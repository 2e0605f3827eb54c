// /data/corpus.json: the whole corpus (documents, parts, measures, sentences, repairs, terms,
// actors, editorial notes) in the shape /data/corpus.schema.json publishes.
import type { APIRoute } from 'astro';
import { actorsJson } from '../../lib/export/actors.ts';

import { corpusJson } from '../../lib/export/corpus-json.ts';

import { absoluteUrl } from '../../lib/routes.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = ({ site }) => {
  const base = site!.href;
  // A note as written in content/notes.yaml, where it stands, without the loader's file positions.
  const notes = model.apparatus.groups.flatMap((g) =>
    g.entries.flatMap((e) => {
      if (e.type !== 'note') return [];
      const { file: _file, line: _line, fieldLines: _fields, ...note } = e.note;
      return [{ ...note, url: absoluteUrl(base, e.url) }];
    }),
  );
  const body = corpusJson({ corpus: model.corpus, site: base, glossary: model.glossary, actors: actorsJson(model.actors).actors, notes });
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};

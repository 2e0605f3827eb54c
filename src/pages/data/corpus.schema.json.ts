// /data/corpus.schema.json: the JSON Schema (draft 2020-12) of /data/corpus.json, generated from
// the zod schema the export is checked against.
import type { APIRoute } from 'astro';
import { corpusJsonSchema } from '../../lib/export/schema.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(corpusJsonSchema(site!.href), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });

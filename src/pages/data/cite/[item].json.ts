// /data/cite/<item>.json: what the cite panel needs to format citations of one item in the
// reader's browser (see src/lib/cite/context.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { citeContext } from '../../../lib/cite/context.ts';

import { type CorpusEntry } from '../../../lib/corpus.ts';
import { model } from '../../../model.ts';

export const getStaticPaths = (() =>
  model.corpus.entries.map((entry) => ({ params: { item: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CorpusEntry }> = ({ props, site }) =>
  new Response(JSON.stringify(citeContext(props.entry, site!.href)), { headers: { 'content-type': 'application/json; charset=utf-8' } });

// /data/corpus.qdpx: the whole corpus as one REFI-QDA project (NVivo, ATLAS.ti, MAXQDA, QualCoder).
import type { APIRoute } from 'astro';
import { corpusProject } from '../../lib/export/analysis.ts';
import { qdpx } from '../../lib/export/qdpx.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(qdpx(corpusProject(model, site!.href)), { headers: { 'content-type': 'application/zip' } });

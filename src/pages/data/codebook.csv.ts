// /data/codebook.csv: every code of the REFI-QDA project and of codings.csv, one a row.
import type { APIRoute } from 'astro';
import { analysisData } from '../../lib/export/analysis.ts';
import { codebookCsv } from '../../lib/export/codings-csv.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = () =>
  new Response(codebookCsv(analysisData(model)), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });

// /data/codings.csv: one row per coding of the REFI-QDA project (UTF-8 with a byte-order mark, CRLF, RFC 4180).
import type { APIRoute } from 'astro';
import { analysisData } from '../../lib/export/analysis.ts';
import { codingsCsv } from '../../lib/export/codings-csv.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(codingsCsv({ corpus: model.corpus, ...analysisData(model), site: site!.href }), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });

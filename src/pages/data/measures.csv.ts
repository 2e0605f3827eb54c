// /data/measures.csv: every measure of every document, one a row (UTF-8 with a byte-order mark).
import type { APIRoute } from 'astro';
import { measuresCsv } from '../../lib/export/measures-csv.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(measuresCsv(model.corpus, { site: site!.href }), { headers: { 'content-type': 'text/csv; charset=utf-8' } });

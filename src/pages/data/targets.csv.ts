// One row per deadline and target figure: UTF-8 with a BOM, CRLF, RFC 4180, formulas neutralised (csvFile; columns in src/lib/export/targets-csv.ts, shown on /targets/).
import type { APIRoute } from 'astro';
import { targetsCsv } from '../../lib/export/targets-csv.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = () =>
  new Response(targetsCsv(model.targets), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });

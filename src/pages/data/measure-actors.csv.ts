// One row per actor tag on a measure: UTF-8 with a BOM, CRLF, RFC 4180, formulas neutralised (csvFile; schema in README.md).
import type { APIRoute } from 'astro';
import { measureActorsCsv } from '../../lib/export/actors.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = () =>
  new Response(measureActorsCsv(model.actors), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });

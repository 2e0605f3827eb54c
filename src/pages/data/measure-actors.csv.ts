// One row per actor tag on a measure: UTF-8 without BOM, CRLF, RFC 4180 (schema in README.md).
import type { APIRoute } from 'astro';
import { getActors, measureActorsCsv } from '../../lib/actors/index.ts';

export const GET: APIRoute = () =>
  new Response(measureActorsCsv(getActors()), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });

// The actor registry and every tagged measure and news statement, as JSON (schema in README.md).
import type { APIRoute } from 'astro';
import { actorsJson } from '../../lib/export/actors.ts';
import { model } from '../../model.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(actorsJson(model.actors), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

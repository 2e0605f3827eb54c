// The 404 page's files (src/lib/not-found/catalogue.ts): each item's title and units, the list of
// ids in chunks with their directory, the documents with a unit of each number; read by the page's
// script only when it is shown, and only those the address needs.
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpusNotFoundFiles } from '../../lib/not-found/catalogue.ts';
import { NOT_FOUND_DATA } from '../../lib/routes.ts';
import { model } from '../../model.ts';

export const getStaticPaths = (() =>
  [...corpusNotFoundFiles(model.corpus).files].map(([url, data]) => ({
    params: { file: url.slice(NOT_FOUND_DATA.length) },
    props: { data },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: unknown }> = ({ props }) =>
  new Response(JSON.stringify(props.data), { headers: { 'content-type': 'application/json; charset=utf-8' } });

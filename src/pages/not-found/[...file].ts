// The 404 page's files (src/lib/not-found/catalogue.ts): each item's title and units, the list of
// ids in chunks with their directory, the documents with a unit of each number; read by the page's
// script only when it is shown, and only those the address needs.
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpusNotFoundFiles } from '../../lib/not-found/catalogue.ts';
import { NOT_FOUND_DATA } from '../../lib/routes.ts';
import { jsonFile, jsonFilePaths } from '../../lib/site/json-files.ts';
import { model } from '../../model.ts';

export const getStaticPaths = (() => jsonFilePaths(corpusNotFoundFiles(model.corpus).files, NOT_FOUND_DATA)) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: unknown }> = ({ props }) => jsonFile(props.data);

// The citation index (src/lib/search/citation-index.ts): one file per document under doc/, and
// the shards of names and places, read by the search only for a query that cites a place.
import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATIONS } from '../../../lib/routes.ts';
import { corpusCitationIndex } from '../../../lib/search/citation-index.ts';
import { jsonFile, jsonFilePaths } from '../../../lib/site/json-files.ts';
import { model } from '../../../model.ts';

export const getStaticPaths = (() => jsonFilePaths(corpusCitationIndex(model.corpus).files, CITATIONS)) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: unknown }> = ({ props }) => jsonFile(props.data);

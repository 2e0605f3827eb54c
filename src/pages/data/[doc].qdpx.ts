// /data/<doc>.qdpx: one document as a REFI-QDA project, with the corpus's whole codebook.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DocumentEntry } from '../../lib/corpus.ts';
import { documentProject } from '../../lib/export/analysis.ts';
import { qdpx } from '../../lib/export/qdpx.ts';
import { model } from '../../model.ts';

export const getStaticPaths = (() =>
  model.corpus.documents.map((doc) => {
    // /data/corpus.qdpx is the corpus's; a document with that id would be shadowed by it.
    if (doc.id === 'corpus') throw new Error(`the document id "corpus" is taken by /data/corpus.qdpx; give the document another id`);
    return { params: { doc: doc.id }, props: { doc } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ doc: DocumentEntry }> = ({ props, site }) =>
  new Response(qdpx(documentProject(model, props.doc, site!.href)), { headers: { 'content-type': 'application/zip' } });

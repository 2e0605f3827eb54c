// /data/<doc>.akn.xml: each document (opinion, proposal, regulation, explanation…) as Akoma Ntoso 3.0
// XML, eIds mapping one to one onto our ids; every document page links its file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { type DocumentEntry } from '../../lib/corpus.ts';
import { akomaNtosoXml, registryIds } from '../../lib/export/akoma-ntoso.ts';
import { model } from '../../model.ts';

export const getStaticPaths = (() =>
  model.corpus.documents.map((doc) => ({ params: { doc: doc.id }, props: { doc } }))) satisfies GetStaticPaths;

/** Each body's reference is the actor registry's id, the same in every file (merged files do not mix bodies up). */
const bodyId = registryIds(model.actors.registry);

export const GET: APIRoute<{ doc: DocumentEntry }> = ({ props, site }) =>
  new Response(akomaNtosoXml(props.doc, { site: site!.href, bodyId }), {
    headers: { 'content-type': 'application/akn+xml; charset=utf-8' },
  });

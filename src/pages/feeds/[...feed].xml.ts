// /feeds/all.xml, /feeds/issuers/<issuer>.xml, /feeds/kinds/<kind>.xml: Atom feeds (src/lib/feeds/).
import type { APIRoute, GetStaticPaths } from 'astro';
import { ATOM_TYPE, atomFeed } from '../../lib/feeds/atom.ts';
import { type Feed, siteFeeds } from '../../lib/feeds/feeds.ts';
import { FEEDS } from '../../lib/routes.ts';
import { SITE_NAME } from '../../lib/seo/pages.ts';
import { model } from '../../model.ts';

export const getStaticPaths = (() =>
  siteFeeds(model.corpus).map((feed) => ({
    params: { feed: feed.path.slice(FEEDS.length, -'.xml'.length) },
    props: { feed },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: Feed }> = ({ props, site }) =>
  new Response(atomFeed(props.feed, { site: site!.href, siteName: SITE_NAME }), {
    headers: { 'content-type': `${ATOM_TYPE}; charset=utf-8` },
  });

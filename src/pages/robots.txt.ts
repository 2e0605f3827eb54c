// /robots.txt: every page may be crawled; the sitemap (written by @astrojs/sitemap) at the
// configured address (SITE_URL), so crawlers find every document and measure page.
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/seo/robots.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site!.href), { headers: { 'content-type': 'text/plain; charset=utf-8' } });

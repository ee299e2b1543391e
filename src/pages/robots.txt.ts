/** robots.txt, naming the sitemap when the build has an origin (SITE_URL); see README, "Publish it". */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site-meta';
import { url } from '../lib/url';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site ? new URL(url('/sitemap-index.xml'), site).href : undefined), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

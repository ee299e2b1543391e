/** The web app manifest (installing the site on a phone's home screen); the words come from src/i18n/ui.ts. */
import type { APIRoute } from 'astro';
import { ui } from '../i18n/ui';
import { webManifest } from '../lib/site-meta';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webManifest({ name: ui.siteTitle, shortName: ui.siteShortTitle, description: ui.siteTagline, lang: 'en-GB' }), null, 2), {
    headers: { 'Content-Type': 'application/manifest+json' },
  });

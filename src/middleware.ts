/**
 * Before each page is rendered: tell the interface tables of src/i18n/live.ts the page's language,
 * so that islands rendered into it at build time speak it (in the browser they read `<html lang>`).
 */
import { defineMiddleware } from 'astro:middleware';
import { splitLangPath } from './i18n/lang';
import { setBuildLang } from './i18n/current';

export const onRequest = defineMiddleware((context, next) => {
  setBuildLang(splitLangPath(context.url.pathname, import.meta.env.BASE_URL).lang);
  return next();
});

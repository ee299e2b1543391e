/**
 * The rehype step that links glossary terms in every Markdown and MDX body (registered in
 * astro.config.mjs; MDX inherits Markdown's plugins). A rehype plugin cannot call
 * getCollection, so it reads content/glossary/*.yaml itself; the content collection's schema
 * still validates those files. The matching and wrapping live in src/lib/glossary-linker.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { GLOSSARY_HOST, linkGlossaryTerms, prepareGlossary, type GlossaryTerm, type HastNode } from '../lib/glossary-linker';
import { joinBase } from '../lib/url';

export interface GlossaryLinkOptions {
  /** The site's base path, as astro.config.mjs reads it from BASE_PATH. */
  base?: string;
  /** The entries; read from `dir` when not given. */
  terms?: GlossaryTerm[];
  /** Folder of the glossary's YAML files, from the project root. */
  dir?: string;
  /** Each other language's entries (content/<lang>/glossary/): its bodies (content/<lang>/…) link to its glossary page (/<lang>/glossary/). */
  translations?: Record<string, GlossaryTerm[]>;
  /**
   * The class of the block around a linked term (GLOSSARY_HOST). In the options so that Astro's
   * config digest, and with it the cache of rendered Markdown, follows the markup the step writes.
   */
  host?: string;
}

/** Reads every glossary entry; its id is the file name, as in the content collection. */
export function loadGlossary(dir = 'content/glossary'): GlossaryTerm[] {
  const folder = resolve(process.cwd(), dir);
  return readdirSync(folder)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const d = parse(readFileSync(join(folder, f), 'utf8')) ?? {};
      return {
        id: f.slice(0, -'.yaml'.length),
        term: String(d.term ?? ''),
        kind: d.kind === 'acronym' ? 'acronym' : 'term',
        aliases: Array.isArray(d.aliases) ? d.aliases.map(String) : [],
        expansion: typeof d.expansion === 'string' ? d.expansion : undefined,
        definition: Array.isArray(d.definitions) && typeof d.definitions[0]?.text === 'string' ? d.definitions[0].text : undefined,
        autolink: d.autolink !== false,
      } satisfies GlossaryTerm;
    })
    .filter((t) => t.term);
}

/** The rehype plugin: links the first occurrence of each glossary term on a rendered body. */
export default function rehypeGlossaryLinks(options: GlossaryLinkOptions = {}) {
  const base = options.base ?? (process.env.BASE_PATH || '/');
  const glossary = prepareGlossary(options.terms ?? loadGlossary(options.dir));
  const translated = Object.fromEntries(Object.entries(options.translations ?? {}).map(([lang, terms]) => [lang, prepareGlossary(terms)]));
  return (tree: HastNode, file?: { path?: string }) => {
    // A translated body (content/pl/…) links its own language's terms to its own glossary page.
    const lang = file?.path ? /[\\/]content[\\/]([a-z]{2})[\\/]/.exec(file.path)?.[1] : undefined;
    const terms = (lang && translated[lang]) || glossary;
    const prefix = lang && translated[lang] ? `/${lang}` : '';
    const href = (id: string) => joinBase(base, `${prefix}/glossary/#${id}`);
    // The body's file name (a chapter, sector or practice id) keeps preview ids unique on pages
    // that show several bodies.
    const scope = file?.path ? basename(file.path).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-') : undefined;
    linkGlossaryTerms(tree, terms, { href, scope: scope || undefined, host: options.host });
  };
}

/**
 * The plugin with the glossary read now, for `markdown.rehypePlugins`. Passing the entries as
 * options puts them in Astro's config digest, so a changed glossary clears the content cache
 * (which keeps rendered Markdown) instead of leaving stale links.
 */
export function glossaryLinks(options: Omit<GlossaryLinkOptions, 'terms'> = {}): [typeof rehypeGlossaryLinks, GlossaryLinkOptions] {
  const translations: Record<string, GlossaryTerm[]> = {};
  const content = resolve(process.cwd(), 'content');
  for (const lang of readdirSync(content).filter((d) => /^[a-z]{2}$/.test(d))) {
    if (existsSync(join(content, lang, 'glossary'))) translations[lang] = loadGlossary(join('content', lang, 'glossary'));
  }
  return [rehypeGlossaryLinks, { base: options.base, terms: loadGlossary(options.dir), translations, host: GLOSSARY_HOST }];
}

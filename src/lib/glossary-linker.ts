/**
 * Links glossary terms where the text uses them: the pure part of the rehype step that runs on
 * every Markdown and MDX body (chapters, sector guides, practices).
 *
 * On one body, the FIRST occurrence of each entry becomes a link to its definition on the
 * glossary page, followed by a short preview that CSS shows on hover and keyboard focus and that
 * `aria-describedby` makes screen readers announce:
 *
 *   <a href="/glossary/#cea" class="glossary-term" aria-describedby="gt-cea-participation">CEA</a>
 *   <span role="tooltip" id="gt-cea-participation" class="glossary-term__tip" data-pagefind-ignore>…</span>
 *
 * Matching: whole words only; the longest name wins at a position ("beneficiaries of subsidiary
 * protection" before "subsidiary protection"); terms match in any case, acronyms only as written
 * ("CEA", never "cea"), except an acronym's lower-case aliases ("third-country national"), which
 * match in any case like a term. Entries with `autolink: false` are never linked. Text inside
 * headings, links, code and form controls is left alone.
 */

/** A glossary entry, as the rehype step needs it (read from content/glossary/*.yaml). */
export interface GlossaryTerm {
  id: string;
  term: string;
  kind: 'term' | 'acronym';
  aliases?: string[];
  expansion?: string;
  /** The first definition's text. */
  definition?: string;
  autolink?: boolean;
}

/** An occurrence of a glossary name in a text. */
export interface Occurrence {
  id: string;
  index: number;
  /** The words as the text writes them. */
  text: string;
}

/** The prepared glossary: a matcher over every linkable name, and each entry's preview text. */
export interface Glossary {
  find(text: string, from?: number): Occurrence | undefined;
  term(id: string): { term: string; preview: string } | undefined;
}

/** Minimal hast node (elements, text, root, and MDX's JSX elements, which carry `name`). */
export interface HastNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * The blocks a preview is placed under: the nearest one around a linked term takes the class
 * `glossary-host` (positioned, in the site's style), so no selector has to look inside every block.
 */
const HOSTS = new Set(['p', 'li', 'dt', 'dd', 'td', 'th', 'blockquote', 'figcaption']);
export const GLOSSARY_HOST = 'glossary-host';

/** Elements whose text is never linked: headings, links, code, and controls a link would break. */
const SKIP = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'svg', 'math', 'button', 'label', 'select', 'textarea', 'summary', 'title']);

/** Preview length: long enough for a first sentence, short enough for a small screen. */
const PREVIEW_MAX = 200;

const normalise = (s: string) => s.replace(/\s+/g, ' ').replace(/[‘’]/g, "'");
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name as a pattern: any run of white space (a line break too) between words, either apostrophe. */
const pattern = (name: string) => escape(normalise(name).trim()).replace(/ /g, '\\s+').replace(/'/g, "['’]");

/** Whether a name is matched only as written: an acronym's names that are not all lower case. */
export function isCaseSensitive(kind: GlossaryTerm['kind'], name: string): boolean {
  return kind === 'acronym' && name !== name.toLowerCase();
}

/** The first sentence of a text, cut at a word boundary when still too long for a preview. */
export function firstSentence(text: string, max = PREVIEW_MAX): string {
  const t = normalise(text).trim();
  const sentence = /^.+?[.!?](?=\s+[A-Z"“(]|$)/.exec(t)?.[0] ?? t;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : max).replace(/[,;:]$/, '')}…`;
}

/** The preview of an entry: an acronym's expansion, else the first sentence of its definition. */
export function previewOf(t: GlossaryTerm): string {
  if (t.kind === 'acronym' && t.expansion) return t.expansion;
  if (t.definition) return firstSentence(t.definition);
  return t.expansion ?? '';
}

/** Prepares the glossary once per build: one matcher for case-sensitive names, one for the rest. */
export function prepareGlossary(terms: readonly GlossaryTerm[]): Glossary {
  const owners = new Map<string, string>();
  const names: { sensitive: boolean; name: string }[] = [];
  for (const t of terms) {
    if (t.autolink === false) continue;
    for (const name of [t.term, ...(t.aliases ?? [])]) {
      const sensitive = isCaseSensitive(t.kind, name);
      const key = sensitive ? normalise(name).trim() : normalise(name).trim().toLowerCase();
      if (!key || owners.has(key)) continue; // the first entry to claim a name keeps it
      owners.set(key, t.id);
      names.push({ sensitive, name });
    }
  }
  const regex = (sensitive: boolean) => {
    const list = names.filter((n) => n.sensitive === sensitive).map((n) => pattern(n.name));
    if (!list.length) return undefined;
    // Longest first, so that alternation prefers the longest name starting at a position.
    list.sort((a, b) => b.length - a.length);
    return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${list.join('|')})(?![\\p{L}\\p{N}_])`, sensitive ? 'gu' : 'giu');
  };
  const matchers = [regex(true), regex(false)].filter((r): r is RegExp => Boolean(r));
  const byId = new Map(terms.map((t) => [t.id, { term: t.term, preview: previewOf(t) }]));

  return {
    find(text, from = 0) {
      let best: RegExpExecArray | undefined;
      for (const r of matchers) {
        r.lastIndex = from;
        const m = r.exec(text);
        if (m && (!best || m.index < best.index || (m.index === best.index && m[0].length > best[0].length))) best = m;
      }
      if (!best) return undefined;
      const key = normalise(best[0]);
      const id = owners.get(key) ?? owners.get(key.toLowerCase());
      return id ? { id, index: best.index, text: best[0] } : undefined;
    },
    term: (id) => byId.get(id),
  };
}

/** Options of {@link linkGlossaryTerms}. */
export interface LinkOptions {
  /** The address of an entry's definition, e.g. `/glossary/#cea`. */
  href(id: string): string;
  /**
   * Names the body in the preview ids (`gt-cea-introduction`), so that a page showing several
   * bodies (the whole handbook in print) keeps every id unique. Without it: a running number.
   */
  scope?: string;
  /** The class of the block around a linked term; GLOSSARY_HOST unless told. */
  host?: string;
}

/**
 * Links the first occurrence of each glossary entry in a hast tree (one rendered body), in place.
 * Returns the ids linked, in the order of the text.
 */
export function linkGlossaryTerms(tree: HastNode, glossary: Glossary, options: LinkOptions): string[] {
  const linked: string[] = [];
  const seen = new Set<string>();

  /** Marks the block a preview is placed under (the nearest of HOSTS around the term). */
  const markHost = (host: HastNode | undefined) => {
    if (!host) return;
    const props = (host.properties ??= {});
    const names = Array.isArray(props.className) ? (props.className as string[]) : typeof props.className === 'string' ? props.className.split(' ') : [];
    const name = options.host ?? GLOSSARY_HOST;
    if (!names.includes(name)) props.className = [...names, name];
  };
  const visit = (node: HastNode, host?: HastNode) => {
    const children = node.children;
    if (!children) return;
    const here = node.type === 'element' && HOSTS.has(node.tagName ?? '') ? node : host;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type === 'text' && typeof child.value === 'string') {
        const pieces = splitText(child.value);
        if (pieces) {
          children.splice(i, 1, ...pieces);
          i += pieces.length - 1;
          markHost(here);
        }
      } else if (child.type === 'element' || child.type === 'mdxJsxFlowElement' || child.type === 'mdxJsxTextElement') {
        const tag = (child.tagName ?? child.name ?? '').toLowerCase();
        if (!SKIP.has(tag)) visit(child, here);
      }
    }
  };

  /** The text with its new links, or undefined when nothing in it is linked. */
  const splitText = (value: string): HastNode[] | undefined => {
    const out: HastNode[] = [];
    let pos = 0;
    let from = 0;
    for (let m = glossary.find(value, from); m; m = glossary.find(value, from)) {
      from = m.index + m.text.length;
      const entry = glossary.term(m.id);
      if (seen.has(m.id) || !entry) continue; // a later occurrence keeps its words whole, unlinked
      seen.add(m.id);
      linked.push(m.id);
      if (m.index > pos) out.push({ type: 'text', value: value.slice(pos, m.index) });
      out.push(...termLink(m, entry, `gt-${m.id}-${options.scope ?? linked.length}`, options.href(m.id)));
      pos = from;
    }
    if (!out.length) return undefined;
    if (pos < value.length) out.push({ type: 'text', value: value.slice(pos) });
    return out;
  };

  visit(tree);
  return linked;
}

/** The link and its preview. */
function termLink(m: Occurrence, entry: { term: string; preview: string }, tipId: string, href: string): HastNode[] {
  return [
    {
      type: 'element',
      tagName: 'a',
      properties: { href, className: ['glossary-term'], ariaDescribedBy: [tipId] },
      children: [{ type: 'text', value: m.text }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { role: 'tooltip', id: tipId, className: ['glossary-term__tip'], dataPagefindIgnore: '' },
      children: [
        { type: 'element', tagName: 'strong', properties: {}, children: [{ type: 'text', value: entry.term }] },
        ...(entry.preview ? [{ type: 'text', value: `: ${entry.preview}` }] : []),
      ],
    },
  ];
}

/**
 * The rehype step that gives a translated body (content/<lang>/<collection>/<file>) the heading
 * ids of its English original, heading for heading: a translation keeps the original's heading
 * structure (scripts/check-translation.mjs), so an address like /pl/handbook/coordinate/#four-lessons-…
 * finds the same section in every language, and links written once (in English content, the
 * country pages) keep working. Registered in astro.config.mjs; Astro's own heading step keeps an
 * id that is already set.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Slugger from 'github-slugger';

interface Node { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] }

/** The ids Astro gives the headings of a Markdown body, in order (its text, without Markdown marks, slugged). */
export function headingIds(markdown: string): string[] {
  const slugger = new Slugger();
  const body = markdown.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  let fenced = false;
  const ids: string[] = [];
  for (const line of body.split('\n')) {
    if (/^(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const text = m[1]!
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/[*_`]/g, '')
      .replace(/<[^>]+>/g, '');
    let slug = slugger.slug(text);
    if (slug.endsWith('-')) slug = slug.slice(0, -1);
    ids.push(slug);
  }
  return ids;
}

export default function rehypeTranslatedHeadingIds() {
  return (tree: Node, file?: { path?: string }) => {
    const m = file?.path ? /^(.*[\\/]content)[\\/][a-z]{2}[\\/](.+)$/.exec(file.path) : null;
    if (!m) return;
    const original = join(m[1]!, m[2]!);
    if (!existsSync(original)) return;
    const ids = headingIds(readFileSync(original, 'utf8'));
    let i = 0;
    const walk = (node: Node) => {
      if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '')) {
        const id = ids[i++];
        if (id) node.properties = { ...node.properties, id };
      }
      node.children?.forEach(walk);
    };
    walk(tree);
  };
}

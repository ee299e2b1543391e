#!/usr/bin/env node
/**
 * Compares each translated content file (content/<lang>/<collection>/<file>) with its English
 * original (content/<collection>/<file>): the same keys, the same ids in the same order, the same
 * number of items in every list, the same slugs and numbers, and, in a Markdown body, the same
 * headings, links and components. Prints every difference and exits with 1 if there is one.
 *
 *   node scripts/check-translation.mjs [lang]        (default: every folder in content/ that is a language)
 *
 * The unit test tests/unit/translation-shape.test.ts runs the same comparison (compareFile below).
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const content = join(root, 'content');
/** Lists whose length may differ between languages (each language has its own inflected forms); a
 * translation may add one that its English original lacks. */
const FREE_LENGTH = new Set(['aliases']);
const SLUG = /^[a-z0-9]+(?:[-/.][a-z0-9]+)*$/;

export function splitFile(text, file) {
  if (file.endsWith('.yaml') || file.endsWith('.yml')) return { data: yaml.load(text) ?? {}, body: '' };
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) return { data: {}, body: text };
  return { data: yaml.load(m[1]) ?? {}, body: m[2] };
}

function compareValue(en, tr, path, out) {
  if (Array.isArray(en)) {
    if (!Array.isArray(tr)) return out.push(`${path}: a list in English, not here`);
    const key = path.split('.').pop()?.replace(/\[\d+\]$/, '');
    if (!FREE_LENGTH.has(key) && en.length !== tr.length)
      out.push(`${path}: ${en.length} items in English, ${tr.length} here`);
    if (FREE_LENGTH.has(key)) return;
    for (let i = 0; i < Math.min(en.length, tr.length); i++) compareValue(en[i], tr[i], `${path}[${i}]`, out);
    return;
  }
  if (en && typeof en === 'object') {
    if (!tr || typeof tr !== 'object' || Array.isArray(tr)) return out.push(`${path}: an object in English, not here`);
    for (const k of Object.keys(en)) if (!(k in tr)) out.push(`${path}.${k}: missing`);
    for (const k of Object.keys(tr)) if (!(k in en) && !FREE_LENGTH.has(k)) out.push(`${path}.${k}: not in the English file`);
    for (const k of Object.keys(en)) if (k in tr) compareValue(en[k], tr[k], path ? `${path}.${k}` : k, out);
    return;
  }
  if (typeof en === 'string') {
    if (typeof tr !== 'string') return out.push(`${path}: text in English, ${typeof tr} here`);
    const last = path.split('.').pop() ?? '';
    const mustMatch = SLUG.test(en.trim()) || last === 'id' || last === 'source' || last === 'author' || last === 'kind';
    if (mustMatch && en.trim() !== tr.trim()) out.push(`${path}: must stay "${en.trim()}", is "${tr.trim()}"`);
    if (!mustMatch && !tr.trim()) out.push(`${path}: empty`);
    return;
  }
  if (en !== tr) out.push(`${path}: must stay ${JSON.stringify(en)}, is ${JSON.stringify(tr)}`);
}

/** What a Markdown body must keep: heading levels, link targets, components, list and table shape. */
export function bodyShape(body) {
  const lines = body.split('\n');
  const headings = lines.filter((l) => /^#{1,6}\s/.test(l)).map((l) => l.match(/^#+/)[0].length).join(',');
  const links = [...body.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]).sort().join(' ');
  const components = [...body.matchAll(/<([A-Z][A-Za-z]*)/g)].map((m) => m[1]).join(',');
  const imports = lines.filter((l) => l.startsWith('import ')).sort().join('\n');
  const tables = lines.filter((l) => /^\|/.test(l)).length;
  return { headings, links, components, imports, tables };
}

export function compareFile(enText, trText, file) {
  const out = [];
  const en = splitFile(enText, file);
  const tr = splitFile(trText, file);
  compareValue(en.data, tr.data, '', out);
  if (en.body.trim() || tr.body.trim()) {
    const a = bodyShape(en.body);
    const b = bodyShape(tr.body);
    for (const k of Object.keys(a)) if (a[k] !== b[k]) out.push(`body ${k}: English "${a[k]}", here "${b[k]}"`);
  }
  return out;
}

/** Every translated file, as [lang, collection, file]. */
export function translatedFiles(lang) {
  const dir = join(content, lang);
  if (!existsSync(dir)) return [];
  const files = [];
  for (const collection of readdirSync(dir)) {
    const cdir = join(dir, collection);
    if (!statSync(cdir).isDirectory()) continue;
    for (const file of readdirSync(cdir)) if (/\.(ya?ml|mdx?)$/.test(file)) files.push([lang, collection, file]);
  }
  return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const langs = process.argv[2] ? [process.argv[2]] : readdirSync(content).filter((d) => /^[a-z]{2}(-[A-Z]{2})?$/.test(d));
  let problems = 0;
  let checked = 0;
  for (const lang of langs) {
    for (const [, collection, file] of translatedFiles(lang)) {
      const enPath = join(content, collection, file);
      const trPath = join(content, lang, collection, file);
      checked++;
      if (!existsSync(enPath)) {
        console.log(`${relative(root, trPath)}: no English original at ${relative(root, enPath)}`);
        problems++;
        continue;
      }
      let diffs;
      try {
        diffs = compareFile(readFileSync(enPath, 'utf8'), readFileSync(trPath, 'utf8'), file);
      } catch (e) {
        diffs = [`cannot be read: ${e.message}`];
      }
      for (const d of diffs) console.log(`${relative(root, trPath)}: ${d}`);
      problems += diffs.length;
    }
  }
  console.log(`${checked} translated files checked, ${problems} differences`);
  process.exit(problems ? 1 : 0);
}

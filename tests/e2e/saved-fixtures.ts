/**
 * The checklists as the content holds them, and saved documents made from them, shared by the
 * specs that need a reader's saved progress (the summary, the layout-shift and long-task checks).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface List { id: string; page: string; items: { id: string; text: string }[] }
export const LISTS: List[] = readdirSync('content/checklists')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => {
    const d = parse(readFileSync(join('content/checklists', f), 'utf8'));
    return { id: f.replace(/\.yaml$/, ''), page: d.chapter ? `handbook/${d.chapter}` : `sectors/${d.sector}`, items: d.items };
  });
export const list = (id: string) => LISTS.find((l) => l.id === id)!;
export const K2 = list('serve-everyone');

/** A saved document with `ticks` items done (key area 2 first, then in file order) and notes on the first `notes` pages. */
export function savedWith(ticks: number, notes: number) {
  const order = [K2, ...LISTS.filter((l) => l !== K2)];
  const checklists: Record<string, Record<string, string>> = {};
  let n = 0;
  for (const l of order) for (const it of l.items) if (n < ticks) { (checklists[l.id] ??= {})[it.id] = 'done'; n++; }
  const pages = [...new Set(order.map((l) => l.page))].slice(0, notes);
  const noteMap = Object.fromEntries(pages.map((p) => [p, { text: `What we found on ${p}: ask the housing office for last year’s figures.`, updated: '2026-12-01T10:00:00.000Z' }]));
  return { format: 'inclusion-handbook', version: 2, active: 'a', assessments: [{ id: 'a', name: 'Town hall', created: '2026-12-01T09:00:00.000Z', checklists, notes: noteMap, actions: {} }], scorecards: [] };
}


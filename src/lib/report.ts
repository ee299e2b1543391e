/**
 * The summary as a document to take away: Markdown (for a document or an e-mail) and CSV (for a
 * spreadsheet). Pure: the island hands in the assessment and the page data.
 */
import type { AssessablePage } from './pages';
import { pagesInScope, percentDone, progressOf } from './progress';
import { formatDate } from './dates';
import { fill } from './fill';
import { ui } from '../i18n/live-ui';
import { toolsUi } from '../i18n/live-tools';
import { shownName, type Assessment } from './saved-format';

/** The words of the report, in the page's language (src/i18n/live.ts). */
const words = () => toolsUi.report;
const stateLabel = (state: keyof typeof ui.summary.itemState) => ui.summary.itemState[state];

/**
 * The whole assessment as Markdown: progress, every checklist, the action plan and the notes.
 * `today` is a day as yyyy-mm-dd (or any text, kept as it is).
 */
export function reportMarkdown(a: Assessment, pages: readonly AssessablePage[], today: string): string {
  const withChecklists = pages.filter((p) => p.checklists.length);
  const handbook = progressOf(pagesInScope(withChecklists, 'handbook'), a.checklists);
  const overall = progressOf(withChecklists, a.checklists);
  const day = /^\d{4}-\d{2}-\d{2}$/.test(today) ? formatDate(`${today}T00:00`) : today;
  const w = words();
  const lines = [`# ${shownName(a.name, ui.badge.defaultName)}`, '', w.intro(day), ''];
  if (withChecklists.some((p) => p.pageId.startsWith('handbook/'))) lines.push(`${fill(ui.progressScoped.handbook, { ...handbook })} (${percentDone(handbook)}%).`, '');
  lines.push(w.overall(`${fill(ui.progressScoped.all, { ...overall })} (${percentDone(overall)}%)`), '');
  lines.push(`## ${ui.summary.byChapter}`, '', `| ${w.progressColumns.join(' | ')} |`, '|---|---|---|---|');
  for (const p of withChecklists) {
    const pr = progressOf([p], a.checklists);
    lines.push(`| ${cell(p.name)} | ${pr.done} | ${pr.total} | ${percentDone(pr)} |`);
  }
  const actions = Object.entries(a.actions);
  if (actions.length) {
    lines.push('', `## ${toolsUi.actions.heading}`, '', `| ${w.actionColumns.join(' | ')} |`, '|---|---|---|---|');
    for (const [key, act] of actions) {
      const [cl, item] = key.split('/');
      const text = pages.flatMap((p) => p.checklists).find((c) => c.id === cl)?.items.find((i) => i.id === item)?.text ?? key;
      lines.push(`| ${cell(text)} | ${cell(act.action)} | ${cell(act.owner)} | ${act.due} |`);
    }
  }
  for (const p of withChecklists) {
    lines.push('', `## ${p.name}`);
    for (const cl of p.checklists) {
      if (p.checklists.length > 1) lines.push('', `### ${cl.audience ?? cl.title}`);
      lines.push('');
      for (const item of cl.items) {
        const state = a.checklists[cl.id]?.[item.id];
        lines.push(`- [${state === 'done' ? 'x' : ' '}] ${item.text}${state && state !== 'done' ? ` (${stateLabel(state).toLocaleLowerCase()})` : ''}`);
      }
    }
  }
  const notes = pages.flatMap((p) => p.noteKeys.map((key, i) => ({ p, key, cl: p.noteKeys.length > 1 ? p.checklists[i] : undefined })).filter((n) => a.notes[n.key]));
  if (notes.length) {
    lines.push('', `## ${w.notes}`);
    for (const { p, key, cl } of notes) lines.push('', `### ${p.name}${cl ? ` (${cl.audience ?? cl.title})` : ''}`, '', a.notes[key]!.text);
  }
  return lines.join('\n') + '\n';
}

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** One CSV row per checklist item: page, checklist, item, state, action, who, by. RFC 4180 quoting. */
export function reportCsv(a: Assessment, pages: readonly AssessablePage[]): string {
  const rows: string[][] = [[...words().csvColumns]];
  for (const p of pages) {
    for (const cl of p.checklists) {
      for (const item of cl.items) {
        const state = a.checklists[cl.id]?.[item.id];
        const act = a.actions[`${cl.id}/${item.id}`];
        rows.push([a.name, p.name, cl.audience ?? cl.title, item.id, item.text, stateLabel(state ?? 'open'), act?.action ?? '', act?.owner ?? '', act?.due ?? '']);
      }
    }
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(s: string): string {
  // A leading = + - @ would make a spreadsheet run the cell as a formula.
  const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The one document a reader's browser keeps: its format, how it is read, checked, migrated and
 * written. Pure functions, no storage access: `assessment.ts` uses them, unit tests cover them.
 *
 * The shape check is hand-written rather than a zod schema: it runs in the browser on every
 * chapter page, and zod (even its "mini" build) measured 5.9 KB gzip, half of the page's 12 KB budget.
 * Build-time content keeps zod (src/content.config.ts).
 */
import type { ItemState } from './progress';

/** Marks a document as ours, so a foreign JSON value under our key is never taken for one. */
export const FORMAT = 'inclusion-handbook';
/** Bump on every change of shape, and add a step to `MIGRATIONS`. */
export const VERSION = 2;

const ITEM_STATES: readonly string[] = ['done', 'na', 'planned'];
export const RATINGS = ['met', 'partly', 'not-met', 'na'] as const;
export type Rating = (typeof RATINGS)[number];

export interface SavedNote {
  text: string;
  /** ISO date of the last change. */
  updated: string;
}

/** What the reader plans for an item not done yet. */
export interface PlannedAction {
  action: string;
  owner: string;
  /** Target date as yyyy-mm-dd, or '' when none was set. */
  due: string;
}

/** One self-assessment: a service, a team or a year. */
export interface Assessment {
  id: string;
  name: string;
  /** ISO date of creation. */
  created: string;
  /** Checklist id → item id → state. Ids no longer in the content are kept, never dropped. */
  checklists: Record<string, Record<string, ItemState>>;
  /** Page id (e.g. "handbook/know-the-needs") → the reader's note. */
  notes: Record<string, SavedNote>;
  /** "checklistId/itemId" → the planned action. */
  actions: Record<string, PlannedAction>;
}

/** A practice rated against the quality criteria. */
export interface Scorecard {
  id: string;
  name: string;
  created: string;
  updated: string;
  /** Criterion id → rating. */
  ratings: Record<string, Rating>;
  /** Question id → evidence note. */
  evidence: Record<string, string>;
}

export interface SavedDocument {
  format: typeof FORMAT;
  version: typeof VERSION;
  /** Id of the assessment the reader is working on. */
  active: string;
  /** Never empty. */
  assessments: Assessment[];
  scorecards: Scorecard[];
}

export type { ItemState };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const isString = (x: unknown): x is string => typeof x === 'string';

/** The path of the first value of an assessment that does not fit, or null. */
function assessmentProblem(a: unknown, at: string): string | null {
  if (!isRecord(a)) return at;
  for (const key of ['id', 'name', 'created'] as const) if (!isString(a[key])) return `${at}.${key}`;
  if (!isRecord(a.checklists)) return `${at}.checklists`;
  for (const [id, items] of Object.entries(a.checklists)) {
    if (!isRecord(items)) return `${at}.checklists.${id}`;
    for (const [item, state] of Object.entries(items)) {
      if (!isString(state) || !ITEM_STATES.includes(state)) return `${at}.checklists.${id}.${item}`;
    }
  }
  if (!isRecord(a.notes)) return `${at}.notes`;
  for (const [page, note] of Object.entries(a.notes)) {
    if (!isRecord(note) || !isString(note.text) || !isString(note.updated)) return `${at}.notes.${page}`;
  }
  if (!isRecord(a.actions)) return `${at}.actions`;
  for (const [key, act] of Object.entries(a.actions)) {
    if (!isRecord(act) || !isString(act.action) || !isString(act.owner) || !isString(act.due)) return `${at}.actions.${key}`;
  }
  return null;
}

function scorecardProblem(s: unknown, at: string): string | null {
  if (!isRecord(s)) return at;
  for (const key of ['id', 'name', 'created', 'updated'] as const) if (!isString(s[key])) return `${at}.${key}`;
  if (!isRecord(s.ratings)) return `${at}.ratings`;
  for (const [id, r] of Object.entries(s.ratings)) if (!(RATINGS as readonly unknown[]).includes(r)) return `${at}.ratings.${id}`;
  if (!isRecord(s.evidence)) return `${at}.evidence`;
  for (const [id, e] of Object.entries(s.evidence)) if (!isString(e)) return `${at}.evidence.${id}`;
  return null;
}

/** The path of the first value that does not fit the current shape, or null when all fit. */
export function shapeProblem(doc: Record<string, unknown>): string | null {
  if (!Array.isArray(doc.assessments) || doc.assessments.length === 0) return 'assessments';
  for (const [i, a] of doc.assessments.entries()) {
    const p = assessmentProblem(a, `assessments.${i}`);
    if (p) return p;
  }
  const ids = doc.assessments.map((a: { id: string }) => a.id);
  if (new Set(ids).size !== ids.length) return 'assessments (two with the same id)';
  if (!isString(doc.active) || !ids.includes(doc.active)) return 'active';
  if (!Array.isArray(doc.scorecards)) return 'scorecards';
  for (const [i, s] of doc.scorecards.entries()) {
    const p = scorecardProblem(s, `scorecards.${i}`);
    if (p) return p;
  }
  return null;
}

export const DEFAULT_ASSESSMENT_ID = 'assessment-1';
export const DEFAULT_ASSESSMENT_NAME = 'My assessment';

/**
 * An assessment's name as a page shows it: the first assessment's saved default name in the
 * page's language (`defaultName`), any name the reader gave as written. The saved name stays the
 * same in every language.
 */
export function shownName(name: string, defaultName: string): string {
  return name === DEFAULT_ASSESSMENT_NAME ? defaultName : name;
}

export function newAssessment(id: string, name: string, now: Date): Assessment {
  return { id, name, created: now.toISOString(), checklists: {}, notes: {}, actions: {} };
}

/** What a reader has before saving anything: one empty assessment. */
export function emptyDocument(now: Date = new Date(0)): SavedDocument {
  return {
    format: FORMAT,
    version: VERSION,
    active: DEFAULT_ASSESSMENT_ID,
    assessments: [newAssessment(DEFAULT_ASSESSMENT_ID, DEFAULT_ASSESSMENT_NAME, now)],
    scorecards: [],
  };
}

/**
 * Steps from an older version to the next one, by the version they start from. Each takes the
 * parsed JSON of that version and returns the next version's shape; nothing is ever dropped.
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  /** Version 1 kept one set of ticks and notes: it becomes the first assessment. */
  1: (old) => ({
    format: FORMAT,
    version: 2,
    active: DEFAULT_ASSESSMENT_ID,
    assessments: [
      {
        id: DEFAULT_ASSESSMENT_ID,
        name: DEFAULT_ASSESSMENT_NAME,
        created: firstNoteDate(old.notes) ?? new Date(0).toISOString(),
        checklists: old.checklists,
        notes: old.notes,
        actions: {},
      },
    ],
    scorecards: [],
  }),
};

function firstNoteDate(notes: unknown): string | undefined {
  if (!isRecord(notes)) return undefined;
  const dates = Object.values(notes).flatMap((n) => (isRecord(n) && isString(n.updated) ? [n.updated] : []));
  return dates.sort()[0];
}

export type ReadResult =
  /** Nothing saved yet. */
  | { status: 'empty'; doc: SavedDocument }
  | { status: 'ok'; doc: SavedDocument; migratedFrom?: number }
  /** Saved by a newer version of the site: kept as it is, never overwritten by this one. */
  | { status: 'newer'; doc: SavedDocument; version: number }
  /** Not JSON, not ours, or not the shape its version promises: kept aside, never overwritten. */
  | { status: 'corrupt'; doc: SavedDocument; reason: string };

/** Reads a parsed JSON value (from storage or an imported file) into a valid current document. */
export function readValue(value: unknown): ReadResult {
  if (!isRecord(value) || value.format !== FORMAT) {
    return { status: 'corrupt', doc: emptyDocument(), reason: 'the data was not written by this handbook' };
  }
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { status: 'corrupt', doc: emptyDocument(), reason: 'the data has no valid version number' };
  }
  if (version > VERSION) return { status: 'newer', doc: emptyDocument(), version };

  let current: Record<string, unknown> = value;
  for (let v = version; v < VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { status: 'corrupt', doc: emptyDocument(), reason: `there is no way to update data of version ${v}` };
    current = step(current);
  }
  const problem = shapeProblem(current);
  if (problem) return { status: 'corrupt', doc: emptyDocument(), reason: `the data does not have the expected shape at ${problem}` };
  const doc = current as unknown as SavedDocument;
  return version === VERSION ? { status: 'ok', doc } : { status: 'ok', doc, migratedFrom: version };
}

/** Reads what storage holds under our key (null when nothing) into a valid current document. */
export function readSaved(raw: string | null | undefined): ReadResult {
  if (raw === null || raw === undefined || raw === '') return { status: 'empty', doc: emptyDocument() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { status: 'corrupt', doc: emptyDocument(), reason: 'the data is not valid JSON' };
  }
  return readValue(value);
}

/** The one way a document is written. */
export function serialise(doc: SavedDocument): string {
  return JSON.stringify(doc);
}

/** The assessment the reader is working on (the first one if `active` were ever stale). */
export function activeAssessment(doc: SavedDocument): Assessment {
  return doc.assessments.find((a) => a.id === doc.active) ?? doc.assessments[0]!;
}

/** A copy of `doc` with the active assessment changed by `change`. */
export function updateActive(doc: SavedDocument, change: (a: Assessment) => Assessment): SavedDocument {
  const active = activeAssessment(doc);
  return { ...doc, assessments: doc.assessments.map((a) => (a === active ? change(a) : a)) };
}

/** A copy of `a` with one item's state set (or cleared with `undefined`). */
export function withItemState(a: Assessment, checklistId: string, itemId: string, state: ItemState | undefined): Assessment {
  const items = { ...(a.checklists[checklistId] ?? {}) };
  if (state === undefined) delete items[itemId];
  else items[itemId] = state;
  return { ...a, checklists: { ...a.checklists, [checklistId]: items } };
}

/** A copy of `a` with a page's note set; an empty note is removed. */
export function withNote(a: Assessment, pageId: string, text: string, now: Date): Assessment {
  const notes = { ...a.notes };
  if (text.trim() === '') delete notes[pageId];
  else notes[pageId] = { text, updated: now.toISOString() };
  return { ...a, notes };
}

/** A copy of `a` with an item's planned action set; an action with no field filled is removed. */
export function withAction(a: Assessment, key: string, action: PlannedAction): Assessment {
  const actions = { ...a.actions };
  if (!action.action.trim() && !action.owner.trim() && !action.due) delete actions[key];
  else actions[key] = action;
  return { ...a, actions };
}

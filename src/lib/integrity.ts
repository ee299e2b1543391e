/**
 * Checks links between entries that `reference()` cannot see: ids *inside* other entries
 * (a practice's success factor, a SPRING question or criterion, a glossary alias). Pure: it takes
 * plain data and returns every problem, each naming the file to fix.
 */

export interface IntegrityInput {
  chapters: { id: string; file: string; successFactors: { id: string }[]; audiences?: { id: string }[] }[];
  checklists: { id: string; file: string; page: string; order: number; itemIds: string[] }[];
  practices: {
    id: string;
    file: string;
    examples: { chapter: string; successFactor: string; audience?: string }[];
    assessment?: { dimension: string; questions: { question: string; criteria: Record<string, string> }[] }[];
  }[];
  quality: { id: string; file: string; spring: { id: string; criteria: { id: string }[] }[]; questionIds: string[]; indicatorIds: string[] }[];
  glossary: { id: string; file: string; names: string[] }[];
}

export function checkIntegrity(data: IntegrityInput): string[] {
  const problems: string[] = [];
  const factors = new Map(data.chapters.map((c) => [c.id, new Set(c.successFactors.map((f) => f.id))]));
  const audiences = new Map(data.chapters.map((c) => [c.id, new Set((c.audiences ?? []).map((a) => a.id))]));

  for (const p of data.practices) {
    for (const ex of p.examples) {
      const known = factors.get(ex.chapter);
      if (known && !known.has(ex.successFactor)) {
        problems.push(`${p.file}: success factor "${ex.successFactor}" does not exist in chapter "${ex.chapter}" (it has: ${[...known].join(', ') || 'none'})`);
      }
      const groups = audiences.get(ex.chapter);
      if (ex.audience && groups && !groups.has(ex.audience)) {
        problems.push(`${p.file}: audience "${ex.audience}" does not exist in chapter "${ex.chapter}" (it has: ${[...groups].join(', ') || 'none'})`);
      }
    }
  }

  // Two checklists of one page in the same position would make their order arbitrary.
  const positions = new Map<string, string>();
  for (const c of data.checklists) {
    const key = `${c.page}#${c.order}`;
    const other = positions.get(key);
    if (other) problems.push(`${c.file}: has the same order (${c.order}) as ${other} on page "${c.page}"`);
    positions.set(key, c.file);
  }

  // Quality ids are shared by the scorecard and saved scorecards: unique across all dimensions.
  const qualityIds = new Map<string, string>();
  const springQuestions = new Map<string, { dimension: string; criteria: Set<string> }>();
  for (const d of data.quality) {
    for (const id of [...d.questionIds, ...d.indicatorIds, ...d.spring.flatMap((q) => [q.id, ...q.criteria.map((c) => c.id)])]) {
      const other = qualityIds.get(id);
      if (other) problems.push(`${d.file}: id "${id}" is also used in ${other}`);
      qualityIds.set(id, d.file);
    }
    for (const q of d.spring) springQuestions.set(q.id, { dimension: d.id, criteria: new Set(q.criteria.map((c) => c.id)) });
  }

  for (const p of data.practices) {
    for (const dim of p.assessment ?? []) {
      for (const q of dim.questions) {
        const known = springQuestions.get(q.question);
        if (!known) {
          problems.push(`${p.file}: SPRING question "${q.question}" does not exist in content/quality/`);
          continue;
        }
        if (known.dimension !== dim.dimension) problems.push(`${p.file}: question "${q.question}" belongs to dimension "${known.dimension}", not "${dim.dimension}"`);
        for (const c of Object.keys(q.criteria)) {
          if (!known.criteria.has(c)) problems.push(`${p.file}: criterion "${c}" is not a criterion of question "${q.question}"`);
        }
        for (const c of known.criteria) {
          if (!(c in q.criteria)) problems.push(`${p.file}: criterion "${c}" of question "${q.question}" has no mark (use not-assessed)`);
        }
      }
    }
  }

  // A word may link to one glossary entry only.
  const names = new Map<string, string>();
  for (const g of data.glossary) {
    for (const name of g.names) {
      const key = name.toLowerCase();
      const other = names.get(key);
      if (other && other !== g.id) problems.push(`${g.file}: "${name}" is also a name of glossary entry "${other}"`);
      names.set(key, g.id);
    }
  }
  return problems;
}

/** An entry as the integrity check sees it: where it lives and its parsed data. */
export interface AnyEntry {
  collection: string;
  id: string;
  file: string;
  data: unknown;
}

function isReference(x: unknown): x is { collection: string; id: string } {
  return typeof x === 'object' && x !== null && Object.keys(x).length === 2 && 'collection' in x && 'id' in x;
}

/**
 * Every `reference()` in every entry whose target does not exist. Astro's content layer resolves
 * references lazily, so without this a typo in an id would only fail (or silently vanish) later.
 */
export function brokenReferences(entries: readonly AnyEntry[]): string[] {
  const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const problems: string[] = [];
  const walk = (value: unknown, path: string, entry: AnyEntry) => {
    if (isReference(value)) {
      if (!known.has(`${value.collection}/${value.id}`)) {
        problems.push(`${entry.file}: ${path} refers to "${value.id}", which is not an entry of ${value.collection}`);
      }
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${path}[${i}]`, entry));
    } else if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, entry);
    }
  };
  for (const e of entries) walk(e.data, '', e);
  return problems;
}

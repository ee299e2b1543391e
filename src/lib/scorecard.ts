/**
 * The scorecard's definition, built once from the quality content (content/quality/*.yaml): the
 * five dimensions in order, each with its SPRING questions and criteria, and under each question
 * the handbook indicators its `guidance` list names. A guidance id is either a handbook question
 * id (all its indicators) or one indicator id; an id that exists nowhere is a content error.
 */
import type { ScoringDimension } from './scoring';

/** A quality entry as the content collection holds it (only the fields the scorecard uses). */
export interface QualityEntry {
  id: string;
  /** For error messages. */
  file: string;
  data: {
    title: string;
    order: number;
    summary: string;
    questions: { id: string; text: string; indicators: { id: string; text: string }[] }[];
    spring: { id: string; text: string; guidance?: string[]; criteria: { id: string; text: string }[] }[];
  };
}

export interface ScorecardQuestion {
  id: string;
  text: string;
  criteria: { id: string; text: string }[];
  /** The handbook's matching indicators, shown as guidance. */
  guidance: { id: string; text: string }[];
}

export interface ScorecardDimension {
  id: string;
  title: string;
  order: number;
  summary: string;
  questions: ScorecardQuestion[];
}

/** The dimensions in order, with guidance resolved. Throws, naming the file, on an unknown guidance id. */
export function scorecardDefinition(entries: readonly QualityEntry[]): ScorecardDimension[] {
  const byId = new Map<string, { id: string; text: string }[]>();
  for (const e of entries) {
    for (const q of e.data.questions) {
      byId.set(q.id, q.indicators.map((i) => ({ id: i.id, text: i.text })));
      for (const i of q.indicators) byId.set(i.id, [{ id: i.id, text: i.text }]);
    }
  }
  const problems: string[] = [];
  const dimensions = [...entries]
    .sort((a, b) => a.data.order - b.data.order)
    .map((e) => ({
      id: e.id,
      title: e.data.title,
      order: e.data.order,
      summary: e.data.summary,
      questions: e.data.spring.map((q) => {
        const guidance = new Map<string, { id: string; text: string }>();
        for (const g of q.guidance ?? []) {
          const found = byId.get(g);
          if (!found) problems.push(`${e.file}: guidance "${g}" of "${q.id}" is neither a handbook question nor an indicator id`);
          for (const i of found ?? []) guidance.set(i.id, i);
        }
        return { id: q.id, text: q.text, criteria: q.criteria.map((c) => ({ id: c.id, text: c.text })), guidance: [...guidance.values()] };
      }),
    }));
  if (problems.length) throw new Error(`Scorecard guidance has ${problems.length} broken id(s):\n- ${problems.join('\n- ')}`);
  return dimensions;
}

/** What `scoreScorecard` needs of the definition (each dimension's criterion ids), with the title to show. */
export function scoringDimensions(dimensions: readonly ScorecardDimension[]): (ScoringDimension & { title: string })[] {
  return dimensions.map((d) => ({ id: d.id, title: d.title, criteria: d.questions.flatMap((q) => q.criteria.map((c) => c.id)) }));
}

/**
 * A practice's SPRING assessment, arranged for its page: per quality dimension, how many of
 * SPRING's criteria it meets, and every question with its criteria marked. The definition
 * (content/quality/) gives the order and the words; the practice's record gives the marks. A
 * criterion or question the record leaves out counts as not assessed, so totals always cover
 * every criterion of the dimension.
 */

export type CriterionMark = 'met' | 'not-met' | 'not-assessed';

export interface SpringDimensionDefinition {
  id: string;
  title: string;
  questions: { id: string; text: string; criteria: { id: string; text: string }[] }[];
}

export interface SpringRecordDimension {
  dimension: string;
  questions: { question: string; summary: string; tools?: string[]; criteria: Record<string, CriterionMark> }[];
}

export interface SpringDimensionProfile {
  id: string;
  title: string;
  met: number;
  notMet: number;
  notAssessed: number;
  total: number;
  questions: {
    id: string;
    text: string;
    /** The assessment's words on this question; undefined when the record skips the question. */
    summary?: string;
    tools: string[];
    criteria: { id: string; text: string; mark: CriterionMark }[];
  }[];
}

/** The profile of one assessed practice, dimension by dimension in the definition's order. */
export function springProfile(definition: readonly SpringDimensionDefinition[], record: readonly SpringRecordDimension[]): SpringDimensionProfile[] {
  return definition.map((dim) => {
    const answers = new Map(record.find((r) => r.dimension === dim.id)?.questions.map((q) => [q.question, q]) ?? []);
    const questions = dim.questions.map((q) => {
      const answer = answers.get(q.id);
      return {
        id: q.id,
        text: q.text,
        summary: answer?.summary,
        tools: answer?.tools ?? [],
        criteria: q.criteria.map((c) => ({ id: c.id, text: c.text, mark: answer?.criteria[c.id] ?? ('not-assessed' as const) })),
      };
    });
    const marks = questions.flatMap((q) => q.criteria.map((c) => c.mark));
    const count = (m: CriterionMark) => marks.filter((x) => x === m).length;
    return { id: dim.id, title: dim.title, met: count('met'), notMet: count('not-met'), notAssessed: count('not-assessed'), total: marks.length, questions };
  });
}

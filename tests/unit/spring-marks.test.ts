/**
 * The ten SPRING entries carry exactly the source's marks: for each practice, the number of
 * criteria marked met (✓) and not met (– or −) in source 001 equals the catalogue's.
 * The source text lives in ../shared/sources (beside the repository, as on our machines and
 * in CI); without it this file has nothing to compare against and is skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const source = join(__dirname, '../../../shared/sources/001_1541b5b85e2796f8.txt');

/** Practices in the order the source assesses them. */
const ORDER = [
  'ciac-community-matching',
  'czech-qualification-recognition-portal',
  'brno-intercultural-workers',
  'usti-centre-for-foreigners',
  'womens-meeting-club',
  'warsaw-multicultural-centre',
  'finland-social-circus-young-migrants',
  'martha-everyday-life-courses',
  'valladolid-religious-intolerance-project',
  'gdansk-immigrant-council',
];

/** The source lists one criterion twice under one question in these two practices; it counts once. */
const LISTED_TWICE: Record<string, number> = { 'valladolid-religious-intolerance-project': 1, 'gdansk-immigrant-council': 1 };

describe.skipIf(!existsSync(source))('SPRING marks match source 001', () => {
  const text = existsSync(source) ? readFileSync(source, 'utf8') : '';
  const segments = text.split('\nInclusivity & Participation\n').slice(1);

  it('has one assessment per practice', () => {
    expect(segments).toHaveLength(ORDER.length);
  });

  it.each(ORDER.map((id, i) => [id, i] as const))('%s', (id, i) => {
    const lines = segments[i]!.split('\n').map((l) => l.trim());
    const sourceMet = lines.filter((l) => l.startsWith('✓')).length - (LISTED_TWICE[id] ?? 0);
    const sourceNotMet = lines.filter((l) => l.startsWith('–') || l.startsWith('−')).length;
    const fm = parse(readFileSync(join(__dirname, `../../content/practices/${id}.md`), 'utf8').split(/^---$/m)[1]!);
    const marks = fm.assessment.dimensions.flatMap((d: any) => d.questions.flatMap((q: any) => Object.values(q.criteria)));
    expect(marks.filter((m: string) => m === 'met').length).toBe(sourceMet);
    expect(marks.filter((m: string) => m === 'not-met').length).toBe(sourceNotMet);
  });
});

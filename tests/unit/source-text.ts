/**
 * The source documents as the content tests read them (../shared/sources, beside the repository,
 * as on our machines and in CI). Text is compared after `flatten`: lower case, curly quotes and
 * dashes made plain, "&" read as "and", and every run of white space (the extraction breaks lines mid-sentence)
 * made one space, so a phrase split over two lines of a source still matches.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const sourcesDir = join(__dirname, '../../../shared/sources');
export const haveSources = existsSync(join(sourcesDir, '000_49ddab6cb95f4a60.txt'));

/** Source document ids of the content, by the number of their file. */
export const SOURCE_FILES: Record<string, string> = {
  'unhcr-mpg-handbook': '000',
  'spring-good-practice-criteria': '001',
  'mieux-knowledge-sheet': '002',
  'erasmus-social-exclusion-report': '003',
  'ifrc-integration-framework': '004',
};

export function flatten(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\*\*/g, '')
    .replace(/\s*&\s*/g, ' and ')
    .replace(/\s+/g, ' ');
}

/** The text of one source document by its content id, flattened; '' when the sources are absent. */
export function sourceText(id: string): string {
  if (!haveSources) return '';
  const prefix = SOURCE_FILES[id];
  if (!prefix) throw new Error(`unknown source document "${id}"`);
  const file = readdirSync(sourcesDir).find((f) => f.startsWith(`${prefix}_`) && f.endsWith('.txt'));
  if (!file) throw new Error(`no file for source ${prefix} in ${sourcesDir}`);
  return flatten(readFileSync(join(sourcesDir, file), 'utf8'));
}

export const allSourcesText = (): string => Object.keys(SOURCE_FILES).map(sourceText).join('\n');

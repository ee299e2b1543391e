/**
 * Every collection of the site, with its zod schema.
 *
 * An entry's id is its file name (without extension): that name is the stable id that saved
 * self-assessments and links use, so a file is never renamed once published. Ids *inside* an
 * entry (checklist items, success factors, quality questions and criteria, indicators) are
 * explicit `id` fields, checked for uniqueness here; links between entries are `reference()`s,
 * and links to ids inside other entries are checked by `src/lib/integrity.ts` at build time.
 */
import { defineCollection, reference, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { duplicateIds, SLUG } from './lib/ids';

const slug = z.string().regex(SLUG, 'must be a short kebab-case slug such as "needs-multisource-data"');

/** A list of objects with an `id`, refusing duplicates with a message naming the id. */
function withIds<T extends z.ZodRawShape>(shape: T, what: string) {
  return z
    .array(z.object({ id: slug, ...shape }))
    .superRefine((list, ctx) => {
      for (const id of duplicateIds(list.map((x) => String(x.id)))) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `duplicate ${what} id "${id}"` });
      }
    });
}

const text = z.string().trim().min(1);

/**
 * A quotation: a person's exact words and who said them. Both are citation fields that may repeat a
 * source word for word: `../shared/tools/own-words` skips lines whose key is `cite:` or `author:`,
 * so write each on one line (a folded block's further lines would be counted).
 */
const quotation = z.object({
  /** The words as the source gives them, without the quotation marks. */
  cite: text,
  /** Who said them: name and role, as the source gives them. */
  author: text,
});

/** The five source documents the site is built from. */
const sources = defineCollection({
  loader: glob({ base: './content/sources/documents', pattern: '*.yaml' }),
  schema: z.object({
    /** Exact title of the publication (a citation field). */
    title: text,
    shortTitle: text,
    /** Organisations that published it, exactly as they name themselves. */
    publisher: text,
    /** Only where the document itself gives it. */
    year: z.number().int().optional(),
    /** File of the extracted text in shared/sources, e.g. "000". */
    file: z.string().regex(/^\d{3}$/),
    /** What the document is, in our words. */
    description: text,
    /** What the site takes from it, in our words. */
    usedFor: text,
    url: z.string().url().optional(),
    order: z.number().int(),
  }),
});

/** Further reading cited by chapters and sector guides. */
const references = defineCollection({
  loader: glob({ base: './content/sources/references', pattern: '*.yaml' }),
  schema: z.object({
    /** The exact citation as the source gives it: authors, title, publisher, place, year. */
    citation: text,
    title: text,
    authors: z.string().optional(),
    publisher: z.string().optional(),
    year: z.union([z.number().int(), z.string()]).optional(),
    url: z.string().url().optional(),
    /** One or two sentences in our words: what the reader finds in it. */
    description: text,
    /** The source document that recommends it. */
    citedIn: reference('sources'),
  }),
});

/** Handbook chapters (MDX). Checklists point at their chapter, not the reverse. */
const handbook = defineCollection({
  loader: glob({ base: './content/handbook', pattern: '*.mdx' }),
  schema: z.object({
    title: text,
    /** Short label for navigation and the summary. */
    shortTitle: text,
    order: z.number().int(),
    /** 1 to 6 for the key areas. */
    keyArea: z.number().int().min(1).max(6).optional(),
    /** One sentence under the title, in our words. */
    tagline: z.string().optional(),
    /** For the contents page, search results and meta description. */
    description: text,
    sources: z.array(reference('sources')).min(1),
    benefits: z.array(text).default([]),
    successFactors: withIds({ name: text, text: text }, 'success factor').default([]),
    /**
     * Groups of the key area's examples by whom they are by, where the source groups them so (key
     * area 4: local authorities, NGOs and service providers); practices name one in `examples[].audience`.
     */
    audiences: withIds({ name: text }, 'audience').default([]),
    /** What people said about the handbook (source 000, section 9); the MDX body places them with `<Quotations quotations={frontmatter.quotations} />`. */
    quotations: z.array(quotation).default([]),
    references: z.array(reference('references')).default([]),
    sectors: z.array(reference('sectors')).default([]),
    /** How to read a checklist's result: every point met, some, none (the summary applies it). */
    resultsGuidance: z.object({ all: text, some: text, none: text }).optional(),
    /** Show the quality dimensions (questions, indicators and SPRING criteria) after the body. */
    showQuality: z.boolean().default(false),
  }),
});

const checklistItem = { text: text, hint: z.string().optional() };

/**
 * A checklist: the chapter page, the summary and the worksheet all read this one entry.
 * `assess` checklists are ticked done / not applicable; `plan` checklists (IFRC activities)
 * are marked "we do this" / "planned".
 */
const checklists = defineCollection({
  loader: glob({ base: './content/checklists', pattern: '*.yaml' }),
  schema: z
    .object({
      title: text,
      /** Who the checklist is for, when a chapter has more than one. */
      audience: z.string().optional(),
      intro: z.string().optional(),
      mode: z.enum(['assess', 'plan']).default('assess'),
      chapter: reference('handbook').optional(),
      sector: reference('sectors').optional(),
      /** Position among the checklists of the same page. */
      order: z.number().int().default(1),
      items: withIds(checklistItem, 'checklist item').refine((l) => l.length > 0, 'a checklist needs at least one item'),
    })
    .refine((c) => Boolean(c.chapter) !== Boolean(c.sector), {
      message: 'a checklist belongs to exactly one page: give either `chapter` or `sector`',
    }),
});

const countryRef = reference('countries');

/** A SPRING criteria assessment of a practice (source 001). */
const assessment = z.object({
  source: reference('sources'),
  dimensions: z
    .array(
      z.object({
        dimension: reference('quality'),
        questions: z.array(
          z.object({
            question: slug,
            /** The source's short assessment, in our words. */
            summary: text,
            tools: z.array(text).default([]),
            criteria: z.record(slug, z.enum(['met', 'not-met', 'not-assessed'])),
          }),
        ),
      }),
    )
    .length(5),
});

/** The good-practice catalogue (Markdown: the body is the description, in our words). */
const practices = defineCollection({
  loader: glob({ base: './content/practices', pattern: '*.md' }),
  schema: z.object({
    title: text,
    organisation: z.string().optional(),
    /** IFRC practices: the National Society that runs it. */
    nationalSociety: z.string().optional(),
    countries: z.array(countryRef).min(1),
    city: z.string().optional(),
    years: z.string().optional(),
    kind: z.enum(['practice', 'programme', 'project', 'service', 'organisation', 'method', 'policy', 'law', 'strategy', 'network', 'campaign']),
    sources: z.array(reference('sources')).min(1),
    /** One sentence for lists and search, in our words. */
    summary: text,
    /** Where the handbook cites it: a chapter and one of its success factors. */
    examples: z
      .array(z.object({
        chapter: reference('handbook'),
        successFactor: slug,
        /** Whose example it is, where the source says (one of the chapter's `audiences`). */
        audience: slug.optional(),
      }))
      .default([]),
    /** Key areas it illustrates (for filters) beyond those it is an example in. */
    keyAreas: z.array(reference('handbook')).default([]),
    sectors: z.array(reference('sectors')).default([]),
    funding: z.string().optional(),
    website: z.string().url().optional(),
    /** Testimony of people the practice involves, quoted in their words and attributed. */
    quotations: z.array(quotation).default([]),
    assessment: assessment.optional(),
  }),
});

/** IFRC framework: foundations, pillars, elements and enablers (MDX). */
const sectors = defineCollection({
  loader: glob({ base: './content/sectors', pattern: '*.mdx' }),
  schema: z.object({
    title: text,
    shortTitle: text,
    kind: z.enum(['foundation', 'pillar', 'element', 'enabler']),
    order: z.number().int(),
    pillar: reference('sectors').optional(),
    description: text,
    outcome: z.string().optional(),
    characteristics: withIds({ name: text, text: text }, 'characteristic').default([]),
    indicators: withIds({ text: text }, 'indicator').default([]),
    tips: withIds({ text: text }, 'tip').default([]),
    resources: withIds({ title: text, publisher: z.string().optional(), url: z.string().url().optional(), parts: z.array(z.object({ title: text })).default([]) }, 'resource').default([]),
    keyAreas: z.array(reference('handbook')).default([]),
    sources: z.array(reference('sources')).min(1),
  }),
});

/** Glossary terms and acronyms. */
const glossary = defineCollection({
  loader: glob({ base: './content/glossary', pattern: '*.yaml' }),
  schema: z.object({
    term: text,
    kind: z.enum(['term', 'acronym']),
    /** Acronyms: what the letters stand for, as a source gives it (or, when marked below, the official name). */
    expansion: z.string().optional(),
    /**
     * The expansion is in no source document: the handbook's editors added it, and only where it is
     * the organisation's own official name. The glossary says so beside it; a unit test
     * (glossary-expansions.test.ts) checks every unmarked expansion against the sources.
     */
    expansionByEditors: z.boolean().default(false),
    /** The English name as a source gives it, when the expansion is in another language. */
    english: z.string().optional(),
    /** Other forms of the term to link in the text (plural, variant spelling). */
    aliases: z.array(text).default([]),
    /** One definition per source; two when the sources see the term differently. */
    definitions: z.array(z.object({ text: text, source: reference('sources').optional() })).default([]),
    related: z.array(reference('glossary')).default([]),
    /** Link the term automatically where it is used (off for words too common to link). */
    autolink: z.boolean().default(true),
  }).refine((g) => !g.expansionByEditors || Boolean(g.expansion), { message: '`expansionByEditors` marks an expansion: give `expansion` too' }),
});

/** The five quality dimensions: the handbook's questions and indicators, and SPRING's criteria. */
const quality = defineCollection({
  loader: glob({ base: './content/quality', pattern: '*.yaml' }),
  schema: z.object({
    title: text,
    order: z.number().int(),
    summary: text,
    questions: withIds({ text: text, indicators: withIds({ text: text }, 'indicator') }, 'question'),
    /** `guidance`: ids of handbook questions or indicators that match the SPRING question (shown on the scorecard). */
    spring: withIds({ text: text, guidance: z.array(slug).default([]), criteria: withIds({ text: text }, 'criterion') }, 'SPRING question').default([]),
  }),
});

/** Countries of the catalogue, with MIEUX+ lessons and "who does what" where the sources give them. */
const countries = defineCollection({
  loader: glob({ base: './content/countries', pattern: '*.yaml' }),
  schema: z.object({
    name: text,
    summary: z.string().optional(),
    lesson: z
      .object({
        source: reference('sources'),
        text: text,
        recommendations: withIds({ text: text }, 'recommendation'),
      })
      .optional(),
    actors: withIds({ name: text, text: text }, 'actor').default([]),
  }),
});

/**
 * Translations (content/<lang>/<collection>/, same file names, same schemas): a file that is not
 * translated yet is simply absent, and src/data/i18n-content.ts falls back to the English entry.
 * tests/unit/translation-shape.test.ts checks that each keeps its original's ids and list lengths.
 */
const translated = <C extends object>(collection: C, base: string, pattern: string): C => ({ ...collection, loader: glob({ base, pattern }) }) as C;
const handbookPl = translated(handbook, './content/pl/handbook', '*.mdx');
const checklistsPl = translated(checklists, './content/pl/checklists', '*.yaml');
const glossaryPl = translated(glossary, './content/pl/glossary', '*.yaml');
const qualityPl = translated(quality, './content/pl/quality', '*.yaml');

export const collections = { sources, references, handbook, checklists, practices, sectors, glossary, quality, countries, handbookPl, checklistsPl, glossaryPl, qualityPl };

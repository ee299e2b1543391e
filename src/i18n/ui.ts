/**
 * Every word of the interface, in one table (content words live in content/). Components and
 * islands take their labels from here, so a second language needs a second table, not new markup.
 * The words of the tools (summary, scorecard, catalogue, print) are in ui-tools.ts: split so that
 * the islands of one page do not ship the words of the others. Scripts on chapter and sector
 * pages import no table at all: they read their words from the page (see ui-chapter.ts).
 */
import { chapterUi } from './ui-chapter';

export const ui = {
  ...chapterUi,
  siteTitle: 'Inclusion handbook',
  siteTagline: 'Local integration of refugees, step by step',
  /** The name under the icon of the installed app (a home screen has room for about 12 letters). */
  siteShortTitle: 'Handbook',
  shareImageAlt: 'Inclusion handbook: local integration of refugees, step by step',
  skipLink: 'Skip to main content',
  /** The language switch in the header, and pages whose text is not in this language yet. */
  language: {
    /** Accessible name of the switch's list of links (each link is a language's own name). */
    label: 'Language',
    /** A link to the same page in this language: "English". */
    linkTitle: 'This page in English',
    untranslated: 'This page is not translated into English yet. Below is the text in its original language.',
  },
  menu: 'Menu',
  mainNav: 'Main',
  nav: {
    home: 'Home',
    handbook: 'Handbook',
    practices: 'Practices',
    sectors: 'Sector guides',
    countries: 'Countries',
    glossary: 'Glossary',
    scorecard: 'Scorecard',
    summary: 'Your summary',
    sources: 'Sources',
    search: 'Search',
  },
  searchLabel: 'Search the handbook',
  searchButton: 'Search',
  /** The search dialog opened from the header. */
  searchDialog: {
    close: 'Close',
    /** The keys that open it, shown beside the header's search button on wide screens. */
    shortcut: '/',
    hint: 'Arrow keys move through the results, Enter opens one, Escape closes.',
    all: 'See all results and more filters',
    loading: 'Searching…',
  },
  footer: {
    privacy: 'Everything you tick or write stays in this browser, on this device. Nothing is sent anywhere.',
    basedOn: 'Based on five public documents by UNHCR and the Migration Policy Group, SPRING, MIEUX+, an Erasmus+ partnership and the IFRC.',
    sourcesLink: 'See the sources',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. It may have moved, or the address may have a typing error.',
    catalogue: 'Good-practice catalogue',
  },
  toc: 'On this page',
  backToTop: 'Back to the top',
  keyArea: (n: number) => `Key area ${n}`,
  chapters: 'Chapters',
  previous: 'Previous',
  next: 'Next',
  sections: {
    benefits: 'Benefits',
    successFactors: 'Success factors',
    checklist: 'Checklist',
    checklists: 'Checklists',
    examples: 'Good-practice examples',
    furtherReading: 'Further reading',
    sectorGuides: 'Sector guides',
    sectorGuidesIntro: 'What to work on in the sectors this key area touches, from the IFRC framework.',
    notes: 'Your notes',
    sources: 'Sources of this page',
    indicators: 'Questions and indicators',
  },
  summary: {
    loading: 'Loading your saved progress…',
    overall: 'Overall progress',
    page: 'Chapter or guide',
    progress: 'Progress',
    reportOf: (name: string, date: string) => `Self-assessment “${name}”, ${date}`,
    byChapter: 'Progress by chapter',
    notDone: 'Still to do',
    nothingLeft: 'Every item is done or marked not applicable.',
    notStarted: 'Not started',
    noNotes: 'No notes yet.',
    allNotes: 'Your notes',
    itemState: { done: 'Done', na: 'Not applicable', planned: 'Planned', open: 'Not yet' },
    goToChapter: (title: string) => `Go to ${title}`,
    print: 'Print the summary',
    savedNote: (date: string) => `Last changed ${date}`,
  },
  progressLabel: (done: number, total: number) => `${done} of ${total} done`,
  search: {
    title: 'Search',
    description: 'Search the handbook, the practice catalogue and the sector guides.',
    contentsLink: 'Handbook contents',
    catalogueLink: 'Practice catalogue',
    label: 'Search',
    placeholder: 'Try “housing” or “Gdańsk”',
    filterType: 'Show',
    all: 'Everything',
    types: { chapter: 'Chapters', practice: 'Practices', sector: 'Sector guides', glossary: 'Glossary', page: 'Other pages' } as Record<string, string>,
    results: (n: number, q: string) => (n === 1 ? `1 result for “${q}”` : `${n} results for “${q}”`),
    none: (q: string) => `No results for “${q}”. Try a shorter or more general word.`,
    loading: 'Searching…',
    unavailable: 'Search is built with the site (npm run build). It is not available in the development server.',
    noScript: 'Search needs JavaScript. The handbook contents and the practice catalogue list every page.',
    more: 'Show more results',
    facets: { country: 'Country', keyArea: 'Key area', source: 'Source document' },
    any: 'Any',
    /** The closed panel of the type and the other filters; the page adds how many are active. */
    filters: 'Filters',
  },
  glossary: {
    title: 'Glossary',
    description: 'The words of asylum law, integration and humanitarian work, explained in plain language, with the acronyms used on this site.',
    tagline: (terms: number, acronyms: number) =>
      `${terms} terms and ${acronyms} acronyms, explained in plain words. Where the UNHCR handbook and the IFRC framework see a term differently, both views are given.`,
    /** The list of initial letters that leads to each group. */
    letters: 'Letters',
    filter: 'Filter the glossary',
    /** Filled in the browser: {shown} and {all} are numbers of entries. */
    matching: (shown: string, all: string) => `${shown} of ${all} entries match`,
    /** Beside an expansion that no source document gives (`expansionByEditors`), with or without the English name. */
    expansionByEditors: (withEnglish: boolean) =>
      withEnglish
        ? 'The name in its own language was added by the editors of this handbook; the source documents give only the English name.'
        : 'Spelled out by the editors of this handbook; the source documents give only the short form.',
    english: 'In English',
    seeAlso: 'See also:',
    sourceLabel: 'Source:',
    asSourcePutsIt: (source: string) => `As the ${source} puts it.`,
  },
  /** Before the source documents a page is written from (one, or more than one). */
  sourcesLine: { one: 'Source:', many: 'Sources:' },
  print: 'Print this page',
  printWorksheet: 'Print worksheet',
  worksheet: {
    title: (chapter: string) => `Worksheet: ${chapter}`,
    description: (page: string) => `A printable worksheet for ${page}.`,
    intro: 'Tick what your organisation already does. Use the lines to note evidence, who is responsible and what to do next.',
    date: 'Date',
    team: 'Team or service',
    notes: 'Notes',
    back: (chapter: string) => `Back to the chapter: ${chapter}`,
  },
  home: {
    start: (label: string) => `Start with ${label.toLowerCase()}`,
    continue: 'Continue where you left off',
    progress: (figure: string, percent: number, notes: number) => `${figure} (${percent}%)${notes > 0 ? `, ${notes} ${notes === 1 ? 'note' : 'notes'}` : ''}.`,
    /** Shown until something is saved, in the space the progress will take. */
    nothingYet: 'Tick a checklist and write notes as you read: they stay in this browser, and your summary gathers them.',
    next: (page: string) => `Next: ${page}.`,
    summary: 'See your summary',
  },
  /** Printed documents: worksheets, the workshop pack, the whole handbook, running heads. */
} as const;

export type UI = typeof ui;

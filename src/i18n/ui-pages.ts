/**
 * Words that only pages built once show, never an island: the sources, country and sector-guide
 * index pages. Apart from ui-tools.ts, which islands bundle.
 */
export const pagesUi = {
  sourcesPage: {
    title: 'Sources',
    description: 'The five public documents this handbook is built from, and the further reading they recommend.',
    tagline: 'Everything on this site comes from five public documents. We rewrote their content in plain words and kept their facts: names, places, years and figures.',
    documents: 'The five source documents',
    onThisSite: 'On this site:',
    furtherReading: (n: number) => `Further reading (${n})`,
    furtherReadingIntro: 'The publications that the sources recommend, listed with the chapters that cite them.',
    /** Under a reference: the chapters that cite it. */
    citedIn: 'Cited in:',
  },
  countriesPage: {
    title: 'Countries',
    description: 'Practices, lessons and the main actors of integration, country by country.',
    tagline: (n: number) => `Practices, lessons and who does what in ${n} countries.`,
    practices: (n: number) => (n === 1 ? '1 practice' : `${n} practices`),
    lesson: 'MIEUX+ lesson',
    actors: 'who does what',
    /** A country's page. */
    country: 'Country',
    goodPracticesFrom: (country: string) => `Good practices from ${country}.`,
    lessonHeading: 'Lessons on coordination',
    recommendations: 'Key recommendations',
    lessonFrom: 'From the',
    generalLessons: 'Its four general lessons for all countries are in',
    generalLessonsLink: 'key area 6',
    actorsHeading: 'Who does what',
    practicesHeading: (n: number) => `Practices (${n})`,
    all: 'All countries',
  },
  sectorsPage: {
    title: 'Sector guides',
    description: 'What to work on, sector by sector: the IFRC Integration and Inclusion Framework’s pillars, elements and enablers.',
    tagline: 'The handbook says how to work well; these guides say what to work on, sector by sector. They follow the IFRC Integration and Inclusion Framework for Europe and Central Asia (2024).',
    foundations: 'Foundations',
    pillars: 'Four pillars',
    enablers: 'Four enablers',
    activities: (n: number) => (n === 1 ? '1 potential activity' : `${n} potential activities`),
  },
};

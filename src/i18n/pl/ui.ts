/**
 * Every word of the interface, in one table (content words live in content/). Components and
 * islands take their labels from here, so a second language needs a second table, not new markup.
 * The words of the tools (summary, scorecard, catalogue, print) are in ui-tools.ts: split so that
 * a chapter page's islands do not ship them (they would cost a quarter of its JavaScript budget).
 */
import type { ui as En } from '../ui';
import { chapterUi } from './ui-chapter';
import { count } from './plural';
import type { Widen } from './types';

/** "Obszar kluczowy 2" (what keyArea gives) takes the genitive after "od"; any other label follows a colon. */
const startWith = (label: string) => {
  const area = /^Obszar kluczowy (\S+)$/.exec(label);
  return area ? `Zacznij od obszaru kluczowego ${area[1]}` : `Zacznij: ${label}`;
};

export const ui: Widen<typeof En> = {
  ...chapterUi,
  siteTitle: 'Podręcznik włączenia społecznego',
  siteTagline: 'Lokalna integracja uchodźców krok po kroku',
  /** The name under the icon of the installed app (a home screen has room for about 12 letters). */
  siteShortTitle: 'Podręcznik',
  shareImageAlt: 'Podręcznik włączenia społecznego: lokalna integracja uchodźców krok po kroku',
  skipLink: 'Przejdź do treści głównej',
  /** The language switch in the header, and pages whose text is not in this language yet. */
  language: {
    /** Accessible name of the switch's list of links (each link is a language's own name). */
    label: 'Język',
    /** A link to the same page in this language: "Polski". */
    linkTitle: 'Ta strona po polsku',
    untranslated: 'Ta strona nie jest jeszcze przetłumaczona na język polski. Poniżej tekst w języku angielskim.',
  },
  menu: 'Menu',
  mainNav: 'Główna',
  nav: {
    home: 'Strona główna',
    handbook: 'Podręcznik',
    practices: 'Praktyki',
    sectors: 'Przewodniki sektorowe',
    countries: 'Kraje',
    glossary: 'Słowniczek',
    scorecard: 'Karta oceny',
    summary: 'Twoje podsumowanie',
    sources: 'Źródła',
    search: 'Szukaj',
  },
  searchLabel: 'Szukaj w podręczniku',
  searchButton: 'Szukaj',
  /** The search dialog opened from the header. */
  searchDialog: {
    close: 'Zamknij',
    /** The keys that open it, shown beside the header's search button on wide screens. */
    shortcut: '/',
    hint: 'Strzałki przesuwają po wynikach, Enter otwiera wynik, Escape zamyka okno.',
    all: 'Zobacz wszystkie wyniki i więcej filtrów',
    loading: 'Wyszukiwanie…',
  },
  footer: {
    privacy: 'Wszystko, co zaznaczysz lub zapiszesz, zostaje w tej przeglądarce, na tym urządzeniu. Nic nie jest nigdzie wysyłane.',
    basedOn: 'Na podstawie pięciu publicznych dokumentów, których autorami są: UNHCR i Migration Policy Group, SPRING, MIEUX+, partnerstwo Erasmus+ oraz IFRC.',
    sourcesLink: 'Zobacz źródła',
  },
  notFound: {
    title: 'Nie znaleziono strony',
    text: 'Pod tym adresem nie ma strony. Mogła zostać przeniesiona albo w adresie jest literówka.',
    catalogue: 'Katalog dobrych praktyk',
  },
  toc: 'Na tej stronie',
  backToTop: 'Wróć na górę',
  keyArea: (n: number) => `Obszar kluczowy ${n}`,
  chapters: 'Rozdziały',
  previous: 'Poprzedni',
  next: 'Następny',
  sections: {
    benefits: 'Korzyści',
    successFactors: 'Czynniki sukcesu',
    checklist: 'Lista kontrolna',
    checklists: 'Listy kontrolne',
    examples: 'Przykłady dobrych praktyk',
    furtherReading: 'Dalsza lektura',
    sectorGuides: 'Przewodniki sektorowe',
    sectorGuidesIntro: 'Nad czym pracować w sektorach, których dotyczy ten obszar kluczowy, według ram IFRC.',
    notes: 'Twoje notatki',
    sources: 'Źródła tej strony',
    indicators: 'Pytania i wskaźniki',
  },
  summary: {
    loading: 'Wczytywanie zapisanych postępów…',
    overall: 'Postęp ogółem',
    page: 'Rozdział lub przewodnik',
    progress: 'Postęp',
    reportOf: (name: string, date: string) => `Samoocena „${name}”, ${date}`,
    byChapter: 'Postęp według rozdziałów',
    notDone: 'Do zrobienia',
    nothingLeft: 'Wszystkie punkty są zrobione lub oznaczone jako „nie dotyczy”.',
    notStarted: 'Nie rozpoczęto',
    noNotes: 'Brak notatek.',
    allNotes: 'Twoje notatki',
    itemState: { done: 'Zrobione', na: 'Nie dotyczy', planned: 'Zaplanowane', open: 'Jeszcze nie' },
    goToChapter: (title: string) => `Przejdź do: ${title}`,
    print: 'Wydrukuj podsumowanie',
    savedNote: (date: string) => `Ostatnia zmiana: ${date}`,
  },
  progressLabel: (done: number, total: number) => `Zrobione: ${done} z ${total}`,
  search: {
    title: 'Wyszukiwanie',
    description: 'Wyszukiwanie w podręczniku, katalogu praktyk i przewodnikach sektorowych.',
    contentsLink: 'Spis treści podręcznika',
    catalogueLink: 'Katalog praktyk',
    label: 'Szukaj',
    placeholder: 'Spróbuj: „mieszkalnictwo” lub „Gdańsk”',
    filterType: 'Pokaż',
    all: 'Wszystko',
    types: { chapter: 'Rozdziały', practice: 'Praktyki', sector: 'Przewodniki sektorowe', glossary: 'Słowniczek', page: 'Inne strony' } as Record<string, string>,
    results: (n: number, q: string) => `${count(n, ['wynik', 'wyniki', 'wyników'])} dla „${q}”`,
    none: (q: string) => `Brak wyników dla „${q}”. Spróbuj krótszego lub bardziej ogólnego słowa.`,
    loading: 'Wyszukiwanie…',
    unavailable: 'Wyszukiwarka powstaje razem ze stroną (npm run build). Nie działa na serwerze deweloperskim.',
    noScript: 'Wyszukiwarka wymaga JavaScriptu. Spis treści podręcznika i katalog praktyk zawierają wszystkie strony.',
    more: 'Pokaż więcej wyników',
    facets: { country: 'Kraj', keyArea: 'Obszar kluczowy', source: 'Dokument źródłowy' },
    any: 'Dowolny',
    /** The closed panel of the type and the other filters; the page adds how many are active. */
    filters: 'Filtry',
  },
  glossary: {
    title: 'Słowniczek',
    description: 'Pojęcia prawa azylowego, integracji i pracy humanitarnej wyjaśnione prostym językiem, wraz ze skrótami używanymi w tym serwisie.',
    tagline: (terms: number, acronyms: number) =>
      `Pojęcia: ${terms}, skróty: ${acronyms}, wyjaśnione prostymi słowami. Tam, gdzie podręcznik UNHCR i ramy IFRC rozumieją pojęcie inaczej, podajemy oba ujęcia.`,
    /** The list of initial letters that leads to each group. */
    letters: 'Litery',
    filter: 'Filtruj słowniczek',
    /** Filled in the browser: {shown} and {all} are numbers of entries. */
    matching: (shown: string, all: string) => `Pasujące hasła: ${shown} z ${all}`,
    /** Beside an expansion that no source document gives (`expansionByEditors`), with or without the English name. */
    expansionByEditors: (withEnglish: boolean) =>
      withEnglish
        ? 'Nazwę w jej własnym języku dodała redakcja tego podręcznika; dokumenty źródłowe podają tylko nazwę angielską.'
        : 'Pełną nazwę dodała redakcja tego podręcznika; dokumenty źródłowe podają tylko skrót.',
    english: 'Po angielsku',
    seeAlso: 'Zobacz też:',
    sourceLabel: 'Źródło:',
    asSourcePutsIt: (source: string) => `Tak ujmuje to dokument: ${source}.`,
  },
  /** Before the source documents a page is written from (one, or more than one). */
  sourcesLine: { one: 'Źródło:', many: 'Źródła:' },
  print: 'Wydrukuj stronę',
  printWorksheet: 'Wydrukuj arkusz roboczy',
  worksheet: {
    title: (chapter: string) => `Arkusz roboczy: ${chapter}`,
    description: (page: string) => `Arkusz roboczy do wydruku: ${page}.`,
    intro: 'Zaznacz, co twoja organizacja już robi. Na liniach zapisz dowody, osobę odpowiedzialną i kolejne kroki.',
    date: 'Data',
    team: 'Zespół lub jednostka',
    notes: 'Notatki',
    back: (chapter: string) => `Wróć do rozdziału: ${chapter}`,
  },
  home: {
    start: (label: string) => startWith(label),
    continue: 'Kontynuuj tam, gdzie przerwano',
    progress: (figure: string, percent: number, notes: number) => `${figure} (${percent}%)${notes > 0 ? `, ${count(notes, ['notatka', 'notatki', 'notatek'])}` : ''}.`,
    /** Shown until something is saved, in the space the progress will take. */
    nothingYet: 'Podczas lektury zaznaczaj punkty list kontrolnych i zapisuj notatki: zostają w tej przeglądarce, a podsumowanie zbiera je w jednym miejscu.',
    next: (page: string) => `Dalej: ${page}.`,
    summary: 'Zobacz podsumowanie',
  },
  /** Printed documents: worksheets, the workshop pack, the whole handbook, running heads. */
};

export type UI = typeof ui;

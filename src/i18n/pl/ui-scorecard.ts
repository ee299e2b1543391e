/**
 * Words of the scorecard (its page, worksheet and the summary's list of scorecards): a table of
 * their own, so that the scorecard page's scripts load these and not every tool's words.
 */
import type { scorecardUi as En } from '../ui-scorecard';
import { count, plural } from './plural';
import type { Widen } from './types';

export const scorecardUi: Widen<typeof En> = {
  scorecard: {
    title: 'Karta oceny',
    description: 'Oceń praktykę, własny projekt lub usługę w pięciu wymiarach jakości, zobacz profil wyników i porównaj go z praktykami, które ocenili eksperci SPRING.',
    tagline: 'Oceń w zespole własny projekt lub usługę w pięciu wymiarach jakości. Zobacz profil, porównaj go z praktykami ocenionymi przez ekspertów i wydrukuj.',
    howTitle: 'Jak obliczany jest wynik',
    how: [
      'Oceń każde kryterium jako spełnione, częściowo spełnione, niespełnione lub „nie dotyczy”. Dopóki nie wiesz, zostaw je bez oceny.',
      'W każdym wymiarze kryterium spełnione daje 1 punkt, częściowo spełnione pół punktu, a niespełnione 0. Kryteria oznaczone jako „nie dotyczy” lub bez oceny są pomijane.',
      'Wynik wymiaru to suma jego punktów wyrażona jako odsetek ocenionych kryteriów. Wynik ogólny to średnia z ocenionych wymiarów.',
      'Wymiary z wynikiem 75% lub wyższym to twoje mocne strony; te poniżej 50% to luki.',
    ],
    reflection: 'Wynik ma pomóc zespołowi w refleksji; nie jest certyfikatem praktyki. Omów z zespołem każdą ocenę i zapisz dowody, na których się opiera.',
    springNote: 'Eksperci SPRING oznaczali każde kryterium tylko jako spełnione lub niespełnione, a niektóre pomijali, dlatego ich profile nigdy nie zawierają oceny „częściowo spełnione”.',
    noScript: 'Karta oceny zapisuje oceny w tej przeglądarce, a to wymaga JavaScriptu. Bez niego możesz przeczytać wszystkie kryteria i wydrukować pusty arkusz roboczy.',
    worksheetLink: 'Wydrukuj pusty arkusz roboczy na warsztat',
    cards: 'Twoje karty oceny',
    pick: 'Karta oceny',
    draft: 'Nowa karta oceny (jeszcze niezapisana)',
    name: 'Oceniana praktyka lub usługa',
    nameHint: 'Jej nazwa, np. „Punkt powitalny, Kraków”. Karta oceny zapisuje się w tej przeglądarce, gdy tylko zaczniesz pisać lub oceniać.',
    unnamed: 'Praktyka bez nazwy',
    newCard: 'Nowa karta oceny',
    duplicate: 'Utwórz kopię',
    delete: 'Usuń',
    undo: 'Cofnij',
    copyName: (name: string) => `${name} (kopia)`,
    started: 'Nowa karta oceny: nazwij praktykę, a potem ją oceń.',
    duplicated: (name: string) => `Utworzono kopię: „${name}”.`,
    deleted: (name: string) => `Usunięto „${name}”.`,
    restored: (name: string) => `Przywrócono „${name}”.`,
    lastChanged: (date: string) => `Ostatnia zmiana: ${date}`,
    option: (name: string, score: number | null) => (score === null ? name : `${name} (${score}%)`),
    ratings: { none: 'Bez oceny', met: 'Spełnione', partly: 'Częściowo spełnione', 'not-met': 'Niespełnione', na: 'Nie dotyczy' },
    /** Shorter, for the printed scorecard's narrow rating column. */
    printRatings: { none: 'Bez oceny', met: 'Spełnione', partly: 'Częściowo', 'not-met': 'Niespełnione', na: 'n/d' },
    guidance: (n: number) => `Na co zwraca uwagę podręcznik (${count(n, ['wskaźnik', 'wskaźniki', 'wskaźników'])})`,
    evidence: 'Dowody i notatki',
    optional: '(opcjonalnie)',
    notSaved: 'Nie zapisano: pamięć przeglądarki jest pełna, dlatego widać tu stan zapisany. Zwolnij trochę miejsca i spróbuj ponownie.',
    evidenceFor: (n: string) => ` do pytania ${n}`,
    dimensionScore: (score: number | null, rated: number, total: number) =>
      score === null
        ? `Jeszcze bez oceny (${count(total, ['kryterium', 'kryteria', 'kryteriów'])})`
        : `Wynik ${score}%, ocenione kryteria: ${rated} z ${total}`,
    theirMark: (title: string) => `${title}:`,
    marks: { met: 'spełnione', 'not-met': 'niespełnione', none: 'nieocenione' },
    profile: 'Profil',
    jumpToProfile: 'Zobacz profil',
    compare: 'Porównaj z praktyką ocenioną przez SPRING',
    noCompare: 'Bez porównania',
    readAssessment: (title: string) => `Przeczytaj, jak SPRING ocenił praktykę: ${title}`,
    chart: 'Wyniki według wymiarów, w procentach',
    dimension: 'Wymiar',
    yours: 'Twoja ocena',
    overall: 'Ogółem',
    notRated: 'bez oceny',
    ratedOf: (rated: number, total: number) => `Ocenione: ${rated} z ${total}`,
    overallLine: (score: number, n: number) =>
      `Wynik ogólny ${score}%, średnia z ${n} ${plural(n, ['ocenionego wymiaru', 'ocenionych wymiarów', 'ocenionych wymiarów'])}.`,
    overallNone: 'Brak wyniku: oceń co najmniej jedno kryterium.',
    strengths: 'Mocne strony (75% lub więcej)',
    gaps: 'Luki (poniżej 50%)',
    noneYet: 'Brak',
    print: 'Wydrukuj kartę oceny',
    printed: (date: string) => `Wydrukowano ${date}`,
    worksheetTitle: 'Arkusz roboczy karty oceny',
    worksheetIntro: 'Pusta karta oceny na warsztat. Przy każdym kryterium zaznacz jedno pole. Pod każdym pytaniem zapisz dowody, a na końcu zsumuj punkty w tabeli.',
    worksheetBack: 'Wróć do karty oceny online',
    practiceField: 'Praktyka lub usługa',
    teamField: 'Zespół',
    dateField: 'Data',
    tallyTitle: 'Zsumuj wynik',
    tallyIntro: 'Dla każdego wymiaru: punkty = spełnione + połowa częściowo spełnionych. Wynik = punkty ÷ (spełnione + częściowo spełnione + niespełnione) × 100. Ogółem = średnia z wyników wymiarów.',
    tally: { met: 'Spełnione', partly: 'Częściowo spełnione', notMet: 'Niespełnione', points: 'Punkty', score: 'Wynik (%)' },
    summaryHeading: 'Twoje karty oceny',
    summaryEmpty: 'Brak kart oceny.',
    summaryStart: 'Oceń praktykę na karcie oceny',
    summaryCaption: 'Zapisane karty oceny z wynikami, w procentach',
  },
};

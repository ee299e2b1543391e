/**
 * The words of offline reading: the "available offline" line in the footer, the update prompt, the
 * offline page and the control that keeps the whole catalogue on the device. Scripts read them
 * from data attributes of the markup, so no script ships this table.
 */
import type { uiOffline as En } from '../ui-offline';
import { plural } from './plural';

export const uiOffline: typeof En = {
  status: {
    available: 'Ta strona jest dostępna offline.',
    about: 'Czytanie offline',
  },
  update: {
    message: 'Jest dostępna nowa wersja podręcznika.',
    reload: 'Odśwież',
  },
  page: {
    title: 'Czytanie offline',
    description: 'Które strony podręcznika ta przeglądarka przechowuje na twoim urządzeniu, aby otwierały się bez dostępu do sieci.',
    intro: 'Po pierwszej wizycie ta przeglądarka przechowuje większość podręcznika na twoim urządzeniu. Bez dostępu do sieci nadal możesz go czytać, zaznaczać punkty list kontrolnych i pisać notatki: zapisują się jak zwykle.',
    missing: 'Ta strona nie jest przechowywana na tym urządzeniu, a nie ma połączenia z siecią, aby ją pobrać. Połącz się z siecią, aby ją otworzyć, albo przeczytaj jedną ze stron poniżej, które działają offline.',
    availableHeading: 'Dostępne offline',
    available: [
      { path: '/handbook/', label: 'Wszystkie rozdziały podręcznika z listami kontrolnymi i notatkami' },
      { path: '/sectors/', label: 'Wszystkie przewodniki sektorowe' },
      { path: '/summary/', label: 'Twoje podsumowanie' },
      { path: '/scorecard/', label: 'Karta oceny jakości' },
      { path: '/handbook/workshop-pack/', label: 'Arkusze robocze na warsztaty' },
      { path: '/search/', label: 'Wyszukiwarka' },
      { path: '/glossary/', label: 'Słowniczek' },
      { path: '/countries/', label: 'Praktyki według krajów' },
      { path: '/practices/', label: 'Lista dobrych praktyk' },
    ],
    practicesHeading: 'Strony praktyk',
    practicesIntro: 'Strona praktyki zostaje zapisana, gdy ją otworzysz. Zapisz cały katalog, aby czytać wszystkie praktyki offline.',
    keptHeading: 'Strony praktyk zapisane na tym urządzeniu',
    noneKept: 'Na razie brak.',
  },
  catalogue: {
    heading: 'Zapisz cały katalog do czytania offline',
    intro: (count: number) => `Zapisz na tym urządzeniu cały katalog (${count} ${plural(count, ['strona praktyki', 'strony praktyk', 'stron praktyk'])}), aby czytać go bez dostępu do sieci.`,
    button: 'Zapisz katalog offline',
    size: 'Rozmiar do pobrania:',
    working: 'Zapisywanie stron praktyk…',
    /** Filled in the browser: {kept} and {total} are numbers of practice pages. */
    kept: 'Na tym urządzeniu zapisano {kept} z {total} stron praktyk.',
    failed: 'Nie udało się zapisać niektórych stron. Spróbuj ponownie, gdy będzie połączenie z siecią.',
  },
};

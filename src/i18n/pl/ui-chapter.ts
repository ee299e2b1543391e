/**
 * The words of the islands on chapter and sector pages (checklist, notes, storage notice, chapter
 * list, assessment badge), apart from ui.ts so that those pages ship only these: the whole table
 * would cost them more than 2 KB of their JavaScript budget. ui.ts spreads them in, so every
 * other page reads them as ui.checklist and so on.
 */
import type { chapterUi as En } from '../ui-chapter';

export const chapterUi: typeof En = {
  checklist: {
    done: 'Zrobione',
    notApplicable: 'Nie dotyczy',
    weDoThis: 'Robimy to',
    planned: 'Zaplanowane',
    progress: 'Zrobione: {done} z {total}',
    planProgress: 'Zrobione: {done} z {total}, zaplanowane: {planned}',
    naCount: 'Nie dotyczy: {n}',
    /** Shown until the saved ticks are read. */
    itemCount: 'Liczba punktów: {n}',
    /** Accessible name of a mark's box: the mark, then the item it marks. */
    markName: '{mark}: {text}',
    noScript: 'Zaznaczenia i notatki są zapisywane w przeglądarce, a to wymaga JavaScriptu. Bez JavaScriptu nadal możesz czytać i drukować listę kontrolną.',
    worksheet: 'Wydrukuj pusty arkusz roboczy',
    notSaved: 'Nie zapisano: pamięć przeglądarki jest pełna, dlatego to pole pokazuje stan zapisany. Zwolnij trochę miejsca i spróbuj ponownie.',
  },
  notes: {
    label: 'Notatki do tego rozdziału',
    /** The notes after one of a page's two checklists. */
    labelFor: 'Notatki: {checklist}',
    hint: 'Zapisz ustalenia, osoby, które warto zapytać, i kolejne kroki. Notatki zapisują się w tej przeglądarce w trakcie pisania i pojawiają się na stronie podsumowania.',
    saving: 'Zapisywanie…',
    saved: 'Zapisano o {time}',
    notSaved: 'Nie zapisano: ta przeglądarka nie zachowuje zmian',
    writeFailed: 'Nie zapisano: pamięć przeglądarki jest pełna. Tekst nadal jest w polu: skopiuj go lub pobierz, zanim opuścisz stronę.',
    copy: 'Skopiuj notatkę',
    copied: 'Skopiowano do schowka.',
    copyBlocked: 'Przeglądarka zablokowała kopiowanie: zaznacz tekst i skopiuj go albo pobierz notatkę.',
    download: 'Pobierz notatkę jako plik tekstowy',
    empty: 'Brak notatek.',
  },
  storage: {
    unavailable: 'Ta przeglądarka nie pozwala stronie niczego zapisać (pamięć jest wyłączona lub zablokowana). Możesz zaznaczać i pisać, ale zmiany znikną po zamknięciu strony.',
    full: 'Pamięć przeglądarki jest pełna, dlatego zmiana nie została zapisana. To, co zapisano wcześniej, jest bezpieczne. Zwolnij trochę miejsca (podsumowanie wymienia kopie zachowane osobno, które możesz usunąć) albo pobierz kopię zapasową.',
    corrupt: 'Nie udało się odczytać zapisanych list kontrolnych ({reason}). Niczego nie usunięto: stare dane zachowano osobno w tej przeglądarce, a strona rozpoczęła nowy zapis.',
    corruptNotKept: 'Nie udało się odczytać zapisanych list kontrolnych ({reason}), a w pamięci zabrakło miejsca, by zachować je osobno. Aby je chronić, ta strona niczego nie zapisze, dopóki w pamięci nie zwolni się miejsce.',
    newer: 'Listy kontrolne zapisała nowsza wersja tego podręcznika. Aby ich nie nadpisać, ta strona nie zapisze żadnych zmian. Odśwież stronę, aby wczytać nowszą wersję.',
    download: 'Pobierz zachowane dane',
    backup: 'Pobierz teraz kopię zapasową',
    dismiss: 'Zamknij',
  },
  /** Progress with its scope named, so that two figures never look as if they disagree. */
  progressScoped: {
    page: 'Zrobione: {done} z {total}',
    handbook: 'Zrobione w podręczniku: {done} z {total}',
    all: 'Zrobione w podręczniku i przewodnikach sektorowych: {done} z {total}',
  },
  badge: {
    current: 'Samoocena:',
    change: 'Zmień lub dodaj',
    /** The first assessment's name until the reader renames it (saved as "My assessment" in every language). */
    defaultName: 'Moja samoocena',
  },
};

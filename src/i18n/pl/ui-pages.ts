/** Polish of ../ui-pages.ts. */
import type { pagesUi as En } from '../ui-pages';
import { count } from './plural';
import type { Widen } from './types';

export const pagesUi: Widen<typeof En> = {
  sourcesPage: {
    title: 'Źródła',
    description: 'Pięć publicznych dokumentów, na których opiera się ten podręcznik, i polecana w nich dalsza lektura.',
    tagline: 'Wszystko w tym serwisie pochodzi z pięciu publicznych dokumentów. Ich treść opisaliśmy prostymi słowami i zachowaliśmy fakty: nazwy, miejsca, lata i liczby.',
    documents: 'Pięć dokumentów źródłowych',
    onThisSite: 'W tym serwisie:',
    furtherReading: (n: number) => `Dalsza lektura (${n})`,
    furtherReadingIntro: 'Publikacje polecane przez źródła, wraz z rozdziałami, które je przywołują.',
    /** Under a reference: the chapters that cite it. */
    citedIn: 'Przywołane w:',
  },
  countriesPage: {
    title: 'Kraje',
    description: 'Praktyki, wnioski i główni uczestnicy integracji w poszczególnych krajach.',
    tagline: (n: number) => `Praktyki, wnioski i podział zadań w krajach (razem: ${n}).`,
    practices: (n: number) => count(n, ['praktyka', 'praktyki', 'praktyk']),
    lesson: 'wnioski MIEUX+',
    actors: 'kto czym się zajmuje',
    /** A country's page. */
    country: 'Kraj',
    goodPracticesFrom: (country: string) => `Dobre praktyki: ${country}.`,
    lessonHeading: 'Wnioski dotyczące koordynacji',
    recommendations: 'Najważniejsze zalecenia',
    lessonFrom: 'Źródło:',
    generalLessons: 'Cztery ogólne wnioski dla wszystkich krajów opisuje',
    generalLessonsLink: 'obszar kluczowy 6',
    actorsHeading: 'Kto czym się zajmuje',
    practicesHeading: (n: number) => `Praktyki (${n})`,
    all: 'Wszystkie kraje',
  },
  sectorsPage: {
    title: 'Przewodniki sektorowe',
    description: 'Nad czym pracować w poszczególnych sektorach: filary, elementy i czynniki umożliwiające z ram integracji i włączenia społecznego IFRC.',
    tagline: 'Podręcznik mówi, jak dobrze pracować; te przewodniki mówią, nad czym pracować w każdym sektorze. Opierają się na IFRC Integration and Inclusion Framework for Europe and Central Asia (2024).',
    foundations: 'Podstawy',
    pillars: 'Cztery filary',
    enablers: 'Cztery czynniki umożliwiające',
    activities: (n: number) => count(n, ['możliwe działanie', 'możliwe działania', 'możliwych działań']),
  },
};

import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime } from '../../src/lib/dates';

describe('dates', () => {
  const moment = new Date(2026, 11, 1, 14, 5);
  it('writes a day in words, day first, as en-GB does', () => {
    expect(formatDate(moment)).toBe('1 December 2026');
    expect(formatDate(moment.toISOString())).toBe('1 December 2026');
  });
  it('writes a time on the 24-hour clock', () => {
    expect(formatTime(moment)).toBe('14:05');
    expect(formatDateTime(moment)).toBe('1 December 2026, 14:05');
  });
  it('follows the language it is given', () => {
    expect(formatDate(moment, 'pl')).toBe('1 grudnia 2026');
  });
  it.each([['en-GB', undefined], ['pl-PL', 'pl'], ['pl-PL', 'pl-PL']] as const)('writes %s without Intl exactly as Intl does, every month and hour', (locale, lang) => {
    const day = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' });
    const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
    const made: unknown[] = [];
    const Original = Intl.DateTimeFormat;
    Intl.DateTimeFormat = new Proxy(Original, { construct: (target, args) => (made.push(args), Reflect.construct(target, args)) });
    try {
      for (let month = 0; month < 12; month++) {
        for (const [date, hour, minute] of [[1, 0, 0], [9, 9, 5], [28, 12, 30], [31, 23, 59]] as const) {
          const moment = new Date(2027, month, date, hour, minute);
          expect(formatDate(moment, lang)).toBe(day.format(moment));
          expect(formatTime(moment, lang)).toBe(time.format(moment));
        }
      }
    } finally {
      Intl.DateTimeFormat = Original;
    }
    expect(made).toEqual([]);
  });
  it('gives nothing for a value that is no date', () => {
    expect(formatDate('not a date')).toBe('');
    expect(formatDateTime(Number.NaN)).toBe('');
  });
});

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
  it('gives nothing for a value that is no date', () => {
    expect(formatDate('not a date')).toBe('');
    expect(formatDateTime(Number.NaN)).toBe('');
  });
});

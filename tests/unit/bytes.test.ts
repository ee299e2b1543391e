import { describe, expect, it } from 'vitest';
import { formatMegabytes } from '../../src/lib/bytes';

describe('formatMegabytes', () => {
  it('rounds to one decimal', () => {
    expect(formatMegabytes(830_000)).toBe('0.8 MB');
    expect(formatMegabytes(2_460_000)).toBe('2.5 MB');
    expect(formatMegabytes(12_000_000)).toBe('12.0 MB');
  });
  it('never shows a non-empty download as nothing', () => {
    expect(formatMegabytes(0)).toBe('0.0 MB');
    expect(formatMegabytes(20_000)).toBe('0.1 MB');
  });
});

import { describe, expect, it } from 'vitest';
import { fill } from '../../src/lib/fill';
import { chapterUi } from '../../src/i18n/ui-chapter';

describe('fill', () => {
  it('puts each value in place of its name, every time the name occurs', () => {
    expect(fill('{done} of {total} done', { done: 3, total: 9 })).toBe('3 of 9 done');
    expect(fill('{a}, {a} and {b}', { a: 'x', b: 0 })).toBe('x, x and 0');
  });

  it('leaves a name without a value as written, and text without names as it is', () => {
    expect(fill('{done} of {totl}', { done: 1, total: 2 })).toBe('1 of {totl}');
    expect(fill('Saved', { time: '10:00' })).toBe('Saved');
  });

  it('does not read a value as a template or a replacement pattern', () => {
    expect(fill('Notes: {checklist}', { checklist: '{total} $& $1' })).toBe('Notes: {total} $& $1');
  });

  it('fills the chapter words as the pages show them', () => {
    expect(fill(chapterUi.checklist.planProgress, { done: 1, planned: 2, total: 5 })).toBe('1 of 5 done, 2 planned');
    expect(fill(chapterUi.notes.saved, { time: '09:41' })).toBe('Saved at 09:41');
    expect(fill(chapterUi.storage.corrupt, { reason: 'not JSON' })).toMatch(/^Your saved checklists could not be read \(not JSON\)\./);
  });
});

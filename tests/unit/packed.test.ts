import { describe, expect, it } from 'vitest';
import { pack, unpack } from '../../src/lib/packed';

describe('packed island props', () => {
  const pages = [{ pageId: 'handbook/a', name: 'Key area 1: “Quotes” & <tags>', checklists: [{ id: 'c', items: [{ id: 'i', text: 'One\nTwo' }] }] }];
  it('gives back the value it packed', () => {
    expect(unpack(pack(pages))).toEqual(pages);
  });
  it('parses the same text once, and a new text again', () => {
    const text = pack(pages);
    const first = unpack(text);
    expect(unpack(text)).toBe(first);
    expect(unpack(pack([]))).toEqual([]);
    expect(unpack(text)).toEqual(pages);
  });
});

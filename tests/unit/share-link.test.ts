import { describe, expect, it } from 'vitest';
import { FRAGMENT_PREFIX, MAX_FRAGMENT_CHARS, decodeShare, encodeShare, isShareFragment } from '../../src/lib/share-link';
import { exportDocument } from '../../src/lib/backup';
import { emptyDocument, newAssessment } from '../../src/lib/saved-format';

async function compress(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

describe('share links', () => {
  const doc = emptyDocument(new Date('2026-01-01'));
  const a = { ...newAssessment('assessment-x', 'Housing team', new Date('2026-01-02')), checklists: { l: { i: 'done' as const } }, notes: { 'handbook/x': { text: '<img src=x onerror=alert(1)>', updated: '2026-01-02T00:00:00.000Z' } } };
  const file = exportDocument({ ...doc, assessments: [a], active: a.id }, [a.id]);

  it('carries an assessment there and back, hostile text unchanged as text', async () => {
    const fragment = await encodeShare(file);
    expect(fragment.startsWith(FRAGMENT_PREFIX)).toBe(true);
    expect(fragment).toMatch(/^share=1\.[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(file.length);
    expect(isShareFragment(`#${fragment}`)).toBe(true);
    const back = await decodeShare(`#${fragment}`);
    expect(back.ok).toBe(true);
    if (back.ok) {
      expect(back.assessments[0]!.name).toBe('Housing team');
      expect(back.assessments[0]!.notes['handbook/x']!.text).toBe('<img src=x onerror=alert(1)>');
    }
  });

  it('refuses what is not ours, damaged, too long, not text or too large unpacked', async () => {
    const refuse = async (f: string) => {
      const r = await decodeShare(f);
      expect(r.ok).toBe(false);
      return r.ok ? '' : r.message;
    };
    expect(await refuse('#other=1.abc')).toMatch(/not made by this handbook/);
    expect(await refuse(`#${FRAGMENT_PREFIX}abc$%`)).toMatch(/damaged/);
    expect(await refuse(`#${FRAGMENT_PREFIX}`)).toMatch(/damaged/);
    expect(await refuse(`#${FRAGMENT_PREFIX}AAAAAAAA`)).toMatch(/cannot be unpacked/);
    expect(await refuse(`#${FRAGMENT_PREFIX}${'A'.repeat(MAX_FRAGMENT_CHARS)}`)).toMatch(/too long/);
    expect(await refuse(`#${FRAGMENT_PREFIX}${await compress('{"format":"something-else"}')}`)).toMatch(/does not hold an assessment/);
    expect(await refuse(`#${FRAGMENT_PREFIX}${await compress('not json')}`)).toMatch(/does not hold an assessment/);
    // 3 MB of spaces compress to a few kilobytes: refused while unpacking, not after.
    expect(await refuse(`#${FRAGMENT_PREFIX}${await compress(' '.repeat(3 * 1024 * 1024))}`)).toMatch(/more than an assessment can hold/);
    expect(await refuse(`#${FRAGMENT_PREFIX}${await compress('{"format":"inclusion-handbook","version":99}')}`)).toMatch(/newer version/);
  });
});

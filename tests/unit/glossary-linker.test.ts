import { describe, expect, it } from 'vitest';
import { firstSentence, linkGlossaryTerms, prepareGlossary, previewOf, type GlossaryTerm, type HastNode } from '../../src/lib/glossary-linker';

const TERMS: GlossaryTerm[] = [
  { id: 'subsidiary-protection', term: 'Subsidiary protection', kind: 'term', aliases: ['beneficiaries of subsidiary protection'], definition: 'Protection for people who are not refugees. It is given under EU law.' },
  { id: 'beneficiaries-of-international-protection', term: 'Beneficiaries of international protection', kind: 'term', definition: 'People granted protection.' },
  { id: 'cea', term: 'CEA', kind: 'acronym', expansion: 'Community Engagement and Accountability', definition: 'Ignored for acronyms.' },
  { id: 'tcn', term: 'TCN', kind: 'acronym', aliases: ['TCNs', 'third-country national'], expansion: 'Third-country national' },
  { id: 'asylum-seeker', term: 'Asylum-seeker', kind: 'term', aliases: ['asylum seeker', 'asylum seekers'], definition: 'A person who asks for protection.' },
  { id: 'unhcr-mandate', term: 'UNHCR mandate', kind: 'term', aliases: ["UNHCR's mandate"], definition: 'What UNHCR is asked to do.' },
  { id: 'lgbtiq', term: 'LGBTIQ+', kind: 'acronym', aliases: ['LGBTIQ'], expansion: 'Lesbian, gay, bisexual, transgender, intersex and queer' },
  { id: 'community-engagement', term: 'Community engagement', kind: 'term', definition: 'Working with communities.' },
  { id: 'community-engagement-and-accountability', term: 'Community engagement and accountability', kind: 'term', definition: 'A commitment.' },
  { id: 'refugee', term: 'Refugee', kind: 'term', aliases: ['refugees'], definition: 'Too common to link.', autolink: false },
];
const glossary = prepareGlossary(TERMS);
const href = (id: string) => `/base/glossary/#${id}`;

// A tiny hast builder and serialiser, enough to read the result.
const t = (value: string): HastNode => ({ type: 'text', value });
const h = (tagName: string, ...children: (HastNode | string)[]): HastNode => ({
  type: 'element',
  tagName,
  properties: {},
  children: children.map((c) => (typeof c === 'string' ? t(c) : c)),
});
const root = (...children: HastNode[]): HastNode => ({ type: 'root', children });
function html(n: HastNode): string {
  if (n.type === 'text') return n.value ?? '';
  const inner = (n.children ?? []).map(html).join('');
  if (n.type !== 'element') return inner;
  const p = n.properties ?? {};
  const attrs = [
    p.href && ` href="${p.href}"`,
    p.ariaDescribedBy && ` aria-describedby="${(p.ariaDescribedBy as string[]).join(' ')}"`,
    p.role && ` role="${p.role}"`,
    p.id && ` id="${p.id}"`,
  ].filter(Boolean).join('');
  return `<${n.tagName}${attrs}>${inner}</${n.tagName}>`;
}
/** The linked words of a tree, in order. */
const linkedWords = (n: HastNode): string[] =>
  n.type === 'element' && n.tagName === 'a' && (n.properties?.className as string[] | undefined)?.includes('glossary-term')
    ? [html(n)]
    : (n.children ?? []).flatMap(linkedWords);
const link = (tree: HastNode) => linkGlossaryTerms(tree, glossary, { href });

describe('linkGlossaryTerms', () => {
  it('links only the first occurrence of a term on a body, with its preview', () => {
    const tree = root(h('p', 'People with subsidiary protection can work.'), h('p', 'Subsidiary protection lasts.'));
    expect(link(tree)).toEqual(['subsidiary-protection']);
    expect(html(tree)).toBe(
      '<p>People with <a href="/base/glossary/#subsidiary-protection" aria-describedby="gt-subsidiary-protection-1">subsidiary protection</a>' +
        '<span role="tooltip" id="gt-subsidiary-protection-1"><strong>Subsidiary protection</strong>: Protection for people who are not refugees.</span> can work.</p>' +
        '<p>Subsidiary protection lasts.</p>',
    );
  });

  it('marks the nearest block around a linked term as the host of its preview, and no other', () => {
    const inner = h('p', 'People with subsidiary protection can work.');
    const tree = root(h('li', inner), h('p', 'Nothing to link here.'));
    link(tree);
    expect(inner.properties?.className).toEqual(['glossary-host']);
    expect(tree.children![0]!.properties?.className).toBeUndefined();
    expect(tree.children![1]!.properties?.className).toBeUndefined();
  });

  it('matches across a line break inside a paragraph, keeping the words as written', () => {
    const tree = root(h('p', 'people with subsidiary\nprotection, asylum seekers'));
    expect(link(tree)).toEqual(['subsidiary-protection', 'asylum-seeker']);
    expect(linkedWords(tree)).toEqual([
      '<a href="/base/glossary/#subsidiary-protection" aria-describedby="gt-subsidiary-protection-1">subsidiary\nprotection</a>',
      '<a href="/base/glossary/#asylum-seeker" aria-describedby="gt-asylum-seeker-2">asylum seekers</a>',
    ]);
  });

  it('prefers the longest name at a position', () => {
    const tree = root(h('p', 'Beneficiaries of subsidiary protection and beneficiaries of international protection.'));
    expect(link(tree)).toEqual(['subsidiary-protection', 'beneficiaries-of-international-protection']);
    expect(linkedWords(tree).map((w) => w.replace(/<[^>]+>/g, ''))).toEqual(['Beneficiaries of subsidiary protection', 'beneficiaries of international protection']);
    // A shorter name that is a whole-word prefix of a longer one loses to it.
    const prefix = root(h('p', 'Community engagement and accountability, then community engagement.'));
    expect(link(prefix)).toEqual(['community-engagement-and-accountability', 'community-engagement']);
  });

  it('does not link a shorter name inside a longer one that was already linked', () => {
    const tree = root(h('p', 'Subsidiary protection. Later, beneficiaries of subsidiary protection.'));
    expect(link(tree)).toEqual(['subsidiary-protection']);
    expect(linkedWords(tree)).toHaveLength(1);
  });

  it('links whole words only', () => {
    const tree = root(h('p', 'ACEA, CEAS and CEA2 are not CEA.'));
    expect(link(tree)).toEqual(['cea']);
    expect(html(tree)).toContain('are not <a href="/base/glossary/#cea"');
  });

  it('matches acronyms only as written, terms in any case', () => {
    const tree = root(h('p', 'The cea and Cea are words; ASYLUM SEEKERS shout. Then CEA.'));
    expect(link(tree)).toEqual(['asylum-seeker', 'cea']);
    expect(linkedWords(tree).map((w) => w.replace(/<[^>]+>/g, ''))).toEqual(['ASYLUM SEEKERS', 'CEA']);
  });

  it("matches an acronym's lower-case alias in any case, and its plural as written", () => {
    const a = root(h('p', 'Third-country nationals and a third-country national.'));
    expect(link(a)).toEqual(['tcn']);
    expect(linkedWords(a).map((w) => w.replace(/<[^>]+>/g, ''))).toEqual(['third-country national']);
    const b = root(h('p', 'Many TCNs arrive; tcns do not link.'));
    expect(link(b)).toEqual(['tcn']);
    expect(linkedWords(b).map((w) => w.replace(/<[^>]+>/g, ''))).toEqual(['TCNs']);
  });

  it('keeps a trailing plus sign and either apostrophe', () => {
    const tree = root(h('p', 'LGBTIQ+ people, under UNHCR’s mandate.'));
    expect(link(tree)).toEqual(['lgbtiq', 'unhcr-mandate']);
    expect(linkedWords(tree).map((w) => w.replace(/<[^>]+>/g, ''))).toEqual(['LGBTIQ+', 'UNHCR’s mandate']);
  });

  it('never links entries with autolink: false', () => {
    const tree = root(h('p', 'Refugees and refugee families.'));
    expect(link(tree)).toEqual([]);
  });

  it('leaves headings, links, code and preformatted text alone, and links the first use outside them', () => {
    const tree = root(
      h('h2', 'Subsidiary protection'),
      h('h3', h('em', 'CEA')),
      h('p', h('a', 'subsidiary protection'), ' and ', h('code', 'CEA'), '.'),
      h('pre', h('code', 'asylum seekers')),
      h('ul', h('li', h('strong', 'Subsidiary protection'), ' and CEA.')),
    );
    expect(link(tree)).toEqual(['subsidiary-protection', 'cea']);
    expect(html(tree)).toContain('<li><strong><a href="/base/glossary/#subsidiary-protection"');
    expect(html(tree.children![0]!)).toBe('<h2>Subsidiary protection</h2>');
    expect(html(tree.children![2]!)).toBe('<p><a>subsidiary protection</a> and <code>CEA</code>.</p>');
  });

  it('walks into MDX JSX elements but not into a JSX link', () => {
    const jsx = (name: string, ...children: HastNode[]): HastNode => ({ type: 'mdxJsxFlowElement', name, children });
    const tree = root(jsx('a', h('p', 'CEA')), jsx('Callout', h('p', 'CEA here')));
    expect(link(tree)).toEqual(['cea']);
    expect(html(tree.children![1]!)).toContain('href="/base/glossary/#cea"');
  });

  it('gives the preview ids a running number, unique on the page', () => {
    const tree = root(h('p', 'CEA, asylum seekers and subsidiary protection.'));
    link(tree);
    const ids = html(tree).match(/ id="[^"]+"/g);
    expect(ids).toEqual([' id="gt-cea-1"', ' id="gt-asylum-seeker-2"', ' id="gt-subsidiary-protection-3"']);
  });

  it('names the body in the preview ids when given a scope, so two bodies on one page never share an id', () => {
    const a = root(h('p', 'CEA and asylum seekers.'));
    const b = root(h('p', 'CEA again.'));
    linkGlossaryTerms(a, glossary, { href, scope: 'introduction' });
    linkGlossaryTerms(b, glossary, { href, scope: 'participation' });
    expect(html(a).match(/ id="[^"]+"/g)).toEqual([' id="gt-cea-introduction"', ' id="gt-asylum-seeker-introduction"']);
    expect(html(b)).toContain('aria-describedby="gt-cea-participation"');
  });
});

describe('previews', () => {
  it('uses the expansion for acronyms and the first sentence for terms', () => {
    expect(previewOf(TERMS[2]!)).toBe('Community Engagement and Accountability');
    expect(previewOf(TERMS[0]!)).toBe('Protection for people who are not refugees.');
  });

  it('cuts a long first sentence at a word boundary', () => {
    const long = `${'word '.repeat(60)}end. Second sentence.`;
    const s = firstSentence(long, 50);
    expect(s.length).toBeLessThanOrEqual(51);
    expect(s).toMatch(/word…$/);
  });

  it('keeps a first sentence whose full stop is followed by a lower-case word together', () => {
    expect(firstSentence('Under EU law, e.g. in the EU. Then more.')).toBe('Under EU law, e.g. in the EU.');
  });
});

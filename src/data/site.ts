/**
 * Route data, computed once per build from the collections: chapters in order with their
 * checklists, practices by chapter and success factor, and the integrity check that fails the
 * build on a broken link between entries. Routes call these; components only render.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { brokenReferences, checkIntegrity, type AnyEntry } from '../lib/integrity';
import { labelledName, noteKeys, type AssessablePage, type ChecklistData } from '../lib/pages';
import { url } from '../lib/url';
import { useTranslations } from '../i18n/index';
import { DEFAULT_LANG, eachLang, localizePath, type Lang } from '../i18n/lang';
import { translatedEntries } from './i18n-content';
import { rankRelated, type RelatedKeys } from '../lib/related';

export type Chapter = CollectionEntry<'handbook'>;
export type Practice = CollectionEntry<'practices'>;
export type Sector = CollectionEntry<'sectors'>;

export interface Site {
  chapters: Chapter[];
  sectors: Sector[];
  practices: Practice[];
  checklistsByPage: Map<string, ChecklistData[]>;
  /** Every page with checklists or a note, in reading order: chapters, then sectors. */
  assessable: AssessablePage[];
  lang: Lang;
  /** Ids (`handbook/<id>`, `checklists/<id>`) of the entries shown in English because `lang` has no translation of them yet. */
  untranslated: Set<string>;
}

const cached = new Map<Lang, Promise<Site>>();

/** The site's entries in a language: translated chapters and checklists, English where there is no translation yet. */
export function loadSite(lang: Lang = DEFAULT_LANG): Promise<Site> {
  let site = cached.get(lang);
  if (!site) cached.set(lang, (site = build(lang)));
  return site;
}

/** Routes of the pages made for each chapter that has a checklist (its worksheet, its presenter view). */
export function chaptersWithChecklists() {
  return eachLang(async (lang) => {
    const site = await loadSite(lang);
    return site.chapters
      .filter((c) => site.checklistsByPage.has(`handbook/${c.id}`))
      .map((chapter) => ({ params: { chapter: chapter.id }, props: { chapter } }));
  });
}

export const chapterHref = (id: string, lang: Lang = DEFAULT_LANG) => url(localizePath(`/handbook/${id}/`, lang));
export const sectorHref = (id: string, lang: Lang = DEFAULT_LANG) => url(localizePath(`/sectors/${id}/`, lang));
export const practiceHref = (id: string, lang: Lang = DEFAULT_LANG) => url(localizePath(`/practices/${id}/`, lang));
export const countryHref = (id: string, lang: Lang = DEFAULT_LANG) => url(localizePath(`/countries/${id}/`, lang));

async function build(lang: Lang): Promise<Site> {
  const [chapters, sectors, practices, checklists, quality, glossary, countries, sources, references] = await Promise.all([
    getCollection('handbook'),
    getCollection('sectors'),
    getCollection('practices'),
    getCollection('checklists'),
    getCollection('quality'),
    getCollection('glossary'),
    getCollection('countries'),
    getCollection('sources'),
    getCollection('references'),
  ]);
  const everything: AnyEntry[] = [chapters, sectors, practices, checklists, quality, glossary, countries, sources, references]
    .flat()
    .map((e) => ({ collection: e.collection, id: e.id, file: e.filePath ?? `${e.collection}/${e.id}`, data: e.data }));
  chapters.sort((a, b) => a.data.order - b.data.order);
  sectors.sort((a, b) => a.data.order - b.data.order);
  practices.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  const untranslated = new Set<string>();
  if (lang !== DEFAULT_LANG) {
    const [chapterTr, checklistTr] = await Promise.all([translatedEntries('handbook', lang), translatedEntries('checklists', lang)]);
    const swap = <T extends { id: string }>(list: T[], tr: Map<string, unknown>, kind: string) => {
      for (let i = 0; i < list.length; i++) {
        const t = tr.get(list[i]!.id);
        if (t) list[i] = t as T;
        else untranslated.add(`${kind}/${list[i]!.id}`);
      }
    };
    swap(chapters, chapterTr, 'handbook');
    swap(checklists, checklistTr, 'checklists');
  }

  // The English entries carry the links; a translation keeps its original's (tests/unit/translation-shape.test.ts).
  const problems = lang !== DEFAULT_LANG ? [] : [...brokenReferences(everything), ...checkIntegrity({
    chapters: chapters.map((c) => ({ id: c.id, file: c.filePath ?? c.id, successFactors: c.data.successFactors, audiences: c.data.audiences })),
    checklists: checklists.map((c) => ({
      id: c.id,
      file: c.filePath ?? c.id,
      page: c.data.chapter ? `handbook/${c.data.chapter.id}` : `sectors/${c.data.sector?.id}`,
      order: c.data.order,
      itemIds: c.data.items.map((i) => i.id),
    })),
    practices: practices.map((p) => ({
      id: p.id,
      file: p.filePath ?? p.id,
      examples: p.data.examples.map((e) => ({ chapter: e.chapter.id, successFactor: e.successFactor, audience: e.audience })),
      assessment: p.data.assessment?.dimensions.map((d) => ({ dimension: d.dimension.id, questions: d.questions })),
    })),
    quality: quality.map((q) => ({
      id: q.id,
      file: q.filePath ?? q.id,
      spring: q.data.spring,
      questionIds: q.data.questions.map((x) => x.id),
      indicatorIds: q.data.questions.flatMap((x) => x.indicators.map((i) => i.id)),
    })),
    glossary: glossary.map((g) => ({ id: g.id, file: g.filePath ?? g.id, names: [g.data.term, ...g.data.aliases] })),
  })];
  if (problems.length) throw new Error(`Content has ${problems.length} broken link(s):\n- ${problems.join('\n- ')}`);

  const checklistsByPage = new Map<string, ChecklistData[]>();
  for (const c of [...checklists].sort((a, b) => a.data.order - b.data.order)) {
    const page = c.data.chapter ? `handbook/${c.data.chapter.id}` : `sectors/${c.data.sector!.id}`;
    const list = checklistsByPage.get(page) ?? [];
    list.push({ id: c.id, title: c.data.title, audience: c.data.audience, intro: c.data.intro, mode: c.data.mode, items: c.data.items });
    checklistsByPage.set(page, list);
  }

  const page = (pageId: string, label: string | undefined, data: { title: string; shortTitle: string }, href: string): AssessablePage => {
    const lists = checklistsByPage.get(pageId) ?? [];
    return {
      pageId,
      name: labelledName(label, data.title),
      shortName: labelledName(label, data.shortTitle),
      title: data.title,
      shortTitle: data.shortTitle,
      href,
      checklists: lists,
      noteKeys: noteKeys(pageId, lists.map((l) => l.id)),
    };
  };
  const assessable: AssessablePage[] = [
    ...chapters.map((c) => page(`handbook/${c.id}`, chapterLabel(c, lang), c.data, chapterHref(c.id, lang))),
    ...sectors.map((s) => page(`sectors/${s.id}`, undefined, s.data, sectorHref(s.id, lang))),
  ];

  return { chapters, sectors, practices, checklistsByPage, assessable, lang, untranslated };
}

/** Label of a chapter in lists: "Key area 1" for key areas, nothing for the others. */
export function chapterLabel(c: Chapter, lang: Lang = DEFAULT_LANG): string | undefined {
  return c.data.keyArea ? useTranslations(lang).keyArea(c.data.keyArea) : undefined;
}

/** A chapter's one name, with its key-area number in front ("Key area 2: " and the title). */
export function chapterName(c: Chapter, lang: Lang = DEFAULT_LANG): string {
  return labelledName(chapterLabel(c, lang), c.data.title);
}

/** Where space demands it: "Key area 2: Serve everyone". */
export function chapterShortName(c: Chapter, lang: Lang = DEFAULT_LANG): string {
  return labelledName(chapterLabel(c, lang), c.data.shortTitle);
}

/** Practices cited in a chapter, grouped under its success factors, in the chapter's order. */
export function examplesBySuccessFactor(site: Site, chapter: Chapter) {
  return chapter.data.successFactors
    .map((f) => ({
      factor: f,
      practices: site.practices.filter((p) => p.data.examples.some((e) => e.chapter.id === chapter.id && e.successFactor === f.id)),
    }))
    .filter((g) => g.practices.length > 0);
}

/** Key areas (chapter ids) a practice belongs to: where it is an example, then those it also illustrates. */
export function practiceKeyAreas(p: Practice): string[] {
  return [...new Set([...p.data.examples.map((e) => e.chapter.id), ...p.data.keyAreas.map((k) => k.id)])];
}

/**
 * Three to five practices most like `practice` (see rankRelated in src/lib/related.ts): shared
 * success factors, key areas, sectors and country first, then the same source and kind.
 */
export function relatedPractices(site: Site, practice: Practice, max = 5, min = 3): Practice[] {
  const keys = (p: Practice): RelatedKeys => ({
    id: p.id,
    factors: p.data.examples.map((e) => `${e.chapter.id}/${e.successFactor}`),
    areas: practiceKeyAreas(p),
    sectors: p.data.sectors.map((s) => s.id),
    countries: p.data.countries.map((c) => c.id),
    sources: p.data.sources.map((s) => s.id),
    kind: p.data.kind,
  });
  const byId = new Map(site.practices.map((p) => [p.id, p]));
  return rankRelated(keys(practice), site.practices.map(keys), { min, max }).map((id) => byId.get(id)!);
}

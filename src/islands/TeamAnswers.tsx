import { useEffect, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { saved } from '../stores/assessment';
import { replaceAssessment } from '../stores/manage';
import { DEFAULT_ASSESSMENT_NAME, newAssessment, withItemState, type Assessment } from '../lib/saved-format';
import { MAX_IMPORT_BYTES, readImport } from '../lib/transfer';
import { gatherNotes, majorityStates, teamItems, type Answer, type TeamItem } from '../lib/team';
import type { AssessablePage } from '../lib/pages';
import { togetherUi } from '../i18n/live-together';
import { nameOf } from './together-name';
import { useHydrated } from './useHydrated';
import { readList, readParam, writeParams } from './query-state';
import { addAsAssessment } from './add-assessment';

const t = togetherUi.team;

export interface TeamAnswersProps {
  pages: AssessablePage[];
  summaryHref: string;
}

/** The name a colleague's assessment takes here: its own, or the file's when it kept the default. */
function colleagueName(a: Assessment, fileName: string, many: boolean): string {
  const own = a.name.trim();
  const file = fileName.replace(/\.json$/i, '');
  return own && own !== DEFAULT_ASSESSMENT_NAME ? own : many ? `${file} (${own ? nameOf(a) : togetherUi.defaultName})` : file;
}

const answerWords = (mode: 'assess' | 'plan'): [Answer, string][] =>
  mode === 'plan'
    ? [['done', togetherUi.planStates.done!], ['planned', togetherUi.planStates.planned!], ['open', togetherUi.planStates.open!]]
    : [['done', togetherUi.states.done!], ['na', togetherUi.states.na!], ['open', togetherUi.states.open!]];

function Item({ item, names, team, onSet }: { item: TeamItem; names: string[]; team: Assessment; onSet: (item: TeamItem, a: Answer) => void }) {
  const current: Answer = team.checklists[item.checklistId]?.[item.itemId] ?? 'open';
  const words = answerWords(item.mode);
  const textId = `team-${item.checklistId}--${item.itemId}`;
  const who = words
    .map(([a, w]) => {
      const people = names.filter((_, i) => item.answers[i] === a);
      return people.length ? `${w}: ${people.join(', ')}` : '';
    })
    .filter(Boolean)
    .join('; ');
  return (
    <li class={`team-item${item.agreed ? '' : ' is-disagreed'}`} data-item={`${item.checklistId}/${item.itemId}`}>
      <p class="team-item__text" id={textId}><strong>{item.number}.</strong> {item.text}</p>
      <p class="team-item__counts">
        {!item.agreed && <span class="team-item__flag">{t.disagree}. </span>}
        {who} ({item.majority ? t.majority(Object.fromEntries(words)[item.majority] ?? '') : t.noMajority})
      </p>
      <div class="team-item__answers" role="group" aria-labelledby={textId}>
        <span class="visually-hidden">{t.teamAnswer}</span>
        {words.map(([a, w]) => (
          <button
            type="button"
            class="button"
            key={a}
            aria-pressed={current === a ? 'true' : 'false'}
            data-answer={a}
            onClick={() => onSet(item, a)}
          >
            {w} ({item.counts[a]})
          </button>
        ))}
      </div>
    </li>
  );
}

/** Several colleagues' answers brought together into one team assessment, item by item. */
export default function TeamAnswers({ pages, summaryHref }: TeamAnswersProps) {
  const hydrated = useHydrated();
  const doc = useStore(saved);
  const [from, setFrom] = useState<string[]>([]);
  const [teamId, setTeamId] = useState<string | null>(null);
  const [onlyDisagreed, setOnlyDisagreed] = useState(false);
  const [refusals, setRefusals] = useState<string[]>([]);
  const [added, setAdded] = useState('');
  const [majorityNote, setMajorityNote] = useState('');
  const [teamName, setTeamName] = useState(t.defaultTeamName);

  useEffect(() => {
    const exists = (id: string) => saved.get().assessments.some((a) => a.id === id);
    setFrom(readList('from').filter(exists));
    const team = readParam('team');
    setTeamId(team && exists(team) ? team : null);
    setOnlyDisagreed(readParam('disagreed') === '1');
  }, []);

  if (!hydrated) return <p>{togetherUi.loading}</p>;

  const byId = new Map(doc.assessments.map((a) => [a.id, a]));
  const colleagues = from.filter((id) => id !== teamId && byId.has(id)).map((id) => byId.get(id)!);
  const team = teamId ? byId.get(teamId) : undefined;

  const chooseFrom = (ids: string[]) => {
    setFrom(ids);
    writeParams({ from: ids.join(',') });
  };
  const chooseTeam = (id: string | null) => {
    setTeamId(id);
    writeParams({ team: id });
  };

  async function addFiles(files: FileList | null) {
    if (!files) return;
    const problems: string[] = [];
    const names: string[] = [];
    const ids: string[] = [];
    for (const file of Array.from(files)) {
      const result = file.size > MAX_IMPORT_BYTES ? readImport('', file.size) : readImport(await file.text(), file.size);
      if (!result.ok) {
        problems.push(t.refused(file.name, result.message));
        continue;
      }
      for (const a of result.assessments) {
        const name = colleagueName(a, file.name, result.assessments.length > 1);
        const added = addAsAssessment(a, name);
        if (added.result === 'failed') {
          problems.push(t.refused(file.name, t.notSaved));
          continue;
        }
        ids.push(added.id);
        names.push(name);
      }
    }
    setRefusals(problems);
    setAdded(names.length ? t.added(names.join(', ')) : '');
    if (ids.length) chooseFrom([...from.filter((id) => saved.get().assessments.some((a) => a.id === id)), ...ids]);
  }

  function createTeam(e: Event) {
    e.preventDefault();
    const name = teamName.trim() || t.defaultTeamName;
    const now = new Date().toISOString();
    const notes = Object.fromEntries(Object.entries(gatherNotes(colleagues, t.noteHeading)).map(([k, text]) => [k, { text, updated: now }]));
    const base = { ...newAssessment('team', name, new Date()), notes };
    const added = addAsAssessment(base, name, true);
    if (added.result === 'failed') setRefusals([t.notSaved]);
    else chooseTeam(added.id);
  }

  const items = teamItems(pages, colleagues);
  const setAnswer = (item: TeamItem, a: Answer) => {
    const current = saved.get().assessments.find((x) => x.id === teamId);
    if (current) replaceAssessment(current.id, withItemState(current, item.checklistId, item.itemId, a === 'open' ? undefined : a));
  };
  const takeMajority = () => {
    const current = saved.get().assessments.find((x) => x.id === teamId);
    if (!current) return;
    replaceAssessment(current.id, { ...current, checklists: majorityStates(items, current.checklists) });
    setMajorityNote(t.majorityDone(items.filter((i) => i.majority !== null).length));
  };

  const disagreed = items.filter((i) => !i.agreed).length;
  const answered = team ? items.filter((i) => team.checklists[i.checklistId]?.[i.itemId]).length : 0;
  const shown = onlyDisagreed ? items.filter((i) => !i.agreed) : items;
  const names = colleagues.map(nameOf);

  return (
    <div class="team" data-testid="team">
      <section aria-labelledby="team-step1">
        <h2 id="team-step1">{t.step1}</h2>
        <div class="together__field">
          <label for="team-files">{t.filesLabel}</label>
          <p class="together__hint" id="team-files-hint">{t.filesHint}</p>
          <input id="team-files" type="file" accept=".json,application/json" multiple aria-describedby="team-files-hint" onChange={(e) => { void addFiles(e.currentTarget.files); e.currentTarget.value = ''; }} />
        </div>
        <div role="status">{added && <p class="together__notice">{added}</p>}</div>
        <div role="alert">
          {refusals.length > 0 && (
            <ul class="together__errors together__error" data-testid="team-refusals">
              {refusals.map((r, i) => <li key={i}>{r}</li>)}
            </ul>
          )}
        </div>
        <fieldset class="together__choose">
          <legend>{t.choose}</legend>
          {doc.assessments.filter((a) => a.id !== teamId).map((a) => (
            <label key={a.id} class="together__choice">
              <input
                type="checkbox"
                checked={from.includes(a.id)}
                onChange={(e) => chooseFrom(e.currentTarget.checked ? [...from, a.id] : from.filter((x) => x !== a.id))}
              />
              {nameOf(a)}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="team-step2">
        <h2 id="team-step2">{t.step2}</h2>
        {colleagues.length < 2 ? (
          <p class="callout">{t.needTwo}</p>
        ) : (
          <>
            <div class="together__field">
              <label for="team-choose">{t.teamLabel}</label>
              <select id="team-choose" value={teamId ?? ''} onChange={(e) => chooseTeam(e.currentTarget.value || null)}>
                <option value="">{t.create}…</option>
                {doc.assessments.filter((a) => !from.includes(a.id)).map((a) => <option key={a.id} value={a.id}>{nameOf(a)}</option>)}
              </select>
            </div>
            {!team && (
              <form class="together__row" onSubmit={createTeam}>
                <label for="team-name">{t.newTeam}</label>
                <input id="team-name" type="text" value={teamName} onInput={(e) => setTeamName(e.currentTarget.value)} aria-describedby="team-name-hint" />
                <button type="submit" class="button">{t.create}</button>
                <p class="together__hint" id="team-name-hint">{t.createHint}</p>
              </form>
            )}
          </>
        )}
      </section>

      {team && colleagues.length >= 2 && (
        <section aria-labelledby="team-step3">
          <h2 id="team-step3">{t.step3}</h2>
          <p data-testid="team-summary" aria-live="polite">{t.summary(items.length, disagreed, answered)}</p>
          <p>
            <button type="button" class="button" onClick={takeMajority}>{t.takeMajority}</button>
          </p>
          <div role="status">{majorityNote && <p class="together__notice">{majorityNote}</p>}</div>
          <p>
            <label class="together__choice">
              <input type="checkbox" checked={onlyDisagreed} onChange={(e) => { setOnlyDisagreed(e.currentTarget.checked); writeParams({ disagreed: e.currentTarget.checked ? '1' : null }); }} />
              {t.onlyDisagreements}
            </label>
          </p>
          {pages.map((page) => {
            const here = shown.filter((i) => i.pageId === page.pageId);
            if (here.length === 0) return null;
            return (
              <section key={page.pageId} aria-labelledby={`team-page-${page.pageId.replace('/', '-')}`} data-page={page.pageId}>
                <h3 id={`team-page-${page.pageId.replace('/', '-')}`}>{page.name}</h3>
                <ul class="team__items">
                  {here.map((item) => <Item key={`${item.checklistId}/${item.itemId}`} item={item} names={names} team={team} onSet={setAnswer} />)}
                </ul>
              </section>
            );
          })}
          <p><a href={summaryHref}>{t.openSummary}</a></p>
        </section>
      )}
    </div>
  );
}

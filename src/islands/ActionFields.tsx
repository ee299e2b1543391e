import { useState } from 'preact/hooks';
import { setAction } from '../stores/assessment';
import type { PlannedAction } from '../lib/saved-format';
import { formatTime } from '../lib/dates';
import { toolsUi } from '../i18n/live-tools';

export interface ActionFieldsProps {
  checklistId: string;
  itemId: string;
  itemText: string;
  value: PlannedAction | undefined;
}

const EMPTY: PlannedAction = { action: '', owner: '', due: '' };
const t = toolsUi.actions;

/**
 * Action, responsible person and target date for one item not done yet, saved as typed. A button
 * that says it opens (aria-expanded, a turning arrow), and a confirmation beside the fields, with
 * a way to the action plan.
 */
export default function ActionFields({ checklistId, itemId, itemText, value }: ActionFieldsProps) {
  const [open, setOpen] = useState(Boolean(value?.action));
  /** When the last change was saved, or a refusal (a new object each time, so the fields re-render to what is saved). */
  const [told, setTold] = useState<{ savedAt: Date } | { refused: true } | null>(null);
  const current = value ?? EMPTY;
  const label = value?.action ? t.edit : t.plan;
  const refused = told !== null && 'refused' in told;
  const id = `act-${checklistId}-${itemId}`;
  const update = (field: keyof PlannedAction) => (e: Event) => {
    const result = setAction(checklistId, itemId, { ...current, [field]: (e.currentTarget as HTMLInputElement).value });
    setTold(result === 'failed' ? { refused: true } : { savedAt: new Date() });
  };
  return (
    <div class="action-fields">
      <button type="button" class="action-fields__toggle" aria-expanded={open} aria-controls={`${id}-fields`} aria-label={`${label}: ${itemText}`} onClick={() => setOpen(!open)}>
        <span class="action-fields__sign" aria-hidden="true" />
        {label}
      </button>
      <div id={`${id}-fields`} class="action-fields__grid" hidden={!open}>
        <p>
          <label for={`${id}-action`}>{t.action}</label>
          <input id={`${id}-action`} value={current.action} maxLength={500} onInput={update('action')} aria-describedby={`${id}-status`} />
        </p>
        <p>
          <label for={`${id}-owner`}>{t.owner}</label>
          <input id={`${id}-owner`} value={current.owner} maxLength={120} onInput={update('owner')} aria-describedby={`${id}-status`} />
        </p>
        <p>
          <label for={`${id}-due`}>{t.due}</label>
          <input id={`${id}-due`} type="date" value={current.due} onInput={update('due')} aria-describedby={`${id}-status`} />
        </p>
        {/* One live region for every outcome, so that a screen reader hears each change of it. */}
        <p class={`action-fields__status${refused ? ' not-saved' : ''}`} id={`${id}-status`} role="status" data-testid="action-status">
          {refused ? t.notSaved : told ? <>{t.saved(formatTime(told.savedAt))} <a href="#summary-plan">{t.seePlan}</a></> : t.savedHint}
        </p>
      </div>
    </div>
  );
}

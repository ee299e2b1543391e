import { setAction } from '../stores/assessment';
import type { PlannedAction } from '../lib/saved-format';
import { toolsUi } from '../i18n/ui-tools';

export interface ActionFieldsProps {
  checklistId: string;
  itemId: string;
  itemText: string;
  value: PlannedAction | undefined;
}

const EMPTY: PlannedAction = { action: '', owner: '', due: '' };

/** Action, responsible person and target date for one item not done yet, saved as typed. */
export default function ActionFields({ checklistId, itemId, itemText, value }: ActionFieldsProps) {
  const current = value ?? EMPTY;
  const id = `act-${checklistId}-${itemId}`;
  const update = (field: keyof PlannedAction) => (e: Event) =>
    setAction(checklistId, itemId, { ...current, [field]: (e.currentTarget as HTMLInputElement).value });
  return (
    <details class="action-fields" open={Boolean(value)}>
      <summary>
        {toolsUi.actions.plan}
        <span class="visually-hidden">: {itemText}</span>
      </summary>
      <div class="action-fields__grid">
        <p>
          <label for={`${id}-action`}>{toolsUi.actions.action}</label>
          <input id={`${id}-action`} value={current.action} maxLength={500} onInput={update('action')} />
        </p>
        <p>
          <label for={`${id}-owner`}>{toolsUi.actions.owner}</label>
          <input id={`${id}-owner`} value={current.owner} maxLength={120} onInput={update('owner')} />
        </p>
        <p>
          <label for={`${id}-due`}>{toolsUi.actions.due}</label>
          <input id={`${id}-due`} type="date" value={current.due} onInput={update('due')} />
        </p>
      </div>
    </details>
  );
}

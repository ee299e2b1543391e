import { useStore } from '@nanostores/preact';
import { active } from '../stores/assessment';
import { chapterUi as ui } from '../i18n/live-chapter';
import { useHydrated } from './useHydrated';

export interface AssessmentBadgeProps {
  manageHref: string;
}

/** Names the assessment the reader is ticking into, on every interactive page. */
export default function AssessmentBadge({ manageHref }: AssessmentBadgeProps) {
  const hydrated = useHydrated();
  const a = useStore(active);
  return (
    <p class="assessment-badge" data-testid="assessment-badge">
      {ui.badge.current}{' '}
      <strong>{hydrated ? a.name : '…'}</strong>{' '}
      <a href={manageHref}>{ui.badge.change}</a>
    </p>
  );
}

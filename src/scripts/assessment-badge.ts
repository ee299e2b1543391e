/** The name of the active assessment in the badge (src/components/AssessmentBadge.astro), kept up to date. */
import { active } from '../stores/assessment';
import { enhance } from './enhance';
import { shownName } from '../lib/saved-format';

enhance('assessment-badge', (badge) => {
  const name = badge.querySelector('strong')!;
  active.subscribe((a) => (name.textContent = shownName(a.name, badge.dataset.defaultName ?? a.name)));
});

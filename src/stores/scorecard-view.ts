/**
 * Which scorecard the scorecard page has open, and which SPRING practice it compares with: shared
 * by the page's script (src/scripts/scorecard.ts), which decides both when it starts, and its two
 * islands (the card picker and the profile). Not saved: the address keeps them (?card=&compare=).
 */
import { atom } from 'nanostores';

/** The open card's id; null for a new card not saved yet; undefined until the page's script has started. */
export const openCard = atom<string | null | undefined>(undefined);

/** The id of the SPRING practice to compare with, or '' for none. */
export const compareWith = atom('');

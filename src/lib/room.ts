/**
 * What a presenter records besides the room's answer: how many in the room agreed, kept as one
 * line per item in the chapter's note of the chosen assessment, so that the summary, the report
 * and an export carry it like any note.
 */

/** The start of an item's line, e.g. "Room, item 3: ". */
export function roomLinePrefix(label: string): string {
  return `${label}: `;
}

/**
 * The note with the item's line set to "<label>: <count>", replacing the line it had; with
 * `count` empty, the line is removed. Other lines are kept as the reader wrote them.
 */
export function withRoomLine(note: string, label: string, count: string): string {
  const prefix = roomLinePrefix(label);
  const lines = note === '' ? [] : note.split('\n').filter((l) => !l.startsWith(prefix));
  if (count !== '') lines.push(prefix + count);
  return lines.join('\n').replace(/^\n+|\n+$/g, '');
}

/** The count recorded for an item in a note, or '' when there is none. */
export function roomLine(note: string, label: string): string {
  const prefix = roomLinePrefix(label);
  return note.split('\n').find((l) => l.startsWith(prefix))?.slice(prefix.length) ?? '';
}

/** "12 of 15 agreed", "12 agreed" when the room's size is not given; '' without a count. */
export function agreedText(agreed: number | null, present: number | null): string {
  if (agreed === null || !Number.isFinite(agreed) || agreed < 0) return '';
  return present !== null && Number.isFinite(present) && present > 0 ? `${agreed} of ${present} agreed` : `${agreed} agreed`;
}

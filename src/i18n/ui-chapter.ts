/**
 * The words of the islands on chapter and sector pages (checklist, notes, storage notice, chapter
 * list, assessment badge), apart from ui.ts so that those pages ship only these: the whole table
 * would cost them more than 2 KB of their JavaScript budget. ui.ts spreads them in, so every
 * other page reads them as ui.checklist and so on.
 */
export const chapterUi = {
  checklist: {
    done: 'Done',
    notApplicable: 'Not applicable',
    weDoThis: 'We do this',
    planned: 'Planned',
    progress: (done: number, total: number) => `${done} of ${total} done`,
    planProgress: (done: number, planned: number, total: number) => `${done} of ${total} done, ${planned} planned`,
    naCount: (n: number) => `${n} not applicable`,
    /** Accessible name of a mark's box: the mark, then the item it marks. */
    markName: (mark: string, text: string) => `${mark}: ${text}`,
    noScript: 'Ticks and notes are saved in your browser, which needs JavaScript. With JavaScript off you can still read and print the checklist.',
    worksheet: 'Print a blank worksheet',
    notSaved: 'Not saved: your browser’s storage is full, so this box shows what is saved. Free some space, then try again.',
  },
  notes: {
    label: 'Notes for this chapter',
    /** The notes after one of a page's two checklists. */
    labelFor: (checklist: string) => `Notes: ${checklist}`,
    hint: 'Write down what you found, who to ask, what to do next. Your notes are saved in this browser as you type and shown on the summary page.',
    saving: 'Saving…',
    saved: (time: string) => `Saved at ${time}`,
    notSaved: 'Not saved: this browser is not keeping changes',
    writeFailed: 'Not saved: your browser’s storage is full. Your text is still in the field: copy or download it before you leave.',
    copy: 'Copy the note',
    copied: 'Copied to the clipboard.',
    copyBlocked: 'The browser blocked copying: select the text and copy it, or download it.',
    download: 'Download the note as a text file',
    empty: 'No notes yet.',
  },
  storage: {
    unavailable: 'This browser does not let the site save anything (storage is switched off or blocked). You can tick and write, but your changes will be gone when you close the page.',
    full: 'Your browser’s storage is full, so a change was not saved. What you saved before is safe. Free some space (the summary lists kept-aside copies you can delete), or download a backup.',
    corrupt: (reason: string) => `Your saved checklists could not be read (${reason}). Nothing was deleted: the old data was kept aside in this browser, and the site has started a fresh record.`,
    corruptNotKept: (reason: string) => `Your saved checklists could not be read (${reason}), and there was no room to keep them aside. To protect them, this page will not save anything until storage has space.`,
    newer: 'Your checklists were saved by a newer version of this handbook. To avoid overwriting them, this page will not save any changes. Reload the page to get the newer version.',
    download: 'Download the kept data',
    backup: 'Download a backup now',
    dismiss: 'Dismiss',
  },
  /** Progress with its scope named, so that two figures never look as if they disagree. */
  progressScoped: {
    page: (done: number, total: number) => `${done} of ${total} done`,
    handbook: (done: number, total: number) => `${done} of ${total} handbook items done`,
    all: (done: number, total: number) => `${done} of ${total} items in the handbook and sector guides done`,
  },
  badge: {
    current: 'Assessment:',
    change: 'Change or add',
  },
};

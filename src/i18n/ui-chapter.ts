/**
 * The words of the interactive parts of chapter and sector pages (checklist, notes, storage
 * notice, chapter list, assessment badge), in English. ui.ts spreads them in, so every page reads
 * them as ui.checklist and so on. Words with a figure in them are `{name}` templates, filled with
 * `fill` (src/lib/fill.ts): the pages write them into their HTML at build time, and the scripts
 * there read them from it, so no script imports a whole table of one language.
 */
export const chapterUi = {
  checklist: {
    done: 'Done',
    notApplicable: 'Not applicable',
    weDoThis: 'We do this',
    planned: 'Planned',
    progress: '{done} of {total} done',
    planProgress: '{done} of {total} done, {planned} planned',
    naCount: '{n} not applicable',
    /** Shown until the saved ticks are read. */
    itemCount: '{n} items',
    /** Accessible name of a mark's box: the mark, then the item it marks. */
    markName: '{mark}: {text}',
    noScript: 'Ticks and notes are saved in your browser, which needs JavaScript. With JavaScript off you can still read and print the checklist.',
    worksheet: 'Print a blank worksheet',
    notSaved: 'Not saved: your browser’s storage is full, so this box shows what is saved. Free some space, then try again.',
  },
  notes: {
    label: 'Notes for this chapter',
    /** The notes after one of a page's two checklists. */
    labelFor: 'Notes: {checklist}',
    hint: 'Write down what you found, who to ask, what to do next. Your notes are saved in this browser as you type and shown on the summary page.',
    saving: 'Saving…',
    saved: 'Saved at {time}',
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
    corrupt: 'Your saved checklists could not be read ({reason}). Nothing was deleted: the old data was kept aside in this browser, and the site has started a fresh record.',
    corruptNotKept: 'Your saved checklists could not be read ({reason}), and there was no room to keep them aside. To protect them, this page will not save anything until storage has space.',
    newer: 'Your checklists were saved by a newer version of this handbook. To avoid overwriting them, this page will not save any changes. Reload the page to get the newer version.',
    download: 'Download the kept data',
    backup: 'Download a backup now',
    dismiss: 'Dismiss',
  },
  /** Progress with its scope named, so that two figures never look as if they disagree. */
  progressScoped: {
    page: '{done} of {total} done',
    handbook: '{done} of {total} handbook items done',
    all: '{done} of {total} items in the handbook and sector guides done',
  },
  badge: {
    current: 'Assessment:',
    change: 'Change or add',
    /** The first assessment's name until the reader renames it (saved as "My assessment" in every language). */
    defaultName: 'My assessment',
  },
};

/**
 * The words of offline reading: the "available offline" line in the footer, the update prompt, the
 * offline page and the control that keeps the whole catalogue on the device. Scripts read them
 * from data attributes of the markup, so no script ships this table.
 */
export const uiOffline = {
  status: {
    available: 'This page is available offline.',
    about: 'Reading offline',
  },
  update: {
    message: 'A new version of the handbook is available.',
    reload: 'Reload',
  },
  page: {
    title: 'Reading offline',
    description: 'Which pages of the handbook this browser keeps on your device, so that they open without a network.',
    intro: 'After your first visit, this browser keeps most of the handbook on your device. Without a network, you can still read it, tick checklists and write notes: they are saved as usual.',
    missing: 'This page is not kept on this device, and there is no network connection to fetch it. Connect to a network to open it, or read one of the pages below, which work offline.',
    availableHeading: 'Available offline',
    available: [
      { path: '/handbook/', label: 'Every chapter of the handbook, with its checklists and notes' },
      { path: '/sectors/', label: 'Every sector guide' },
      { path: '/summary/', label: 'Your summary' },
      { path: '/scorecard/', label: 'The quality scorecard' },
      { path: '/handbook/workshop-pack/', label: 'The worksheets for workshops' },
      { path: '/search/', label: 'Search' },
      { path: '/glossary/', label: 'The glossary' },
      { path: '/countries/', label: 'Practices by country' },
      { path: '/practices/', label: 'The list of good practices' },
    ],
    practicesHeading: 'Practice pages',
    practicesIntro: 'A practice page is kept once you have opened it. Keep the whole catalogue to read every practice offline.',
    keptHeading: 'Practice pages kept on this device',
    noneKept: 'None yet.',
  },
  catalogue: {
    heading: 'Keep the whole catalogue offline',
    intro: (count: number) => `Save all ${count} practice pages on this device, to read them without a network.`,
    button: 'Keep the catalogue offline',
    size: 'Download size:',
    working: 'Saving the practice pages…',
    /** Filled in the browser: {kept} and {total} are numbers of practice pages. */
    kept: '{kept} of {total} practice pages are kept on this device.',
    failed: 'Some pages could not be saved. Try again when you have a network connection.',
  },
};

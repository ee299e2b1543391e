/**
 * The print button of an island's view, shown only where there is something to print (so not
 * rendered in the page, where it would show whatever the island says).
 */
export const PrintAction = ({ label }: { label: string }) => (
  <p class="no-print">
    <button type="button" class="button button--secondary print-button" onClick={() => window.print()}>
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 20 20"><path d="M5 8V2h10v6M5 15H2V8h16v7h-3M5 12h10v6H5z" stroke="currentColor" stroke-width="1.6" fill="none" /></svg>
      {label}
    </button>
  </p>
);

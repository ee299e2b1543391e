/**
 * Beside a control whose change the browser refused to save (storage full): says so where the
 * reader is looking, not only in the notice at the top of the page.
 */
export const NotSaved = ({ text, testId }: { text: string; testId: string }) => (
  <p class="not-saved no-print" role="status" data-testid={testId}>{text}</p>
);

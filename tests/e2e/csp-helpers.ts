import type { Page } from '@playwright/test';

/**
 * Records every Content-Security-Policy violation of the page (a `securitypolicyviolation`
 * listener added before any of the page's scripts run) and every CSP message on the console;
 * the returned function gives what was seen so far.
 */
export async function watchPolicy(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = ((window as any).__cspViolations = []);
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  const messages: string[] = [];
  page.on('console', (m) => { if (/Content.Security.Policy|Refused to/i.test(m.text())) messages.push(m.text()); });
  return async () => [...messages, ...(await page.evaluate(() => (window as any).__cspViolations as string[]))];
}

/** One directive of a policy ("script-src …"), or '' when the policy has none. */
export const directive = (csp: string, name: string) => csp.split(';').map((d) => d.trim()).find((d) => d.startsWith(`${name} `)) ?? '';

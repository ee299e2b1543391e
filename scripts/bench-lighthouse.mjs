/**
 * Lighthouse (12.2.3, the devDependency; the last version that runs on Node 20) for the bench:
 * mobile performance and accessibility scores, LCP, TBT and CLS per page type, the median of
 * `runs` runs. Lighthouse's own mobile settings (a mid-range phone, simulated 4x CPU and a slow
 * 4G network); every run starts with the cache and storage cleared, as a first visit.
 * Chromium is /usr/bin/chromium where it exists (the machines cannot download their own).
 */
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** The figures of one Lighthouse result (a score out of 100, times in ms, CLS as a number). */
function figures(lhr) {
  const score = (c) => (lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100));
  const audit = (a) => lhr.audits[a]?.numericValue ?? null;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
  };
}

/**
 * Runs Lighthouse `runs` times on each page of `pages` ({ type: path }) under `origin`; returns
 * one row per page type with the median of each figure and the range of the performance score.
 */
export async function lighthousePages(origin, pages, { runs = 3, log = () => {} } = {}) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  const rows = [];
  try {
    for (const [type, path] of Object.entries(pages)) {
      const results = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
        });
        if (result?.lhr.runtimeError) log(`Lighthouse ${type} run ${i + 1}: ${result.lhr.runtimeError.message}`);
        else if (result) results.push(figures(result.lhr));
      }
      const pick = (k) => median(results.map((r) => r[k]));
      const perf = results.map((r) => r.performance).filter((x) => x != null);
      rows.push({
        type,
        runs: results.length,
        performance: pick('performance'),
        performanceRange: perf.length ? [Math.min(...perf), Math.max(...perf)] : null,
        accessibility: pick('accessibility'),
        lcp: pick('lcp'),
        tbt: pick('tbt'),
        cls: pick('cls'),
      });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

/** The table the bench prints. */
export function lighthouseTable(rows, runs) {
  const cell = (v, w, f = (x) => String(x)) => (v == null ? '–' : f(v)).padStart(w);
  const lines = [`Lighthouse 12.2.3, mobile, median of ${runs} runs (a first visit: empty cache and storage)`];
  lines.push('page type              performance (range)  accessibility   LCP ms   TBT ms    CLS');
  for (const r of rows) {
    const range = r.performanceRange ? `(${r.performanceRange[0]}–${r.performanceRange[1]})` : '';
    lines.push(`${r.type.padEnd(22)}${cell(r.performance, 6)} ${range.padEnd(13)}${cell(r.accessibility, 10)}   ${cell(r.lcp, 6, (x) => x.toFixed(0))}   ${cell(r.tbt, 6, (x) => x.toFixed(0))}  ${cell(r.cls, 6, (x) => x.toFixed(3))}${r.runs < runs ? `  (${r.runs} of ${runs} runs worked)` : ''}`);
  }
  return lines.join('\n');
}

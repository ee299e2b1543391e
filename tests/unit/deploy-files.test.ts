import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (f: string) => readFileSync(new URL(`../../${f}`, import.meta.url), 'utf8');

describe('the container', () => {
  const dockerfile = read('Dockerfile');

  it('serves the build with the nginx rules that npm test runs (deploy/nginx/handbook.conf)', () => {
    expect(dockerfile).toMatch(/^RUN npm run build$/m);
    expect(dockerfile).toMatch(/^COPY deploy\/nginx\/handbook\.conf \/etc\/nginx\/handbook\/handbook\.conf$/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/deploy\/nginx\/security-headers\.conf \/etc\/nginx\/handbook\/security-headers\.conf$/m);
    expect(dockerfile).toMatch(/^COPY --from=build \/app\/dist\/ \/usr\/share\/nginx\/html\/$/m);
    expect(dockerfile).toMatch(/^COPY deploy\/nginx\/docker\.conf \/etc\/nginx\/conf\.d\/default\.conf$/m);
    const server = read('deploy/nginx/docker.conf');
    expect(server).toContain('root /usr/share/nginx/html;');
    expect(server).toContain('include handbook/handbook.conf;');
    expect(server).toMatch(/listen 8080;/);
    expect(dockerfile).toMatch(/^EXPOSE 8080$/m);
  });

  it('includes the security headers in every location of the rules (nginx drops inherited add_header)', () => {
    const rules = read('deploy/nginx/handbook.conf').replace(/#.*$/gm, '');
    const locations = [...rules.matchAll(/location [^{]+\{([^{}]*(?:\{[^{}]*\}[^{}]*)*)\}/g)].map((m) => m[1]!);
    expect(locations.length).toBeGreaterThanOrEqual(3);
    for (const body of locations) expect(body).toContain('include handbook/security-headers.conf;');
    expect(rules).toMatch(/error_page 404 \/404\.html;/);
    expect(rules).toMatch(/gzip on;/);
  });
});

describe('the GitHub Pages workflow', () => {
  const wf = parse(read('.github/workflows/pages.yml'));
  const steps = [...wf.jobs.build.steps, ...wf.jobs.deploy.steps] as { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> }[];
  const uses = (name: string) => steps.find((s) => s.uses?.startsWith(`${name}@`));

  it('builds with the address configure-pages gives and deploys with the official Pages actions', () => {
    expect(uses('actions/configure-pages')).toBeDefined();
    expect(uses('actions/upload-pages-artifact')?.with?.path).toBe('dist');
    expect(uses('actions/deploy-pages')).toBeDefined();
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(build.env?.SITE_URL).toBe('${{ steps.pages.outputs.origin }}');
    expect(build.env?.BASE_PATH).toContain('steps.pages.outputs.base_path');
    expect(wf.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
  });
});

/**
 * GraphiQL in a real browser: the gateway started as the README starts it (`npm start`,
 * demo mode: no GITHUB_API_URL, so the embedded simulator), Debian's Chromium driven by
 * playwright-core. Playwright's own browser download cannot work here, hence
 * `executablePath`; `.ci/run` installs the `chromium` package when it is missing.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser, type Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = new URL('../../', import.meta.url);
const ARTIFACTS = new URL('test-artifacts/', ROOT);
// Without the background-networking flags Chromium keeps dialling Google's hosts, which a
// closed network refuses; --no-sandbox because CI runs as root.
const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What a person reads in an editor pane; Monaco lays spaces out as no-break spaces. */
async function shownText(locator: Locator): Promise<string> {
  return (await locator.innerText()).replace(/\u00a0/g, ' ');
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `npm start` is `tsx src/main.ts`; this is the same entry without npm's extra processes. */
async function startGateway(
  port: number,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1' };
  delete env.GITHUB_API_URL;
  delete env.FEDERATION;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the gateway did not start in 20 s:\n${output}`)),
      20_000,
    );
    child.once('exit', (code) => reject(new Error(`the gateway exited with ${code}:\n${output}`)));
    child.stdout!.on('data', () => {
      const match = /listening on (http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  return { child, url, output: () => output };
}

// Skipped only on a developer's machine without Chromium; CI (CI=true) installs it and must run this.
describe.skipIf(!existsSync(CHROMIUM) && !process.env.CI)(
  'GraphiQL in Chromium against `npm start` in demo mode',
  () => {
    let gateway: Awaited<ReturnType<typeof startGateway>>;
    let browser: Browser;

    beforeAll(async () => {
      const port = await freePort();
      [gateway, browser] = await Promise.all([
        startGateway(port),
        chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS, headless: true }),
      ]);
      expect(gateway.url).toBe(`http://127.0.0.1:${port}/graphql`);
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      if (gateway?.child.exitCode === null) {
        const exited = new Promise((resolve) => gateway.child.once('exit', resolve));
        gateway.child.kill('SIGTERM');
        await exited;
      }
    });

    it('runs the default query with the demo token and shows the runs in the result pane', async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // Anything but the gateway itself (a CDN, say) would fail offline: refuse and record it.
      const foreign: string[] = [];
      await page.route('**/*', (route) => {
        const url = route.request().url();
        if (
          url.startsWith(new URL(gateway.url).origin) ||
          url.startsWith('blob:') ||
          url.startsWith('data:')
        )
          return route.continue();
        foreign.push(url);
        return route.abort();
      });

      await page.goto(gateway.url, { waitUntil: 'load' });
      const run = page.locator('.graphiql-execute-button');
      await run.waitFor({ state: 'visible', timeout: 20_000 });
      // The editor shows the default query before anything is typed.
      await expect
        .poll(() => shownText(page.locator('.graphiql-query-editor')), { timeout: 10_000 })
        .toContain('query LatestRuns');

      const answered = page.waitForResponse(
        (r) =>
          r.url() === gateway.url &&
          r.request().method() === 'POST' &&
          r.request().postData()?.includes('LatestRuns') === true,
      );
      await run.click();
      const response = await answered;
      // The headers tab carried the demo token: the private repository answered with data.
      expect(response.request().headers().authorization).toBe('Bearer demo-admin-token');
      const body = (await response.json()) as {
        data?: { repository?: { workflowRuns?: { totalCount: number; nodes: unknown[] } } };
        errors?: unknown[];
      };
      expect(body.errors).toBeUndefined();
      expect(body.data?.repository?.workflowRuns?.nodes).toHaveLength(10);

      const result = page.locator('.graphiql-response');
      await expect.poll(() => shownText(result), { timeout: 10_000 }).toContain('"runNumber"');
      const shown = await shownText(result);
      expect(shown).toContain('"nameWithOwner": "octo-org/octo-repo"');
      expect(shown).toContain(`"totalCount": ${body.data!.repository!.workflowRuns!.totalCount}`);

      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: new URL('graphiql.png', ARTIFACTS).pathname, fullPage: false });
      expect(pageErrors).toEqual([]);
      expect(foreign).toEqual([]);
      await page.close();
    }, 60_000);

    // Demo mode is live: runs move on the real clock, a new one starts every few seconds,
    // and the embedded simulator delivers their webhooks to the gateway.
    it('runs a subscription and shows its events arrive in the result pane, one after another', async () => {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(gateway.url, { waitUntil: 'load' });
      const run = page.locator('.graphiql-execute-button');
      await run.waitFor({ state: 'visible', timeout: 20_000 });
      const editor = page.locator('.graphiql-query-editor');
      await expect.poll(() => shownText(editor), { timeout: 10_000 }).toContain('query LatestRuns');

      // Typed as a person pastes it: select everything in the editor and replace it.
      await editor.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.insertText(
        'subscription Feed { workflowRunsUpdated(owner: "octo-org", name: "octo-repo") { runNumber status updatedAt } }',
      );
      await expect
        .poll(() => shownText(editor), { timeout: 10_000 })
        .toContain('subscription Feed');
      await run.click();

      // GraphiQL shows the latest event; each event is a run that changed, so the pane's text
      // changes with each one. Collect what it shows until two different events were seen.
      const result = page.locator('.graphiql-response');
      const seen = new Set<string>();
      const deadline = Date.now() + 45_000;
      while (seen.size < 2 && Date.now() < deadline) {
        const shown = await shownText(result);
        if (shown.includes('"workflowRunsUpdated"')) seen.add(shown);
        await page.waitForTimeout(250);
      }
      expect([...seen].join('\n')).not.toContain('"errors"');
      expect(seen.size).toBeGreaterThanOrEqual(2);
      for (const shown of seen) expect(shown).toMatch(/"status": "(QUEUED|IN_PROGRESS|COMPLETED)"/);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: new URL('graphiql-subscription.png', ARTIFACTS).pathname });
      expect(pageErrors).toEqual([]);
      await page.close();
    }, 90_000);
  },
);

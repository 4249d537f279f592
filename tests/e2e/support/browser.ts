/**
 * Debian's chromium through playwright-core, with Office.js answered by the fake host bundle and
 * every request the page makes recorded (the add-in promises no data leaves the workbook).
 */
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, HOST_BUNDLE, OFFICE_JS } from './paths';

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface PaneOptions {
  width?: number;
  height?: number;
  /** Office's theme as the fake host reports it. */
  dark?: boolean;
}

export interface Pane {
  page: Page;
  context: BrowserContext;
  /** Every URL the page asked for, in order (including the intercepted Office.js). */
  requests: string[];
  /** Console errors and uncaught page errors. */
  errors: string[];
}

/**
 * A fresh browser context (its own localStorage) with Office.js served from the fake host.
 * `beforeLoad` runs in the page before any script, to hand the host its workbook.
 */
export async function newPane(
  browser: Browser,
  options: PaneOptions = {},
  beforeLoad?: { content: string }
): Promise<Pane> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 500, height: options.height ?? 900 },
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const host = readFileSync(HOST_BUNDLE, 'utf8');
  await context.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: host })
  );
  if (beforeLoad) await context.addInitScript(beforeLoad);
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, context, requests, errors };
}

/** True for the page's own origin on the loopback interface. */
export function isLocal(url: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
}

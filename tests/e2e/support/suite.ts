/**
 * What every browser test file shares: the built add-in served on localhost, one Chromium for the
 * file, and the pane a test opened closed after it.
 */
import type { Browser } from 'playwright-core';
import { launch, type Pane } from './browser';
import { DIST } from './paths';
import { serve } from './server';

export interface BrowserSuite {
  browser: Browser;
  server: Awaited<ReturnType<typeof serve>>;
  /** The pane the running test opened, if any: closed after each test. */
  pane?: Pane;
}

export function browserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  beforeAll(async () => {
    suite.server = await serve(DIST);
    suite.browser = await launch();
  });
  afterEach(async () => {
    await suite.pane?.context.close();
    suite.pane = undefined;
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}

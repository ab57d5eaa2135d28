/**
 * Debian's headless Chromium driven by playwright-core (no browser download), with every request
 * that is not for this machine blocked and recorded: a page that needs the internet fails visibly.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google's hosts on this closed network.
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export function isLocalUrl(url: string): boolean {
  const u = new URL(url);
  return ['data:', 'blob:', 'about:'].includes(u.protocol) || ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
}

export interface OfflineBrowser {
  context: BrowserContext;
  /** URLs the page tried to fetch from outside this machine. */
  blocked: string[];
  close(): Promise<void>;
}

export async function openOfflineBrowser(): Promise<OfflineBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, { executablePath: chromiumPath, args: FLAGS, headless: true, viewport: { width: 1400, height: 900 } });
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return { context, blocked, close: () => context.close() };
}

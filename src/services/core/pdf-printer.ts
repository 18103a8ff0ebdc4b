import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { setting } from '../../config.js';
import { DomainError } from '../../domain/core/errors.js';

/** The Chromium that prints PDFs (CONCORD_CHROMIUM, validated in config.ts). */
export const chromiumPath = () => setting('CONCORD_CHROMIUM');

/**
 * One Chromium for the whole process, a bounded number of pages printing at once and a bounded
 * queue behind them: six parallel PDF requests used to start six browsers (20 processes). Beyond
 * the queue a request is refused at once with 503 and Retry-After instead of piling up.
 */
export const PDF_LIMITS = { concurrent: 2, queued: 8 };

let browser: Promise<Browser> | null = null;
let launches = 0;
let active = 0;
const waiting: (() => void)[] = [];

/** How many browsers this process has started (tests check that renders share one). */
export const browserLaunches = () => launches;

/**
 * Chromium's sandbox needs an unprivileged user: as root (containers) it refuses to start with
 * it, so it is turned off only there.
 */
const sandboxed = () => typeof process.getuid !== 'function' || process.getuid() !== 0;

async function sharedBrowser(): Promise<Browser> {
  // The promise is stored before any await, so that parallel first requests share one launch.
  if (!browser) {
    launches++;
    const launching = (async () => {
      const { chromium } = await import('playwright-core');
      const b = await chromium.launch({
        executablePath: chromiumPath(),
        chromiumSandbox: sandboxed(),
        args: ['--disable-gpu', '--disable-dev-shm-usage', ...(sandboxed() ? [] : ['--no-sandbox'])],
      });
      b.on('disconnected', () => {
        if (browser === launching) browser = null;
      });
      return b;
    })();
    browser = launching;
    launching.catch(() => {
      if (browser === launching) browser = null;
    });
  }
  return browser;
}

/** Documents being printed and waiting for a slot (for /metrics). */
export function pdfQueue(): { waiting: number; active: number } {
  return { waiting: waiting.length, active };
}

async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (active >= PDF_LIMITS.concurrent) {
    if (waiting.length >= PDF_LIMITS.queued)
      throw new DomainError(
        'server.busy',
        'Too many documents are being printed; try again in a few seconds',
        [{ field: 'retry_after', reason: '5' }],
      );
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    active++;
  }
  try {
    return await fn();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else active--;
  }
}

/**
 * Prints HTML to an accessible PDF (tagged, with an outline from its headings) in a fresh page of
 * the shared browser, with JavaScript off: the documents are static and their text comes from users.
 */
export async function htmlToPdf(
  html: string,
  margin: { top: string; bottom: string; left?: string; right?: string },
  /** Header and footer templates (Chromium's: pageNumber and totalPages spans are filled in). */
  templates?: { header: string; footer: string },
): Promise<Buffer> {
  if (!existsSync(chromiumPath()))
    throw new DomainError('programme.pdf_unavailable', `no Chromium at ${chromiumPath()}`);
  return slot(async () => {
    const context = await (await sharedBrowser()).newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        margin,
        tagged: true,
        outline: true,
        ...(templates
          ? { displayHeaderFooter: true, headerTemplate: templates.header, footerTemplate: templates.footer }
          : {}),
      });
    } finally {
      await context.close();
    }
  });
}

/** Closes the shared browser (server shutdown, end of a CLI command). */
export async function closePdfBrowser(): Promise<void> {
  const current = browser;
  browser = null;
  if (current) await (await current.catch(() => null))?.close();
}

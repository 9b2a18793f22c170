import assert from 'node:assert/strict';
import type { Frame, Locator, Page } from 'playwright-core';
import { assertEventually } from './eventually';

/**
 * Clicks a control in the sidebar once the host has resized the app's iframe to show it: a click aimed
 * below the iframe's current bottom edge lands on the host page instead (a person could not click it).
 */
export async function clickInSidebar(host: Page, control: Locator): Promise<void> {
  await control.waitFor();
  await assertEventually(async () => {
    const [frameBox, box] = await Promise.all([host.getByTestId('app-iframe').boundingBox(), control.boundingBox()]);
    return frameBox !== null && box !== null && box.y + box.height <= frameBox.y + frameBox.height;
  });
  await control.click();
}

/**
 * Clicks `control` until `done` holds: clicked again (at most every two seconds, and only while it is
 * visible and enabled) when a click was lost, as one is now and then while the host resizes the app's
 * frame under the pointer (seen in CI). A person would click again too; the log says when it happened.
 * Returns when the last click was made (epoch ms), for figures timed from the click.
 */
export async function clickInSidebarUntil(host: Page, control: Locator, done: () => Promise<boolean>, timeoutMs = 30_000): Promise<number> {
  let clicks = 0;
  let lastClick = 0;
  await assertEventually(async () => {
    if (await done()) return true;
    if (Date.now() - lastClick > 2000 && (await control.isVisible()) && (await control.isEnabled())) {
      if (clicks > 0) console.log(`# a click on ${control} had no effect; clicked again`);
      clicks++;
      lastClick = Date.now();
      await clickInSidebar(host, control);
      lastClick = Date.now();
    }
    return false;
  }, timeoutMs);
  return lastClick;
}

/** The app's own document inside the host page (for evaluate and axe, which a FrameLocator cannot run). */
export async function appFrameOf(host: Page): Promise<Frame> {
  const frame = await (await host.getByTestId('app-iframe').elementHandle())?.contentFrame();
  assert.ok(frame, 'the app frame');
  return frame;
}

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

/** The app's own document inside the host page (for evaluate and axe, which a FrameLocator cannot run). */
export async function appFrameOf(host: Page): Promise<Frame> {
  const frame = await (await host.getByTestId('app-iframe').elementHandle())?.contentFrame();
  assert.ok(frame, 'the app frame');
  return frame;
}

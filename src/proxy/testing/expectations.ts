// Shared checks of the integration suites: what "one complete escalation" means in Slack and Zendesk.
import type { Escalation } from '../../core/api';
import type { Harness } from './harness';
import { waitFor } from './waitFor';

export async function waitForComplete(h: Harness, ticketId: number): Promise<Escalation> {
  const r = await waitFor(
    () => h.get(`/api/escalations/by-ticket/${ticketId}`),
    (r) => r.status === 200 && (r.body as Escalation).steps.every((s) => s.status === 'done'),
    `escalation of ticket ${ticketId} complete`,
  );
  return r.body as unknown as Escalation;
}

/** Exactly one created channel, one card, one bookmark, one note: nothing doubled by retries or crashes. */
export function expectSingleEffects(h: Harness, esc: Escalation, ticketId: number): void {
  const created = h.slack.calls().filter((c) => c.method === 'conversations.create' && c.outcome === 'ok');
  expect(created).toHaveLength(1);
  const ch = h.slack.channels().find((c) => c.id === esc.slack.channelId);
  expect(ch).toBeDefined();
  const cards = ch!.messages.filter((m) => JSON.stringify(m.blocks ?? []).includes(`esc-card-${esc.id}`));
  expect(cards).toHaveLength(1);
  expect(ch!.bookmarks.filter((b) => b.link.endsWith(`/tickets/${ticketId}`))).toHaveLength(1);
  const notes = h.zendesk.tickets.get(ticketId)!.comments.filter((c) => c.plainBody.includes(`[escalation ${esc.id}]`));
  expect(notes).toHaveLength(1);
  expect(notes[0]!.public).toBe(false);
}

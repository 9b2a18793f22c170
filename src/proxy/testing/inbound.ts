// Test helpers for what Slack and Zendesk send the proxy: signed raw requests (or deliberately
// badly signed ones), and an escalation brought to 'active' through the real API.
import { signSlackRequest } from '../../sandbox/slack/signing';
import { signWebhook } from '../../sandbox/zendesk/webhook';
import type { Escalation } from '../../core/api';
import { waitForComplete } from './expectations';
import { waitFor } from './waitFor';
import { escalationRequest, SLACK_SIGNING_SECRET, startHarness, ZENDESK_WEBHOOK_SECRET } from './harness';
import type { Harness, HarnessOptions } from './harness';
import type { Dialect } from '../store/db';

export interface Sent {
  status: number;
  text: string;
  json(): Record<string, unknown>;
}

async function send(url: string, headers: Record<string, string>, body: string): Promise<Sent> {
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

export function slackSend(h: Harness, path: string, body: string, o: { form?: boolean; secret?: string; atSec?: number; headers?: Record<string, string> } = {}): Promise<Sent> {
  const signed = signSlackRequest(o.secret ?? SLACK_SIGNING_SECRET, body, o.atSec ?? Date.now() / 1000);
  const type = o.form ? 'application/x-www-form-urlencoded' : 'application/json';
  return send(h.proxy.url + path, { 'content-type': type, ...signed, ...o.headers }, body);
}

export function zendeskSend(h: Harness, body: string, o: { secret?: string; at?: Date; headers?: Record<string, string> } = {}): Promise<Sent> {
  const ts = (o.at ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const headers = { 'content-type': 'application/json', 'x-zendesk-webhook-signature-timestamp': ts, 'x-zendesk-webhook-signature': signWebhook(o.secret ?? ZENDESK_WEBHOOK_SECRET, ts, body), ...o.headers };
  return send(h.proxy.url + '/zendesk/events', headers, body);
}

export function messageEvent(channel: string, text: string, over: Record<string, unknown> = {}, eventId = `Ev${Math.random().toString(36).slice(2, 12)}`): string {
  return JSON.stringify({ type: 'event_callback', event_id: eventId, team_id: 'T0SANDBOX', event: { type: 'message', channel, user: 'U0ENG00001', text, ts: `${Date.now() / 1000}`, channel_type: 'channel', ...over } });
}

/** Escalates a ticket through the API and waits until every step is done. */
export async function activeEscalation(h: Harness, ticketId = 1001): Promise<Escalation> {
  const r = await h.post('/api/escalations', escalationRequest({ ticketId }));
  if (r.status !== 201 && r.status !== 200) throw new Error(`escalation failed: ${JSON.stringify(r.body)}`);
  return waitForComplete(h, ticketId);
}

/** A wired harness (Slack and Zendesk stand-ins) with a ticket escalated and its channel open. */
export async function escalatedHarness(
  dialect: Dialect,
  options: Omit<HarnessOptions, 'wired'> = {},
  ticketId = 1001,
): Promise<{ h: Harness; esc: Escalation; channel: string }> {
  const h = await startHarness(dialect, { ...options, wired: true });
  const esc = await activeEscalation(h, ticketId);
  return { h, esc, channel: esc.slack.channelId! };
}

export async function byTicket(h: Harness, ticketId: number): Promise<Escalation> {
  return (await h.get(`/api/escalations/by-ticket/${ticketId}`)).body as unknown as Escalation;
}

export async function countRows(h: Harness, table: 'inbound_events' | 'summaries'): Promise<number> {
  const r = await h.proxy.store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The stand-in's view of a channel's messages. */
export function channelMessages(h: Harness, channelId: string) {
  return h.slack.channels().find((c) => c.id === channelId)?.messages ?? [];
}

/** Waits until no job other than reminders is queued: whatever a change set off has run. */
export async function jobsSettled(h: Harness): Promise<void> {
  const pending = async () => {
    const rows = await h.proxy.store.db.selectFrom('jobs').select(['payload_json']).where('state', '=', 'queued').execute();
    return rows.filter((r) => !r.payload_json.includes('"task":"reminder"')).length;
  };
  await waitFor(pending, (n) => n === 0, 'queued jobs to run');
}

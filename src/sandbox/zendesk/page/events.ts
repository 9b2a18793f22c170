import type { SandboxTicket } from './model';

// Which ZAF events an edit to the ticket fires (zaf-contract.md), and the replies to client.request.
// Pure, so Jest tests them directly; the host page posts what they return.

export type ZafEvent = { name: string; payload: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Events for the change from `prev` to `next`. `external` marks a change made by someone else (the
 * API), which Zendesk reports as ticket.updated even when no comment changed.
 */
export function ticketEvents(prev: SandboxTicket, next: SandboxTicket, external = false): ZafEvent[] {
  const events: ZafEvent[] = [];
  if (prev.subject !== next.subject) events.push({ name: 'ticket.subject.changed', payload: next.subject });
  if (prev.description !== next.description) events.push({ name: 'ticket.description.changed', payload: next.description });
  if (prev.status !== next.status) events.push({ name: 'ticket.status.changed', payload: next.status });
  if (!same(prev.tags, next.tags)) events.push({ name: 'ticket.tags.changed', payload: next.tags });
  const fieldIds = new Set([...Object.keys(prev.customFields), ...Object.keys(next.customFields)]);
  for (const id of fieldIds) {
    const value = next.customFields[id] ?? null;
    if (!same(prev.customFields[id] ?? null, value)) events.push({ name: `ticket.custom_field_${id}.changed`, payload: value });
  }
  if (!same(prev.comments, next.comments) || (external && events.length > 0)) {
    events.push({ name: 'ticket.updated', payload: { ticketId: next.id, updatedAt: next.updatedAt } });
  }
  return events;
}

/** An Apps API notification as the host server streams it to the page. */
export type ApiNotification = { appId: number; event: string; body: unknown; agentId: number | null };

/**
 * What Zendesk fires in an app instance for a notification from the Apps API notify endpoint:
 * `api_notification.<event>` with `{ body }`, for instances of that app only, and with `agent_id` only
 * for that agent's. Every instance of the app gets it; the app decides whether it concerns its ticket.
 */
export function apiNotificationEvents(n: ApiNotification, host: { appId: number; agentId: number }): ZafEvent[] {
  if (n.appId !== host.appId) return [];
  if (n.agentId !== null && n.agentId !== host.agentId) return [];
  return [{ name: `api_notification.${n.event}`, payload: { body: n.body } }];
}

/** The message that fires one event in the app's SDK. */
export function eventMessage(event: ZafEvent): { key: string; message: unknown } {
  return { key: `zaf.${event.name}`, message: event.payload };
}

export type ForwardedResponse = { status: number; statusText: string; headers: Record<string, string>; responseText: string };
type RequestOptions = { dataType?: unknown; httpCompleteResponse?: unknown };

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/**
 * Turns the host server's answer to a client.request into the SDK's `zaf.request:N.done|fail`
 * message, the way jQuery's ajax (which Zendesk uses) would settle it.
 */
export function requestReply(key: string, options: unknown, response: ForwardedResponse): { key: string; message: unknown } {
  const opts = (typeof options === 'object' && options !== null ? options : {}) as RequestOptions;
  const isJson = opts.dataType === 'json' || /json/i.test(response.headers['content-type'] ?? '');
  const parsed = isJson ? parseJson(response.responseText) : null;
  const responseJSON = parsed?.ok ? parsed.value : undefined;
  const complete = { status: response.status, statusText: response.statusText, headers: response.headers, responseText: response.responseText, responseJSON };
  const ok = response.status >= 200 && response.status < 300;

  if (ok && parsed?.ok !== false) {
    const data = opts.httpCompleteResponse ? complete : isJson ? responseJSON : response.responseText;
    return { key: `zaf.${key}.done`, message: { responseArgs: [data, 'success', complete] } };
  }
  // A 2xx whose JSON does not parse fails as jQuery does, with "parsererror".
  const textStatus = ok ? 'parsererror' : 'error';
  return { key: `zaf.${key}.fail`, message: { responseArgs: [complete, textStatus, response.statusText] } };
}

import { useEffect, useRef } from 'react';
import { useClient } from './ClientProvider';

/** The event the proxy sends through Zendesk's Apps API notify endpoint (docs/proxy.md). */
export const ESCALATION_UPDATED_EVENT = 'api_notification.escalation_updated';

/** What the proxy says changed; fields the host did not carry are absent. */
export type EscalationUpdate = { escalationId?: string; ticketIds?: number[] };

/**
 * Reads the notification's body defensively: Zendesk hands the app `{ body }` with the body as the
 * proxy sent it (an object, or a JSON string from older senders); anything unreadable is an update
 * that names nothing, which the listener treats as "look again".
 */
export function readEscalationUpdate(payload: unknown): EscalationUpdate {
  let body: unknown = payload && typeof payload === 'object' && 'body' in payload ? (payload as { body: unknown }).body : payload;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      return {};
    }
  }
  if (!body || typeof body !== 'object') return {};
  const b = body as { escalationId?: unknown; ticketIds?: unknown };
  return {
    ...(typeof b.escalationId === 'string' ? { escalationId: b.escalationId } : {}),
    ...(Array.isArray(b.ticketIds) ? { ticketIds: b.ticketIds.map(Number).filter((n) => Number.isInteger(n)) } : {}),
  };
}

/** Calls `onUpdate` whenever the proxy says an escalation changed (every instance of the app hears it). */
export function useEscalationUpdates(onUpdate: (update: EscalationUpdate) => void): void {
  const client = useClient();
  const latest = useRef(onUpdate);
  latest.current = onUpdate;
  useEffect(() => {
    const handler = (payload: unknown) => latest.current(readEscalationUpdate(payload));
    client.on(ESCALATION_UPDATED_EVENT, handler);
    return () => client.off(ESCALATION_UPDATED_EVENT, handler);
  }, [client]);
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Escalation } from '../../../core/api';
import { useAppVisible, useEscalationUpdates, type EscalationUpdate, type ProxyApi } from '../../zaf';
import { ProxyError } from '../../zaf/proxyClient';

/**
 * How often an open sidebar asks the proxy again when nothing is under way. The proxy pushes every
 * change (api_notification.escalation_updated, issue 11), so this is only the fallback for a lost push
 * or a proxy without ZENDESK_APP_ID.
 */
export const REFRESH_MS = 30_000;
/** While steps are still running (the channel being set up, a linked ticket's note), so "Done" shows at once. */
export const PENDING_REFRESH_MS = 1_000;

/** Whether the proxy is still working on it: the escalation, any of its steps or a customer update's send pending. */
export function stepsPending(escalation: Escalation): boolean {
  return (
    escalation.state === 'pending' ||
    escalation.steps.some((s) => s.status === 'pending') ||
    (escalation.customerUpdates ?? []).some((u) => u.tickets.some((s) => s.status === 'pending'))
  );
}

/** Whether a pushed update concerns this sidebar: its ticket or its escalation, or (unreadable) maybe. */
export function concerns(update: EscalationUpdate, ticketId: number, escalationId: string | null): boolean {
  if (!update.ticketIds && !update.escalationId) return true;
  return (update.ticketIds?.includes(ticketId) ?? false) || (escalationId !== null && update.escalationId === escalationId);
}

export type EscalationLoad = {
  /** undefined until the first answer; null when the ticket has no escalation. */
  escalation: Escalation | null | undefined;
  /** The last read's failure; the last escalation read stays on screen beside it. */
  error: ProxyError | null;
  /** Wall clock of the last render-worthy tick, for "No update for N min". */
  now: number;
  refresh: () => Promise<void>;
  /** Shows what the proxy answered to a create, join or retry. */
  receive: (escalation: Escalation) => void;
};

const asProxyError = (e: unknown) => (e instanceof ProxyError ? e : new ProxyError(0, 'network', String(e)));

/**
 * The ticket's escalation as the proxy stored it. Read on mount, at once when the proxy says it changed
 * (api_notification.escalation_updated), when the host shows the app again, and as a fallback every
 * REFRESH_MS while the app is on screen and escalated (PENDING_REFRESH_MS while steps are pending; not
 * at all once archived). A refresh never blanks what is shown.
 */
export function useEscalation(api: ProxyApi, ticketId: number): EscalationLoad {
  const [escalation, setEscalation] = useState<Escalation | null | undefined>(undefined);
  const [error, setError] = useState<ProxyError | null>(null);
  const [now, setNow] = useState(() => Date.now());
  // Only the newest read may win, and a create/join answer outranks a read that started before it.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const call = ++latest.current;
    try {
      const found = await api.getEscalationByTicket(ticketId);
      if (call !== latest.current) return;
      setEscalation(found);
      setError(null);
    } catch (e) {
      if (call === latest.current) setError(asProxyError(e));
    } finally {
      if (call === latest.current) setNow(Date.now());
    }
  }, [api, ticketId]);

  const receive = useCallback((next: Escalation) => {
    latest.current++;
    setEscalation(next);
    setError(null);
    setNow(Date.now());
  }, []);

  const visible = useAppVisible(() => void refresh());

  // The proxy's push: refetch at once when it names this ticket or this escalation. A ticket just
  // linked elsewhere is named by ticket id before this sidebar knows its escalation.
  const shownId = useRef<string | null>(null);
  shownId.current = escalation?.id ?? null;
  useEscalationUpdates((update) => {
    if (concerns(update, ticketId, shownId.current)) void refresh();
  });

  useEffect(() => {
    const reads = latest;
    void refresh();
    return () => {
      reads.current++; // drop answers that arrive after unmount or a ticket change
    };
  }, [refresh]);

  const period =
    !visible || escalation == null || escalation.state === 'archived'
      ? null
      : stepsPending(escalation)
        ? PENDING_REFRESH_MS
        : REFRESH_MS;
  useEffect(() => {
    if (period === null) return;
    const timer = setInterval(() => void refresh(), period);
    return () => clearInterval(timer);
  }, [period, refresh]);

  return { escalation, error, now, refresh, receive };
}

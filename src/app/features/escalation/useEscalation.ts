import { useCallback, useEffect, useRef, useState } from 'react';
import type { Escalation } from '../../../core/api';
import { useAppVisible, type ProxyApi } from '../../zaf';
import { ProxyError } from '../../zaf/proxyClient';

/** How often an open sidebar asks the proxy again (issue 4: the budget is this plus 100 ms). */
export const REFRESH_MS = 10_000;
/** While the channel is still being set up, so its link appears within seconds of the proxy having it. */
export const PENDING_REFRESH_MS = 3_000;

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
 * The ticket's escalation as the proxy stored it. Read on mount, every REFRESH_MS while the app is on
 * screen and escalated (PENDING_REFRESH_MS while the channel is being set up; not at all once archived),
 * and when the host shows the app again. A refresh never blanks what is shown.
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
      : escalation.state === 'pending'
        ? PENDING_REFRESH_MS
        : REFRESH_MS;
  useEffect(() => {
    if (period === null) return;
    const timer = setInterval(() => void refresh(), period);
    return () => clearInterval(timer);
  }, [period, refresh]);

  return { escalation, error, now, refresh, receive };
}

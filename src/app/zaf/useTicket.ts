import { useCallback, useEffect, useRef, useState } from 'react';
import type { TicketSnapshot } from '../../core/types';
import { useClient } from './ClientProvider';
import { changedSince, dropFirstReadTicket, firstReadTicket, type FirstTicket } from './firstRead';
import { customFieldPath, TICKET_PATHS, ticketChangeEvents, toTicketSnapshot } from './ticketMapping';
import { errorText } from './useSettings';

export type TicketState = {
  ticket: TicketSnapshot | null;
  error: string | null;
  refresh: () => Promise<void>;
};

/**
 * The open ticket as a TicketSnapshot, with the given custom fields; read again whenever the host
 * reports a change to the ticket, one of those fields, or shows the app again.
 */
export function useTicket(fieldIds: readonly string[]): TicketState {
  const client = useClient();
  // The first read answers the first mount only; later mounts and new field ids ask the host.
  const first = useRef<FirstTicket | null | undefined>(undefined);
  if (first.current === undefined) first.current = firstReadTicket(client, fieldIds);
  const [ticket, setTicket] = useState<TicketSnapshot | null>(first.current?.snapshot ?? null);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  // A stable key so a new array with the same ids does not resubscribe.
  const idsKey = fieldIds.join(',');

  const refresh = useCallback(async () => {
    const ids = idsKey === '' ? [] : idsKey.split(',');
    // Events can arrive in bursts; only the newest read may win.
    const call = ++latest.current;
    try {
      const result = await client.get([...TICKET_PATHS, ...ids.map(customFieldPath)]);
      if (call !== latest.current) return;
      setTicket(toTicketSnapshot(result, ids));
      setError(null);
    } catch (e) {
      if (call === latest.current) setError(errorText(e));
    }
  }, [client, idsKey]);

  useEffect(() => {
    const events = ticketChangeEvents(idsKey === '' ? [] : idsKey.split(','));
    const onChange = () => void refresh();
    const reads = latest;
    for (const event of events) client.on(event, onChange);
    // Started from the first read: read again only if the ticket changed before we listened.
    // Taken in the effect, not the render: a render React throws away must not use it up.
    const started = first.current;
    first.current = null;
    dropFirstReadTicket(client);
    if (!started || changedSince(client, started)) void refresh();
    return () => {
      for (const event of events) client.off(event, onChange);
      reads.current++; // drop answers that arrive after unmount
    };
  }, [client, idsKey, refresh]);

  return { ticket, error, refresh };
}

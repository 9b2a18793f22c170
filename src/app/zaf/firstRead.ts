import type { TicketSnapshot } from '../../core/types';
import { mappedFieldIds, parseSettings, type AppSettings } from './settings';
import { customFieldPath, TICKET_PATHS, ticketFieldEvents, toTicketSnapshot } from './ticketMapping';
import type { ZafClient, ZafGetResult } from './types';

// The sidebar's first screen needs the settings, the agent's locale and the ticket. Asked for by the
// components that show them, they are round trips one after the other once the location's code has
// loaded; asked for here, they are one message sent the moment the host registers the app, while that
// code is still loading. ClientProvider renders the app once it is in, and the hooks start from it
// (they ask the host themselves when it failed, or when the ticket changed since).

type FirstRead = {
  settings?: AppSettings;
  locale?: string;
  ticket?: { fieldIds: string; snapshot: TicketSnapshot; changesAt: number };
  /** Ticket change events seen since the read was sent. */
  changes: number;
  /** Stops counting them, once the ticket was taken. */
  stopCounting?: () => void;
  /** A component started (with it or without it): an answer arriving later is not kept. */
  dropped: boolean;
  /** Answered or failed. */
  done: boolean;
  settled: Promise<void>;
};

const reads = new WeakMap<ZafClient, FirstRead>();

/** The agent's locale from a get result holding currentUser; "en" when the host does not say. */
export function localeOf(result: ZafGetResult): string {
  const user = result.currentUser;
  const value = typeof user === 'object' && user !== null && 'locale' in user ? user.locale : undefined;
  return typeof value === 'string' && value !== '' ? value : 'en';
}

/** Sends the first read once per client; it goes out when the host registers the app. */
export function startFirstRead(client: ZafClient): void {
  if (reads.has(client)) return;
  const read: FirstRead = { changes: 0, dropped: false, done: false, settled: Promise.resolve() };
  reads.set(client, read);
  read.settled = client
    .metadata()
    .then(async (metadata) => {
      if (read.dropped) return; // the components started without it
      const settings = parseSettings(metadata.settings);
      read.settings = settings;
      const fieldIds = mappedFieldIds(settings);
      const events = ticketFieldEvents(fieldIds);
      const count = () => read.changes++;
      for (const event of events) client.on(event, count);
      read.stopCounting = () => events.forEach((event) => client.off(event, count));
      const changesBefore = read.changes;
      const result = await client.get(['currentUser', ...TICKET_PATHS, ...fieldIds.map(customFieldPath)]);
      read.locale = localeOf(result);
      if (!read.dropped) read.ticket = { fieldIds: fieldIds.join(','), snapshot: toTicketSnapshot(result, fieldIds), changesAt: changesBefore };
    })
    // A failed first read only means the hooks ask for themselves.
    .catch(() => undefined)
    .then(() => {
      read.done = true;
    });
}

/** Whether the first read was answered or failed (true when none was sent). */
export function firstReadDone(client: ZafClient): boolean {
  return reads.get(client)?.done ?? true;
}

/** Resolves once the first read was answered or failed. */
export function whenFirstReadDone(client: ZafClient): Promise<void> {
  return reads.get(client)?.settled ?? Promise.resolve();
}

export function firstReadSettings(client: ZafClient): AppSettings | null {
  return reads.get(client)?.settings ?? null;
}

export function firstReadLocale(client: ZafClient): string | null {
  return reads.get(client)?.locale ?? null;
}

export type FirstTicket = { snapshot: TicketSnapshot; changesAt: number };

/** The ticket as first read with these custom fields, unless it changed since; null otherwise. */
export function firstReadTicket(client: ZafClient, fieldIds: readonly string[]): FirstTicket | null {
  const read = reads.get(client);
  const ticket = read?.ticket;
  if (!read || !ticket || ticket.fieldIds !== fieldIds.join(',') || read.changes !== ticket.changesAt) return null;
  return { snapshot: ticket.snapshot, changesAt: ticket.changesAt };
}

/**
 * Drops the first read's ticket once a component has started from it (or could not): our own writes
 * need not fire change events, so a component mounted later could get old data.
 */
export function dropFirstReadTicket(client: ZafClient): void {
  const read = reads.get(client);
  if (!read) return;
  read.dropped = true;
  read.ticket = undefined;
  read.stopCounting?.();
  read.stopCounting = undefined;
}

/** Whether the ticket changed after a snapshot taken from the first read. */
export function changedSince(client: ZafClient, first: FirstTicket): boolean {
  return (reads.get(client)?.changes ?? 0) !== first.changesAt;
}

import type { Escalation } from '../../../core/api';

/** The outage cadence the support process asks for (DESIGN.md "Communication"). */
export const DEFAULT_OUTAGE_CADENCE_MINUTES = 15;

export type UpdateAge = {
  /** Whole minutes since the last human update, or since the escalation began when there is none. */
  minutes: number;
  /** Minutes between expected updates; null when none is expected (triage threads, closed escalations). */
  cadence: number | null;
  stale: boolean;
  hasUpdate: boolean;
};

/** How long the channel has been quiet, and whether that is past its cadence. Pure: `now` is given. */
export function updateAge(escalation: Escalation, now: number): UpdateAge {
  const since = Date.parse(escalation.lastActivityAt ?? escalation.createdAt);
  const minutes = Number.isNaN(since) ? 0 : Math.max(0, Math.floor((now - since) / 60_000));
  const open = escalation.state === 'active' || escalation.state === 'pending';
  const cadence = !open
    ? null
    : (escalation.cadenceMinutes ?? (escalation.mode === 'channel' ? DEFAULT_OUTAGE_CADENCE_MINUTES : null));
  return { minutes, cadence, stale: cadence !== null && minutes >= cadence, hasUpdate: escalation.lastActivityAt !== null };
}

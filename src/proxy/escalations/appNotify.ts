// Tells the sidebar that an escalation changed, through Zendesk's Apps API notify endpoint, so every
// open sidebar of its tickets refetches at once instead of at its next poll. Fed by the one hook every
// change of an escalation's stored view goes through (EscalationService.notifyChange: steps done or
// failed, a channel update, a reminder, the summary, a ticket's status, archive).
//
// Durable, deduplicated, best effort: each change queues an `app_notify` job (unless one for the same
// escalation is still waiting to be claimed, which then carries this change too), run by the worker
// like any other job, on any instance. The notification only says "look again": a late or repeated one
// is harmless, a lost one costs one poll. A notify that keeps failing is logged and counted and then
// dropped after NOTIFY_MAX_ATTEMPTS; it never touches the escalation's state or steps.
import type { Transaction } from 'kysely';
import type { Job, JobHandler, Logger } from '../jobs/worker';
import { errorText } from '../jobs/worker';
import type { Store } from '../store/db';
import { enqueueJob } from '../store/jobs';
import { getEscalationRow, getTickets } from '../store/escalations';
import type { Database } from '../store/tables';

export const NOTIFY_JOB = 'app_notify';
/** The app listens for `api_notification.escalation_updated`. */
export const NOTIFY_EVENT = 'escalation_updated';
/** A first try and two retries (429/5xx/network only); then the sidebar's polling covers it. */
export const NOTIFY_MAX_ATTEMPTS = 3;

export interface NotifyJobPayload {
  escalationId: string;
}

/** What the app receives as the event's body. */
export interface EscalationUpdatedBody {
  escalationId: string;
  ticketIds: number[];
}

export interface NotifyPort {
  notifyApp(appId: number, event: string, body: unknown): Promise<void>;
}

export interface AppNotifierDeps {
  store: Store;
  zendesk: NotifyPort;
  /** ZENDESK_APP_ID; null: nothing is queued and the sidebar follows by polling. */
  appId: number | null;
  now: () => Date;
  /** Look for work now (the in-process worker). */
  wake: () => void;
  log: () => Logger;
}

export interface NotifyCounts {
  /** Jobs queued (one change, or several that came while one was waiting). */
  queued: number;
  /** Changes carried by a notification that was already waiting. */
  coalesced: number;
  sent: number;
  /** Notifications given up on (after their attempts, or refused by Zendesk). */
  failed: number;
  /** Changes whose job could not even be queued (the store was unreachable). */
  notQueued: number;
}

export class AppNotifier {
  readonly counts: NotifyCounts = { queued: 0, coalesced: 0, sent: 0, failed: 0, notQueued: 0 };
  /** Settles once every queueing started so far is done (tests, shutdown). */
  private queueing = new Set<Promise<void>>();
  private chains = new Map<string, Promise<void>>();

  constructor(private readonly deps: AppNotifierDeps) {}

  get enabled(): boolean {
    return this.deps.appId !== null;
  }

  /** The change hook: never throws, never waits; the escalation's own work goes on regardless. */
  changed = (escalationId: string): void => {
    if (!this.enabled) return;
    // One queueing at a time per escalation in this process, so a burst (steps finishing together)
    // finds the job the first one queued instead of racing it; other instances may add one more.
    const prev = this.chains.get(escalationId) ?? Promise.resolve();
    const p = prev.then(() => this.enqueue(escalationId)).catch((e: unknown) => {
      this.counts.notQueued++;
      this.deps.log().warn({ escalationId, err: errorText(e) }, 'could not queue the app notification; the sidebar will see the change at its next poll');
    });
    this.chains.set(escalationId, p);
    this.queueing.add(p);
    void p.finally(() => {
      this.queueing.delete(p);
      if (this.chains.get(escalationId) === p) this.chains.delete(escalationId);
    });
  };

  async settled(): Promise<void> {
    await Promise.all([...this.queueing]);
  }

  private async enqueue(escalationId: string): Promise<void> {
    const { store, now } = this.deps;
    const payload: NotifyJobPayload = { escalationId };
    const payloadJson = JSON.stringify(payload);
    // Only a job nobody has claimed yet can carry this change: one already running may have read the
    // escalation's tickets, or been sent, before this change was stored.
    const waiting = await store.db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', NOTIFY_JOB)
      .where('payload_json', '=', payloadJson)
      .where('state', '=', 'queued')
      .where('attempts', '=', 0)
      .where('locked_by', 'is', null)
      .executeTakeFirst();
    if (waiting) {
      this.counts.coalesced++;
      return;
    }
    const at = now();
    await enqueueJob(store.db, { kind: NOTIFY_JOB, payload, runAt: at, maxAttempts: NOTIFY_MAX_ATTEMPTS }, at);
    this.counts.queued++;
    this.deps.wake();
  }

  handler(): JobHandler<NotifyJobPayload> {
    const { store, zendesk } = this.deps;
    return {
      run: async (job: Job<NotifyJobPayload>) => {
        const appId = this.deps.appId;
        if (appId === null) return; // configured away since it was queued: nothing to tell
        const { escalationId } = job.payload;
        const [row, tickets] = await Promise.all([getEscalationRow(store.db, escalationId), getTickets(store.db, escalationId)]);
        if (!row) return;
        const body: EscalationUpdatedBody = { escalationId, ticketIds: tickets.map((t) => t.ticket_id) };
        await zendesk.notifyApp(appId, NOTIFY_EVENT, body);
        this.counts.sent++;
      },
      onError: async (trx: Transaction<Database>, job: Job<NotifyJobPayload>, error: unknown, willRetry: boolean) => {
        if (willRetry) return;
        this.counts.failed++;
        this.deps.log().warn({ escalationId: job.payload.escalationId, attempt: job.attempt, err: errorText(error) }, 'app notification dropped; the sidebar will see the change at its next poll');
        // Nothing to keep: a dropped notification is not work anyone should pick up again.
        await trx.deleteFrom('jobs').where('id', '=', job.id).execute();
      },
    };
  }
}

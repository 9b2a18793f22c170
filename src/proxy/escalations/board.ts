// The board outside the steps: checking a key an agent or engineer gives with Jira before it is stored,
// linking one to a running escalation (/outage-board), the board as the escalation's GET shows it, and
// its status kept fresh (one Jira read when the stored one is older than a minute, never long).
import type { Escalation } from '../../core/api';
import { boardKeySchema } from '../../core/api';
import { HttpError } from '../errors';
import type { JiraGateway } from '../jira/gateway';
import { JiraCallError } from '../jira/gateway';
import type { Routing } from '../routing';
import { routeFor } from '../routing';
import { recordBoardStatus, setBoard } from '../store/board';
import type { Store } from '../store/db';
import { runTransaction } from '../store/db';
import { getSteps, getTickets, newStepRow } from '../store/escalations';
import { escalationForChannel, markInbound } from '../store/loop';
import { BOARD_STEPS, boardPlan } from './plan';
import { applyEvent } from './transitions';
import { NOT_CONFIGURED } from './steps/types';

export type BoardPort = Pick<JiraGateway, 'issue' | 'browseUrl'>;

export interface BoardDeps {
  store: Store;
  routing: Routing;
  /** Null when the proxy has no Jira configuration. */
  jira: BoardPort | null;
  maxAttempts: number;
  now: () => Date;
  wake: () => void;
  onChange: (escalationId: string) => void;
}

/** The stored status is read again from Jira when older than this. */
export const BOARD_STATUS_MAX_AGE_MS = 60_000;
/** How long a GET waits for that read before answering with the stored status. */
const REFRESH_WAIT_MS = 1500;
/** How long a key check may take inside a request (Slack gives a command 3 s). */
const VERIFY_WAIT_MS = 2000;


export type VerifiedKey = { ok: true; key: string; url: string; status: string | null } | { ok: false; reason: 'not_configured' | 'unknown' | 'unavailable'; message: string };

function within<T>(p: Promise<T>, ms: number): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export class BoardService {
  /** Reads in flight per key, and when each key was last read, so a GET storm makes one Jira call a minute. */
  private readonly reading = new Map<string, Promise<string | null>>();
  private readonly lastRead = new Map<string, number>();

  constructor(private readonly deps: BoardDeps) {}

  get configured(): boolean {
    return this.deps.jira !== null;
  }

  /** Asks Jira whether the issue exists (and the proxy's user can see it). */
  async verify(key: string): Promise<VerifiedKey> {
    const jira = this.deps.jira;
    if (!jira) return { ok: false, reason: 'not_configured', message: NOT_CONFIGURED };
    try {
      const issue = await within(jira.issue(key), VERIFY_WAIT_MS);
      if (issue === 'late') return { ok: false, reason: 'unavailable', message: `Jira did not answer within ${VERIFY_WAIT_MS / 1000} s; try again in a moment` };
      if (!issue) return { ok: false, reason: 'unknown', message: `Jira has no issue ${key} (or the proxy's Jira user cannot see it); check the key` };
      return { ok: true, key: issue.key, url: issue.url, status: issue.status };
    } catch (e) {
      const why = e instanceof JiraCallError ? e.code : 'error';
      return { ok: false, reason: 'unavailable', message: `Jira could not be asked about ${key} (${why}); try again in a moment` };
    }
  }

  /** The key of a new escalation's body, checked: a 4xx or 503 in words when it cannot be linked. */
  async verifyForRequest(key: string): Promise<{ key: string; url: string; status: string | null }> {
    const v = await this.verify(key);
    if (v.ok) return v;
    if (v.reason === 'unavailable') throw new HttpError(503, 'board_unavailable', v.message, 'boardKey');
    throw new HttpError(422, v.reason === 'unknown' ? 'unknown_board_key' : 'board_not_configured', v.message, 'boardKey');
  }

  /** Whether a new escalation of this type (and product) gets board steps. */
  planned(issueType: Escalation['issueType'], product: string | null | undefined, givenKey: boolean): boolean {
    return this.configured && (givenKey || routeFor(this.deps.routing, issueType, product).board !== null);
  }

  /**
   * The board as the GET shows it: the stored item, the error that keeps it from being made, or none.
   * Reads the status again (at most once a minute per key, waiting at most 1.5 s) when it is stale.
   */
  async view(esc: Escalation): Promise<Escalation> {
    if (!esc.board && !this.configured && routeFor(this.deps.routing, esc.issueType, esc.product).board) return { ...esc, board: { error: NOT_CONFIGURED, errorCode: 'not_configured' } };
    const key = esc.board?.key;
    if (!key || !this.deps.jira || esc.state === 'archived') return esc;
    const at = this.deps.now().getTime();
    const storedAt = esc.board?.statusAt ? Date.parse(esc.board.statusAt) : 0;
    if (at - storedAt < BOARD_STATUS_MAX_AGE_MS || at - (this.lastRead.get(key) ?? 0) < BOARD_STATUS_MAX_AGE_MS) return esc;
    const read = this.reading.get(key) ?? this.readStatus(key);
    // What this read found; late or failed, the stored status (a webhook may have stored a newer one).
    const status = await within(read, REFRESH_WAIT_MS);
    return status !== 'late' && status !== null && esc.board ? { ...esc, board: { ...esc.board, status } } : esc;
  }

  /** The status Jira has now, stored; null when Jira did not say (the stored one stays). */
  private readStatus(key: string): Promise<string | null> {
    const jira = this.deps.jira!;
    // Stamped before the call: a webhook stored while it is under way is newer and is not overwritten.
    const askedAt = this.deps.now();
    this.lastRead.set(key, askedAt.getTime());
    const p = (async () => {
      try {
        const issue = await jira.issue(key);
        if (!issue?.status) return null;
        const changed = await recordBoardStatus(this.deps.store.db, key, issue.status, askedAt.toISOString());
        for (const id of changed) this.deps.onChange(id);
        return issue.status;
      } catch {
        // Jira down or the issue gone: the stored status stays; the next read is a minute away.
        return null;
      } finally {
        this.reading.delete(key);
      }
    })();
    this.reading.set(key, p);
    return p;
  }

  /** Jira's webhook: an issue's status, recorded once per delivery id; answers 'duplicate' for a repeat. */
  async statusHeard(deliveryId: string | null, key: string, status: string, at: string): Promise<'recorded' | 'duplicate'> {
    const { store, now } = this.deps;
    const changed = await runTransaction(store.db, async (trx) => {
      if (deliveryId && !(await markInbound(trx, `jira:${deliveryId}`, 'jira', now()))) return null;
      return recordBoardStatus(trx, key.toUpperCase(), status, at);
    });
    for (const id of changed ?? []) this.deps.onChange(id);
    return changed ? 'recorded' : 'duplicate';
  }

  /** `/outage-board ENG-123` in an outage channel: the words the engineer sees (ephemeral), or null for a repeated delivery. */
  async linkFromChannel(channelId: string, text: string, triggerId: string): Promise<string | null> {
    const { store, now } = this.deps;
    if (!(await markInbound(store.db, `slack-trigger:${triggerId}`, 'slack', now()))) return null;
    const parsed = boardKeySchema.safeParse(text);
    if (!parsed.success) return 'Usage: /outage-board ENG-123 (the key of the Jira issue this outage is tracked in).';
    const key = parsed.data;
    const row = await escalationForChannel(store.db, channelId);
    if (!row || row.mode !== 'channel') return '/outage-board works in an outage channel opened by the escalation app; this channel is not one (or it is already archived).';
    if (row.board_key === key) return `This escalation is already linked to ${key}.`;
    if (row.board_key) return `This escalation is already on the board as ${row.board_key} (${row.board_url ?? ''}); it keeps that item.`;
    const v = await this.verify(key);
    if (!v.ok) return `${v.message}. Nothing was linked.`;
    const at = now();
    await runTransaction(store.db, async (trx) => {
      await setBoard(trx, row.id, { key: v.key, url: v.url, status: v.status, statusAt: v.status ? at.toISOString() : null });
      const steps = await getSteps(trx, row.id);
      const item = steps.find((s) => s.name === 'board_item');
      if (!item) {
        const tickets = (await getTickets(trx, row.id)).map((t) => t.ticket_id);
        const rows = boardPlan(row.mode, tickets).map((s) => newStepRow(row.id, s, at.toISOString()));
        if (rows.length) await trx.insertInto('steps').values(rows).execute();
        await applyEvent(trx, row.id, { type: 'planned' }, at, this.deps.maxAttempts);
      } else if (item.status === 'failed') {
        // It failed while Jira was down or unconfigured for this type: the board's steps run again and
        // keep this key; the escalation's other failed steps wait for the agent's Retry.
        await applyEvent(trx, row.id, { type: 'retry_requested', only: BOARD_STEPS }, at, this.deps.maxAttempts);
      }
    });
    this.deps.wake();
    this.deps.onChange(row.id);
    return `Linked ${v.key}${v.status ? ` (${v.status})` : ''} to this escalation: it gets links to the tickets and this channel, and the engineering summary as a comment.`;
  }
}

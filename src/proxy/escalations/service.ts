// The escalation operations behind the routes. Create stores the escalation, its ticket, its steps and
// the first job in ONE transaction (the ticket's primary key makes a concurrent duplicate lose and
// read the winner), wakes the worker, and waits a short while for the channel.
import { EventEmitter } from 'node:events';
import { randomBytes, randomUUID } from 'node:crypto';
import type { CreateEscalationRequest, CustomerUpdate, CustomerUpdateRequest, Escalation, EscalationState, LinkTicketRequest } from '../../core/api';
import { ISSUE_TYPES } from '../../core/issueTypes';
import { HttpError } from '../errors';
import type { Routing } from '../routing';
import { routeFor } from '../routing';
import type { Store } from '../store/db';
import { isUniqueViolation, runTransaction } from '../store/db';
import { customerUpdateStepKey, findRepeat, insertCustomerUpdate } from '../store/customerUpdates';
import { escalationIdForTicket, getEscalationRow, getTickets, insertEscalation, linkTicket, listEscalations, loadEscalation, newStepRow } from '../store/escalations';
import { applyEvent } from './transitions';
import { planFor } from './plan';
import { withStatus } from '../loop/status';
import type { BoardService } from './board';

export interface ServiceDeps {
  store: Store;
  routing: Routing;
  maxAttempts: number;
  now: () => Date;
  /** Look for work now (the in-process worker); other instances find it at their next poll. */
  wake: () => void;
  /** A ticket's link from our own Zendesk URL: the one in a request body is never used. */
  ticketUrl: (ticketId: number) => string;
  /** The board (Jira): keys checked before they are stored, the board shown on every GET. */
  board: BoardService;
}

/** Without an Idempotency-Key, the same text and status sent again within this window is the same send. */
export const CUSTOMER_UPDATE_REPEAT_WINDOW_MS = 10 * 60_000;

export class EscalationService {
  /** 'change' (escalationId) whenever a step of an escalation finished or failed in this process. */
  readonly events = new EventEmitter();

  constructor(private readonly deps: ServiceDeps) {
    this.events.setMaxListeners(0);
  }

  notifyChange = (escalationId: string): void => {
    this.events.emit('change', escalationId);
  };

  async create(req: CreateEscalationRequest): Promise<{ created: boolean; escalation: Escalation }> {
    const { store, now } = this.deps;
    const route = routeFor(this.deps.routing, req.issueType, req.product);
    const mode = route.mode;
    if (mode === 'none') {
      throw new HttpError(422, 'not_escalated', `${ISSUE_TYPES[req.issueType].label} tickets are not escalated to engineering; support handles them`, 'issueType');
    }
    const existing = await escalationIdForTicket(store.db, req.ticket.id);
    if (existing) return { created: false, escalation: await this.mustLoad(existing) };
    // A key the agent gave is Jira's before it is ours: unknown or unreachable, nothing is stored.
    const given = req.boardKey ? await this.deps.board.verifyForRequest(req.boardKey) : null;
    const board = this.deps.board.planned(req.issueType, req.product, given !== null);

    const id = randomUUID();
    const at = now();
    const iso = at.toISOString();
    try {
      await runTransaction(store.db, async (trx) => {
        const steps = planFor(mode, req.ticket.id, { board }).map((step) => newStepRow(id, step, iso));
        await insertEscalation(
          trx,
          {
            id,
            issue_type: req.issueType,
            mode,
            state: 'pending',
            subject: req.ticket.subject,
            product: req.product ?? null,
            organization: req.ticket.organization ?? null,
            request_json: JSON.stringify(req),
            channel_intent: null,
            channel_id: null,
            channel_name: null,
            channel_url: null,
            thread_ts: null,
            created_at: iso,
            updated_at: iso,
            last_activity_at: null,
            latest_update_json: null,
            summary_json: null,
            ...(given ? { board_key: given.key, board_url: given.url, board_status: given.status, board_status_at: given.status ? iso : null } : {}),
          },
          this.vouchedLink(req.ticket),
          steps,
        );
        await applyEvent(trx, id, { type: 'planned' }, at, this.deps.maxAttempts);
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      const winner = await escalationIdForTicket(store.db, req.ticket.id);
      if (!winner) throw e;
      return { created: false, escalation: await this.mustLoad(winner) };
    }
    this.deps.wake();
    return { created: true, escalation: await this.mustLoad(id) };
  }

  /** Waits until the escalation has its channel (or thread), failed, or `ms` passed; answers what is stored. */
  async waitUntilPlaced(id: string, ms: number): Promise<Escalation> {
    const end = Date.now() + ms;
    let esc = await this.mustLoad(id);
    while (esc.state === 'pending' && Date.now() < end) {
      await new Promise<void>((resolve) => {
        // Another instance may run the step: poll the store as well as listening here.
        const onChange = (changed: string) => changed === id && done();
        const done = () => {
          clearTimeout(timer);
          this.events.off('change', onChange);
          resolve();
        };
        const timer = setTimeout(done, Math.min(100, Math.max(0, end - Date.now())));
        this.events.on('change', onChange);
      });
      esc = await this.mustLoad(id);
    }
    return esc;
  }

  async get(id: string): Promise<Escalation | null> {
    const esc = await this.withStatus(await loadEscalation(this.deps.store.db, id));
    return esc ? this.deps.board.view(esc) : null;
  }

  async byTicket(ticketId: number): Promise<Escalation | null> {
    const id = await escalationIdForTicket(this.deps.store.db, ticketId);
    return id ? this.get(id) : null;
  }

  async list(state?: EscalationState): Promise<Escalation[]> {
    return withStatus(this.deps.store.db, this.deps.routing, await listEscalations(this.deps.store.db, state));
  }

  /** Adds who was invited and the reminder cadence (what the sidebar's status shows). */
  private async withStatus(esc: Escalation | null): Promise<Escalation | null> {
    return esc ? ((await withStatus(this.deps.store.db, this.deps.routing, [esc]))[0] ?? esc) : null;
  }

  /** Joins another ticket: it gets the note, the channel gets a message. Repeating it is harmless. */
  async linkTicket(id: string, req: LinkTicketRequest): Promise<{ created: boolean; escalation: Escalation }> {
    const { store, now } = this.deps;
    const esc = await this.get(id);
    if (!esc) throw new HttpError(404, 'not_found', `no escalation ${id}`);
    if (esc.state === 'archived') throw new HttpError(409, 'archived', 'this escalation is closed and its channel archived');
    const owner = await escalationIdForTicket(store.db, req.ticket.id);
    if (owner === id) return { created: false, escalation: esc };
    if (owner) throw new HttpError(409, 'ticket_already_escalated', `ticket ${req.ticket.id} belongs to another escalation (${owner})`, 'ticket.id');
    const at = now();
    try {
      await runTransaction(store.db, async (trx) => {
        const board = esc.steps.some((s) => s.name === 'board_item');
        const steps = planFor('link', req.ticket.id, { board }).map((step) => newStepRow(id, step, at.toISOString()));
        await linkTicket(trx, id, this.vouchedLink(req.ticket), req.agent?.name ?? null, at.toISOString(), steps);
        await applyEvent(trx, id, { type: 'planned' }, at, this.deps.maxAttempts);
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      return this.linkTicket(id, req); // lost a race: answer as the winner left it
    }
    this.deps.wake();
    return { created: true, escalation: await this.mustLoad(id) };
  }

  /**
   * Resumes a failed escalation from its failed steps (the done ones are not repeated). Their attempt
   * counts go on, so each retried step looks for its earlier effect first; concurrent retries queue
   * each step once (the lifecycle's compare-and-set makes the losers see it is no longer failed).
   */
  async retry(id: string): Promise<Escalation> {
    const { store, now } = this.deps;
    const esc = await this.get(id);
    if (!esc) throw new HttpError(404, 'not_found', `no escalation ${id}`);
    const at = now();
    await runTransaction(store.db, (trx) => applyEvent(trx, id, { type: 'retry_requested' }, at, this.deps.maxAttempts));
    this.deps.wake();
    return this.mustLoad(id);
  }

  /**
   * Stores one customer update and, per linked ticket, a customer_update step that sends it as a
   * public reply, in one transaction. A repeat (the same Idempotency-Key, or without one the same text
   * and status within CUSTOMER_UPDATE_REPEAT_WINDOW_MS) answers the update already stored and sends
   * nothing more; concurrent repeats queue behind the escalation's row, so only one is stored.
   */
  async sendCustomerUpdate(id: string, req: CustomerUpdateRequest, idempotencyKey: string | null): Promise<{ created: boolean; update: CustomerUpdate }> {
    const { store, now } = this.deps;
    const archived = () => new HttpError(409, 'archived', 'this escalation is closed and its channel archived; answer its tickets one by one');
    const row = await getEscalationRow(store.db, id);
    if (!row) throw new HttpError(404, 'not_found', `no escalation ${id}`);
    if (row.state === 'archived') throw archived();
    const at = now();
    const iso = at.toISOString();
    const setStatus = req.setStatus ?? null;
    const { created, updateId } = await runTransaction(store.db, async (trx) => {
      // Taken first: a concurrent repeat waits here, then sees this update below.
      await trx.updateTable('escalations').set({ updated_at: iso }).where('id', '=', id).execute();
      // Looked at again under that lock: archived since, its steps would never be queued.
      if ((await getEscalationRow(trx, id))?.state === 'archived') throw archived();
      const since = new Date(at.getTime() - CUSTOMER_UPDATE_REPEAT_WINDOW_MS).toISOString();
      const repeat = await findRepeat(trx, id, { idempotencyKey, text: req.text, setStatus }, since);
      if (repeat) return { created: false, updateId: repeat.id };
      const updateId = randomBytes(10).toString('hex');
      await insertCustomerUpdate(trx, { id: updateId, escalation_id: id, text: req.text, set_status: setStatus, sent_by: req.agent?.name ?? null, idempotency_key: idempotencyKey, created_at: iso });
      const tickets = await getTickets(trx, id);
      await trx
        .insertInto('steps')
        .values(tickets.map((t) => ({ ...newStepRow(id, { name: 'customer_update', ticketId: t.ticket_id }, iso), key: customerUpdateStepKey(updateId, t.ticket_id) })))
        .execute();
      await applyEvent(trx, id, { type: 'planned' }, at, this.deps.maxAttempts);
      return { created: true, updateId };
    });
    if (created) {
      this.deps.wake();
      this.notifyChange(id);
    }
    const update = (await this.mustLoad(id)).customerUpdates?.find((u) => u.id === updateId);
    if (!update) throw new Error(`customer update ${updateId} vanished`);
    return { created, update };
  }

  /** The ticket as stored: the id and the body's subject (a hint until Zendesk answers), our own link. */
  private vouchedLink(ticket: { id: number; subject: string }): { id: number; subject: string; url: string } {
    return { id: ticket.id, subject: ticket.subject, url: this.deps.ticketUrl(ticket.id) };
  }

  private async mustLoad(id: string): Promise<Escalation> {
    const esc = await this.get(id);
    if (!esc) throw new HttpError(404, 'not_found', `no escalation ${id}`);
    return esc;
  }
}

import {
  createEscalationRequestSchema,
  customerUpdateRequestSchema,
  type CustomerUpdate,
  linkTicketRequestSchema,
  STEP_NAMES,
  type Escalation,
  type EscalationStep,
} from '../../../../core/api';
import { ISSUE_TYPES } from '../../../../core/issueTypes';
import type { ZafRequestOptions } from '../../../zaf/types';

// A stand-in for the proxy behind the host's client.request, routed by method and URL like the real
// one (src/core/api.ts), so tests read as the proxy's behaviour. A route it does not know answers 404
// with a message naming it, so a wrong URL fails the test loudly.

export const PROXY_URL = 'https://proxy.example.test';

type Fault = { status: number; error?: string; message?: string } | 'network';
type Pending = { match: string; release: Promise<void> };

const iso = (ms: number) => new Date(ms).toISOString();

/** An escalation as the proxy stores it; override any field. */
export function escalationFixture(overrides: Partial<Escalation> = {}): Escalation {
  const now = iso(Date.now());
  const mode = overrides.mode ?? ISSUE_TYPES[overrides.issueType ?? 'outage'].mode;
  const names = mode === 'channel' ? ['create_channel', 'invite', 'post_card', 'bookmark', 'zendesk_note'] : ['find_triage_channel', 'post_card', 'zendesk_note'];
  const steps: EscalationStep[] = names.map((name) => ({
    name: name as (typeof STEP_NAMES)[number],
    ticketId: name === 'zendesk_note' ? (overrides.ticketIds?.[0] ?? 4242) : null,
    status: 'done',
    attempts: 1,
    lastError: null,
    updatedAt: now,
  }));
  return {
    id: 'esc_1',
    ticketIds: [4242],
    issueType: 'outage',
    mode,
    state: 'active',
    subject: 'Gradebook will not load',
    product: null,
    organization: null,
    steps,
    slack: mode === 'channel' ? { channelId: 'C100', channelName: 'outage-4242-gradebook', url: 'https://slack.example/archives/C100' } : {},
    createdAt: now,
    updatedAt: now,
    lastActivityAt: null,
    latestUpdate: null,
    summary: null,
    ...overrides,
  };
}

export class FakeProxy {
  readonly escalations = new Map<string, Escalation>();
  /** Every request as "METHOD /path?query", in order. */
  readonly log: string[] = [];
  /** False: the proxy's shared secret differs from the app's, so every token is refused. */
  secretMatches = true;
  /** Every customer update POST (answered or failed): its body and Idempotency-Key. */
  readonly customerUpdatePosts: Array<{ body: unknown; key: string | undefined }> = [];
  private updatesByKey = new Map<string, CustomerUpdate>();
  private faults: Array<{ match: string; fault: Fault }> = [];
  private pending: Pending[] = [];
  private nextId = 1;

  add(escalation: Escalation): Escalation {
    this.escalations.set(escalation.id, escalation);
    return escalation;
  }

  /** Changes a stored escalation, as Slack activity or the worker would. */
  update(id: string, patch: Partial<Escalation>): void {
    const current = this.escalations.get(id);
    if (current === undefined) throw new Error(`fake proxy: no escalation ${id}`);
    this.escalations.set(id, { ...current, ...patch, updatedAt: iso(Date.now()) });
  }

  /** The next request whose "METHOD /path" contains `match` gets this fault instead of an answer. */
  failNext(match: string, fault: Fault): void {
    this.faults.push({ match, fault });
  }

  /** Holds the next matching request until the returned function is called. */
  hold(match: string): () => void {
    let release = () => undefined as void;
    this.pending.push({ match, release: new Promise<void>((r) => (release = r)) });
    return () => release();
  }

  count(match: string): number {
    return this.log.filter((line) => line.includes(match)).length;
  }

  readonly handle = async (options: ZafRequestOptions): Promise<unknown> => {
    const url = new URL(options.url);
    const line = `${options.type} ${url.pathname}${url.search}`;
    this.log.push(line);
    if (url.pathname.endsWith('/customer-updates')) {
      this.customerUpdatePosts.push({ body: options.data === undefined ? undefined : (JSON.parse(options.data) as unknown), key: options.headers?.['Idempotency-Key'] });
    }
    const held = this.pending.findIndex((p) => line.includes(p.match));
    if (held >= 0) {
      const [p] = this.pending.splice(held, 1);
      await p?.release;
    }
    const faultAt = this.faults.findIndex((f) => line.includes(f.match));
    if (faultAt >= 0) {
      const [{ fault } = { fault: 'network' as Fault }] = this.faults.splice(faultAt, 1);
      if (fault === 'network') throw { status: 0, statusText: 'error', responseText: '' };
      return fail(fault.status, fault.error ?? 'fault', fault.message ?? 'injected fault');
    }
    const signed =
      options.secure === true &&
      options.headers?.Authorization === 'Bearer {{jwt.token}}' &&
      options.jwt?.secret_key === '{{setting.shared_secret}}';
    if (!signed || !this.secretMatches) return fail(401, 'unauthorized', 'The token is not signed with the shared secret');
    const body = options.data === undefined ? undefined : (JSON.parse(options.data) as unknown);
    return this.route(options.type, url, body, options.headers ?? {});
  };

  private route(method: string, url: URL, body: unknown, headers: Record<string, string> = {}): unknown {
    const path = url.pathname;
    let m: RegExpExecArray | null;
    if (method === 'GET' && (m = /^\/api\/escalations\/by-ticket\/(\d+)$/.exec(path))) {
      const found = [...this.escalations.values()].find((e) => e.ticketIds.includes(Number(m?.[1])));
      return found ? ok(200, found) : fail(404, 'not_found', 'No escalation for this ticket');
    }
    if (method === 'GET' && path === '/api/escalations' && url.searchParams.get('state') === 'active') {
      return ok(200, { escalations: [...this.escalations.values()].filter((e) => e.state === 'active' || e.state === 'pending') });
    }
    if (method === 'POST' && path === '/api/escalations') return this.create(body);
    if (method === 'POST' && (m = /^\/api\/escalations\/([^/]+)\/tickets$/.exec(path))) return this.link(m[1] ?? '', body);
    if (method === 'POST' && (m = /^\/api\/escalations\/([^/]+)\/retry$/.exec(path))) {
      const e = this.escalations.get(m[1] ?? '');
      if (e === undefined) return fail(404, 'not_found', 'No such escalation');
      this.update(e.id, { state: 'active', steps: e.steps.map((s) => ({ ...s, status: 'done', lastError: null })) });
      return ok(200, this.escalations.get(e.id));
    }
    if (method === 'POST' && (m = /^\/api\/escalations\/([^/]+)\/customer-updates$/.exec(path))) {
      return this.customerUpdate(m[1] ?? '', body, headers['Idempotency-Key']);
    }
    return fail(404, 'not_found', `fake proxy has no route ${method} ${path}${url.search}`);
  }

  /** Stores the update with every ticket pending, as the proxy answers (202); a repeated key answers the first. */
  private customerUpdate(id: string, body: unknown, key: string | undefined): unknown {
    const parsed = customerUpdateRequestSchema.safeParse(body);
    if (!parsed.success) return fail(400, 'invalid_request', parsed.error.issues.map((i) => i.path.join('.')).join(', '));
    const e = this.escalations.get(id);
    if (e === undefined) return fail(404, 'not_found', 'No such escalation');
    const existing = key === undefined ? undefined : this.updatesByKey.get(key);
    if (existing) return ok(202, existing);
    const update: CustomerUpdate = {
      id: `cu${this.nextId++}`,
      text: parsed.data.text,
      setStatus: parsed.data.setStatus ?? null,
      sentBy: parsed.data.agent?.name ?? null,
      createdAt: iso(Date.now()),
      tickets: e.ticketIds.map((ticketId) => ({ ticketId, status: 'pending', error: null, sentAt: null })),
    };
    if (key !== undefined) this.updatesByKey.set(key, update);
    this.update(id, { customerUpdates: [...(e.customerUpdates ?? []), update] });
    return ok(202, update);
  }

  private create(body: unknown): unknown {
    const parsed = createEscalationRequestSchema.safeParse(body);
    if (!parsed.success) return fail(400, 'invalid_body', parsed.error.issues.map((i) => i.path.join('.')).join(', '));
    const { ticket, issueType, agent } = parsed.data;
    const existing = [...this.escalations.values()].find((e) => e.ticketIds.includes(ticket.id));
    if (existing) return ok(200, existing);
    if (ISSUE_TYPES[issueType].mode === 'none') return fail(422, 'not_escalated', `${issueType} tickets are not escalated`);
    const escalation = escalationFixture({
      id: `esc_new_${this.nextId++}`,
      ticketIds: [ticket.id],
      issueType,
      subject: ticket.subject,
      organization: ticket.organization ?? null,
      invited: [{ id: 'U1', name: 'Jordan (on call)' }, { id: 'U2', name: agent.name }],
    });
    this.add(escalation);
    return ok(201, escalation);
  }

  private link(id: string, body: unknown): unknown {
    const parsed = linkTicketRequestSchema.safeParse(body);
    if (!parsed.success) return fail(400, 'invalid_body', 'ticket');
    const e = this.escalations.get(id);
    if (e === undefined) return fail(404, 'not_found', 'No such escalation');
    this.update(id, { ticketIds: [...new Set([...e.ticketIds, parsed.data.ticket.id])] });
    return ok(200, this.escalations.get(id));
  }
}

function ok(status: number, body: unknown) {
  const responseText = JSON.stringify(body);
  return { status, statusText: 'OK', headers: { 'content-type': 'application/json' }, responseText, responseJSON: JSON.parse(responseText) as unknown };
}

/** A non-2xx answer rejects, as the host's request proxy does. */
function fail(status: number, error: string, message: string): Promise<never> {
  const responseText = JSON.stringify({ error, message });
  return Promise.reject({ status, statusText: 'error', responseText, responseJSON: JSON.parse(responseText) as unknown });
}

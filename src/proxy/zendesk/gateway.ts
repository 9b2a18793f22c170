// The proxy's only way to Zendesk: fetch with Basic email/token auth and a timeout on every call.
// Failures become ZendeskCallError (retryable for 429/5xx/network, with Retry-After).
import { HttpCallError } from '../httpCallError';
import { countCall } from '../metrics';

export class ZendeskCallError extends HttpCallError {
  constructor(operation: string, status: number | null, detail: string, retryAfterMs?: number, cause?: unknown) {
    super('Zendesk', operation, status, detail, retryAfterMs, cause);
    this.name = 'ZendeskCallError';
  }
}

export interface ZendeskComment {
  id: number;
  body: string;
  public: boolean;
  createdAt?: string;
}

/** Zendesk's ticket statuses an update may set. */
export type SettableStatus = 'open' | 'pending' | 'hold' | 'solved';

/** What Zendesk says about a ticket: the only subject, organization and requester the proxy shows. */
export interface VouchedTicket {
  id: number;
  subject: string;
  organization: string | null;
  requester: string | null;
}

export type ZendeskRole = 'end-user' | 'agent' | 'admin';

/** Postgres text cannot hold NUL; Zendesk's text is shown, never trusted to be clean. */
const clean = (s: string) => s.replaceAll('\u0000', '');

export interface ZendeskGatewayOptions {
  apiUrl: string;
  email: string;
  apiToken: string;
  timeoutMs?: number;
  /** Told after every call: the operation, 'ok' or the error code, and the seconds it took (metrics). */
  onCall?: (operation: string, code: string, seconds: number) => void;
}

/** Retry-After in seconds or as an HTTP date, in ms from now. */
export function retryAfterMs(header: string | null, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const secs = Number(header);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** The descriptions of a 422's `details` ({ field: [{ description, error }] }), e.g. "Status: closed prevents ticket update". */
function validationDetails(details: unknown): string[] {
  if (typeof details !== 'object' || details === null) return [];
  return Object.values(details).flatMap((list: unknown) =>
    Array.isArray(list) ? list.map((d: { description?: unknown }) => d?.description).filter((d): d is string => typeof d === 'string') : [],
  );
}

export class ZendeskGateway {
  private readonly auth: string;
  constructor(private readonly opts: ZendeskGatewayOptions) {
    this.auth = 'Basic ' + Buffer.from(`${opts.email}/token:${opts.apiToken}`).toString('base64');
  }

  protected request<T>(operation: string, method: string, path: string, body?: unknown): Promise<T> {
    return countCall(this.opts.onCall, operation, (e) => (e as ZendeskCallError).code, () => this.send<T>(operation, method, path, body));
  }

  private async send<T>(operation: string, method: string, path: string, body?: unknown): Promise<T> {
    let res: Response;
    try {
      res = await fetch(this.opts.apiUrl + path, {
        method,
        headers: { authorization: this.auth, accept: 'application/json', ...(body ? { 'content-type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
      });
    } catch (e) {
      const name = (e as Error).name;
      throw new ZendeskCallError(operation, null, name === 'TimeoutError' ? 'timed out' : 'unreachable', undefined, e);
    }
    const text = await res.text().catch(() => '');
    if (!res.ok) {
      let detail = '';
      try {
        const j = JSON.parse(text) as { error?: unknown; description?: unknown; details?: unknown };
        detail = [j.error, j.description, ...validationDetails(j.details)].filter((x) => typeof x === 'string').join(': ');
      } catch {
        // Not JSON: the status says enough.
      }
      throw new ZendeskCallError(operation, res.status, detail, retryAfterMs(res.headers.get('retry-after')));
    }
    return (text ? JSON.parse(text) : {}) as T;
  }

  /** Adds an internal (non-public) note and tags in one update. */
  async addInternalNote(ticketId: number, note: { body: string; tags: string[] }): Promise<void> {
    await this.request('ticket update', 'PUT', `/api/v2/tickets/${ticketId}.json`, {
      ticket: { comment: { body: note.body, public: false }, additional_tags: note.tags },
    });
  }

  /**
   * A public reply (what the requester is emailed) and, in the same update, the ticket's status: one
   * audit, so a reply found on the ticket means its status was set too. The body is HTML the caller
   * built with every character of its text escaped.
   */
  async addPublicReply(ticketId: number, reply: { htmlBody: string; status?: SettableStatus }): Promise<void> {
    await this.request('ticket update', 'PUT', `/api/v2/tickets/${ticketId}.json`, {
      ticket: { comment: { html_body: reply.htmlBody, public: true }, ...(reply.status ? { status: reply.status } : {}) },
    });
  }

  /** The agent-facing link of a ticket, built from our own Zendesk URL (never from a request body). */
  ticketUrl(ticketId: number): string {
    return `${this.opts.apiUrl.replace(/\/+$/, '')}/agent/tickets/${ticketId}`;
  }

  /**
   * The ticket with its requester's and organization's names. Sideloaded where Zendesk does it
   * (include=users,organizations), read one by one otherwise; an organization or requester Zendesk
   * will not show counts as unknown.
   */
  async ticket(ticketId: number): Promise<VouchedTicket> {
    type Named = { id: number; name?: string };
    const r = await this.request<{ ticket: { id: number; subject?: string; requester_id?: number | null; organization_id?: number | null }; users?: Named[]; organizations?: Named[] }>(
      'ticket show',
      'GET',
      `/api/v2/tickets/${ticketId}.json?include=users,organizations`,
    );
    const t = r.ticket;
    const named = async (id: number | null | undefined, side: Named[] | undefined, path: string, key: 'user' | 'organization') => {
      if (!id) return null;
      const hit = side?.find((x) => x.id === id);
      if (hit?.name) return clean(hit.name);
      try {
        const one = await this.request<Record<string, Named | undefined>>(`${key} show`, 'GET', path);
        return one[key]?.name ? clean(one[key].name) : null;
      } catch (e) {
        if (e instanceof ZendeskCallError && e.status !== null && e.status < 500 && e.status !== 429) return null;
        throw e;
      }
    };
    const [requester, organization] = await Promise.all([
      named(t.requester_id, r.users, `/api/v2/users/${t.requester_id}.json`, 'user'),
      named(t.organization_id, r.organizations, `/api/v2/organizations/${t.organization_id}.json`, 'organization'),
    ]);
    return { id: t.id ?? ticketId, subject: clean(t.subject ?? ''), organization, requester };
  }

  /** The role of the account's user with this email (users/search), or null when there is none. */
  async userRoleByEmail(email: string): Promise<ZendeskRole | null> {
    const r = await this.request<{ users?: Array<{ email?: string | null; role?: string; active?: boolean; suspended?: boolean }> }>(
      'user search',
      'GET',
      `/api/v2/users/search.json?query=${encodeURIComponent(`email:${email}`)}`,
    );
    // Search matches loosely; only the exact address counts, and a suspended user vouches for nothing.
    const user = (r.users ?? []).find((u) => u.email?.toLowerCase() === email.toLowerCase() && u.active !== false && u.suspended !== true);
    const role = user?.role;
    return role === 'agent' || role === 'admin' || role === 'end-user' ? role : null;
  }

  /**
   * Zendesk's Apps API notify (POST /api/v2/apps/notify.json): the open instances of the app receive
   * `api_notification.<event>` with `body`. Says only that something changed; the app reads the rest.
   */
  async notifyApp(appId: number, event: string, body: unknown): Promise<void> {
    await this.request('app notify', 'POST', '/api/v2/apps/notify.json', { app_id: appId, event, body });
  }

  async comments(ticketId: number): Promise<ZendeskComment[]> {
    const r = await this.request<{ comments?: Array<{ id: number; body?: string; plain_body?: string; html_body?: string; public: boolean; created_at?: string }> }>(
      'comments list',
      'GET',
      `/api/v2/tickets/${ticketId}/comments.json?sort_order=desc`,
    );
    // Every form of the text Zendesk gives, so a marker is found in whichever survived: plain_body
    // and body are text, html_body the HTML as sent (a marker may be kept in one and not another).
    return (r.comments ?? []).map((c) => ({
      id: c.id,
      body: [...new Set([c.plain_body, c.body, c.html_body].filter((b): b is string => typeof b === 'string' && b !== ''))].join('\n'),
      public: c.public,
      ...(c.created_at ? { createdAt: c.created_at } : {}),
    }));
  }
}

import { useMemo } from 'react';
import type { z } from 'zod';
import {
  customerUpdateSchema,
  errorBodySchema,
  escalationListSchema,
  escalationSchema,
  type CreateEscalationRequest,
  type CustomerUpdate,
  type CustomerUpdateRequest,
  type Escalation,
  type LinkTicketRequest,
} from '../../core/api';
import { useClient } from './ClientProvider';
import type { ZafClient, ZafRequestOptions } from './types';

// The only code that calls the proxy. Requests go through the host's request proxy (client.request),
// which signs {{jwt.token}} with the secure shared secret server-side: the secret never reaches us.

export type ProxyErrorCode =
  | 'network' // no answer at all (offline, proxy down, blocked)
  | 'timeout'
  | 'unauthorized' // 401: the app's shared secret and the proxy's differ
  | 'forbidden' // 403: e.g. the proxy's host is not in the manifest's domainWhitelist
  | 'not_found'
  | 'invalid' // 400: the proxy refused what we sent
  | 'not_escalated' // 422: this issue type is not escalated
  | 'rate_limited'
  | 'server' // 5xx
  | 'bad_response' // an answer that does not follow src/core/api.ts
  | 'board_unknown' // 422: Jira has no issue by the key the agent gave
  | 'board_not_configured' // 422: the proxy has no Jira, so a key cannot be linked
  | 'board_unavailable'; // 503: Jira did not answer when the key was checked

/** What went wrong, as a code the UI words and the proxy's own words for the details. */
export class ProxyError extends Error {
  override readonly name = 'ProxyError';
  constructor(
    readonly status: number,
    readonly code: ProxyErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type ProxyApi = {
  /** The escalation the ticket belongs to; null when it has none (404). */
  getEscalationByTicket(ticketId: number): Promise<Escalation | null>;
  listActiveEscalations(): Promise<Escalation[]>;
  createEscalation(body: CreateEscalationRequest): Promise<Escalation>;
  linkTicket(escalationId: string, body: LinkTicketRequest): Promise<Escalation>;
  /** Resumes a failed escalation from its failed step. */
  retryEscalation(escalationId: string): Promise<Escalation>;
  /**
   * One update for every linked ticket's customer. The same key (one per draft) sent again answers the
   * update already stored: a retried send never reaches a customer twice.
   */
  sendCustomerUpdate(escalationId: string, body: CustomerUpdateRequest, idempotencyKey: string): Promise<CustomerUpdate>;
};

export const DEFAULT_PROXY_TIMEOUT_MS = 20_000;

type HttpAnswer = { status: number; body: unknown; text: string };

function codeForStatus(status: number): ProxyErrorCode {
  if (status === 0) return 'network';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not_found';
  if (status === 408 || status === 504) return 'timeout';
  if (status === 422) return 'not_escalated';
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  return 'invalid';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads what the host resolved or rejected with: {status, responseText, responseJSON?} (jqXHR-like). */
function readAnswer(raw: unknown): HttpAnswer {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const status = typeof r.status === 'number' ? r.status : 0;
  const text = typeof r.responseText === 'string' ? r.responseText : '';
  const body = r.responseJSON !== undefined ? r.responseJSON : parseJson(text);
  return { status, body, text };
}

/** The proxy's error body ({error, message}), the host proxy's ({error, description}), or the status. */
function errorMessage(answer: HttpAnswer): string {
  const proxy = errorBodySchema.safeParse(answer.body);
  if (proxy.success) return proxy.data.message;
  const b = answer.body as { description?: unknown } | undefined;
  if (typeof b === 'object' && b !== null && typeof b.description === 'string') return b.description;
  return answer.status === 0 ? 'no answer' : `HTTP ${answer.status}`;
}

/** Zendesk's request proxy answers 502/504 itself when our proxy is down or slow: say that, not "5xx". */
function hostProxyCode(answer: HttpAnswer): ProxyErrorCode | null {
  const error = (answer.body as { error?: unknown } | undefined)?.error;
  if (typeof error !== 'string') return null;
  if (/unreachable|connection/i.test(error)) return 'network';
  if (/timeout/i.test(error)) return 'timeout';
  return null;
}

/** The proxy's own codes for a board key it could not link. */
const BOARD_ERRORS: Readonly<Record<string, ProxyErrorCode>> = {
  unknown_board_key: 'board_unknown',
  board_not_configured: 'board_not_configured',
  board_unavailable: 'board_unavailable',
};

function toError(answer: HttpAnswer): ProxyError {
  const proxyCode = errorBodySchema.safeParse(answer.body).data?.error;
  const board = proxyCode === undefined ? undefined : BOARD_ERRORS[proxyCode];
  const code = board ?? (answer.status >= 500 ? (hostProxyCode(answer) ?? codeForStatus(answer.status)) : codeForStatus(answer.status));
  return new ProxyError(answer.status, code, errorMessage(answer));
}

function parseBody<S extends z.ZodType>(schema: S, answer: HttpAnswer): z.infer<S> {
  const parsed = schema.safeParse(answer.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue === undefined ? '' : ` (${issue.path.join('.') || 'body'}: ${issue.message})`;
    throw new ProxyError(answer.status, 'bad_response', `unexpected answer from the proxy${where}`, { cause: parsed.error });
  }
  return parsed.data;
}

export function createProxyClient(client: ZafClient, proxyUrl: string, timeoutMs = DEFAULT_PROXY_TIMEOUT_MS): ProxyApi {
  const base = proxyUrl.replace(/\/+$/, '');

  async function call(type: ZafRequestOptions['type'], path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpAnswer> {
    const options: ZafRequestOptions = {
      url: base + path,
      type,
      contentType: 'application/json',
      data: body === undefined ? undefined : JSON.stringify(body),
      secure: true,
      headers: { ...headers, Authorization: 'Bearer {{jwt.token}}' },
      jwt: { algorithm: 'HS256', secret_key: '{{setting.shared_secret}}', expiry: 300 },
      httpCompleteResponse: true,
      timeout: timeoutMs,
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Older SDKs never settle a request the host drops: our own deadline keeps the UI honest.
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new ProxyError(0, 'timeout', `no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    });
    try {
      const answer = readAnswer(await Promise.race([client.request(options), deadline]));
      if (answer.status !== 0 && (answer.status < 200 || answer.status >= 300)) throw toError(answer);
      return answer;
    } catch (e) {
      if (e instanceof ProxyError) throw e;
      throw toError(readAnswer(e));
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    async getEscalationByTicket(ticketId) {
      try {
        return parseBody(escalationSchema, await call('GET', `/api/escalations/by-ticket/${encodeURIComponent(ticketId)}`));
      } catch (e) {
        if (e instanceof ProxyError && e.code === 'not_found') return null;
        throw e;
      }
    },
    async listActiveEscalations() {
      return parseBody(escalationListSchema, await call('GET', '/api/escalations?state=active')).escalations;
    },
    async createEscalation(body) {
      return parseBody(escalationSchema, await call('POST', '/api/escalations', body));
    },
    async linkTicket(escalationId, body) {
      return parseBody(escalationSchema, await call('POST', `/api/escalations/${encodeURIComponent(escalationId)}/tickets`, body));
    },
    async retryEscalation(escalationId) {
      return parseBody(escalationSchema, await call('POST', `/api/escalations/${encodeURIComponent(escalationId)}/retry`));
    },
    async sendCustomerUpdate(escalationId, body, idempotencyKey) {
      const path = `/api/escalations/${encodeURIComponent(escalationId)}/customer-updates`;
      return parseBody(customerUpdateSchema, await call('POST', path, body, { 'Idempotency-Key': idempotencyKey }));
    },
  };
}

/** The proxy client for the installation's proxy URL; null when the setting is missing. */
export function useProxyClient(proxyUrl: string | null): ProxyApi | null {
  const client = useClient();
  return useMemo(() => (proxyUrl === null ? null : createProxyClient(client, proxyUrl)), [client, proxyUrl]);
}

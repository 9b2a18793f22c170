import { SignJWT } from 'jose';
import { z } from 'zod';

// What Zendesk's request proxy does for client.request, on the sandbox's server side: fill in
// {{setting.x}} (secure ones only for `secure: true`), sign {{jwt.token}}, refuse hosts outside the
// manifest's domainWhitelist, forward with a timeout. The shared secret never reaches the browser.

export type ForwardResult = {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  responseText: string;
};

export type ForwardContext = {
  settings: Record<string, string>;
  secureNames: readonly string[];
  /** manifest domainWhitelist entries: "api.example.com", "*.example.com" or full URLs. */
  domainWhitelist: readonly string[];
  /** Origins always reachable (the local proxy, the sandbox itself). */
  alwaysAllowed: readonly string[];
  /** Where relative URLs ("/api/v2/...") go, with this Authorization, as the agent's own session. */
  ownBaseUrl: string;
  ownAuthorization: string;
  timeoutMs: number;
  now?: () => number;
};

const requestOptions = z.object({
  url: z.string().min(1),
  type: z.string().optional(),
  method: z.string().optional(),
  contentType: z.union([z.string(), z.literal(false)]).optional(),
  data: z.unknown().optional(),
  headers: z.record(z.string(), z.unknown()).optional(),
  secure: z.boolean().optional(),
  timeout: z.number().positive().optional(),
  jwt: z
    .object({
      algorithm: z.string().optional(),
      secret_key: z.string(),
      expiry: z.number().positive().optional(),
      claims: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
});
export type ZafRequestOptions = z.infer<typeof requestOptions>;

const SETTING = /\{\{\s*setting\.([\w.-]+)\s*\}\}/g;
const JWT_TOKEN = /\{\{\s*jwt\.token\s*\}\}/g;

/** Replaces {{setting.x}}; secure settings only when `secure`, otherwise left as written. */
export function substituteSettings(text: string, ctx: Pick<ForwardContext, 'settings' | 'secureNames'>, secure: boolean): string {
  return text.replace(SETTING, (whole, name: string) => {
    if (ctx.secureNames.includes(name) && !secure) return whole;
    return ctx.settings[name] ?? '';
  });
}

function hostAllowed(url: URL, ctx: ForwardContext): boolean {
  if (ctx.alwaysAllowed.some((a) => safeOrigin(a) === url.origin)) return true;
  return ctx.domainWhitelist.some((entry) => {
    const host = entry.includes('://') ? safeHost(entry) : entry.toLowerCase();
    if (!host) return false;
    const target = host.includes(':') ? url.host : url.hostname;
    return host.startsWith('*.') ? target.endsWith(host.slice(1)) : target === host;
  });
}

function safeOrigin(u: string): string | null {
  try {
    return new URL(u).origin;
  } catch {
    return null;
  }
}
function safeHost(u: string): string | null {
  try {
    return new URL(u).host;
  } catch {
    return null;
  }
}

function failure(status: number, statusText: string, error: string, description: string): ForwardResult {
  return {
    status,
    statusText,
    headers: { 'content-type': 'application/json' },
    responseText: JSON.stringify({ error, description }),
  };
}

async function signToken(jwt: NonNullable<ZafRequestOptions['jwt']>, ctx: ForwardContext, secure: boolean): Promise<string> {
  const secret = substituteSettings(jwt.secret_key, ctx, secure);
  if (secret === '') throw new Error('jwt.secret_key is empty after substitution');
  const claims = Object.fromEntries(
    Object.entries(jwt.claims ?? {}).map(([k, v]) => [k, typeof v === 'string' ? substituteSettings(v, ctx, secure) : v]),
  );
  const nowSeconds = Math.floor((ctx.now?.() ?? Date.now()) / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt(nowSeconds)
    .setExpirationTime(nowSeconds + (jwt.expiry ?? 300))
    .sign(new TextEncoder().encode(secret));
}

function encodeData(data: unknown, contentType: string | undefined): string | undefined {
  if (data === undefined || data === null) return undefined;
  if (typeof data === 'string') return data;
  if (contentType?.includes('json')) return JSON.stringify(data);
  return new URLSearchParams(Object.entries(data as Record<string, unknown>).map(([k, v]) => [k, String(v)])).toString();
}

/** Forwards one client.request. Never throws: every failure is an HTTP-like result for `.fail`. */
export async function forwardZafRequest(raw: unknown, ctx: ForwardContext): Promise<ForwardResult> {
  const parsed = requestOptions.safeParse(raw);
  if (!parsed.success) {
    return failure(400, 'Bad Request', 'InvalidRequest', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const options = parsed.data;
  const secure = options.secure === true;
  const method = (options.type ?? options.method ?? 'GET').toUpperCase();

  let token = '';
  if (options.jwt) {
    if ((options.jwt.algorithm ?? 'HS256') !== 'HS256') {
      return failure(400, 'Bad Request', 'InvalidRequest', `jwt.algorithm ${options.jwt.algorithm} is not supported`);
    }
    try {
      token = await signToken(options.jwt, ctx, secure);
    } catch (e) {
      return failure(400, 'Bad Request', 'InvalidRequest', (e as Error).message);
    }
  }
  const fill = (text: string) => substituteSettings(text, ctx, secure).replace(JWT_TOKEN, token);

  const relative = options.url.startsWith('/');
  let url: URL;
  try {
    url = new URL(relative ? ctx.ownBaseUrl + fill(options.url) : fill(options.url));
  } catch {
    return failure(400, 'Bad Request', 'InvalidRequest', 'url is not a valid URL');
  }
  if (!relative && !hostAllowed(url, ctx)) {
    return failure(403, 'Forbidden', 'DomainNotAllowed', `${url.host} is not in the app's domainWhitelist`);
  }

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(options.headers ?? {})) headers[name] = fill(String(value));
  if (relative) headers.authorization = ctx.ownAuthorization;
  const contentType =
    options.contentType === false ? undefined : (options.contentType ?? 'application/x-www-form-urlencoded; charset=UTF-8');
  let body: string | undefined;
  if (method === 'GET' || method === 'HEAD') {
    if (options.data !== undefined && typeof options.data === 'object' && options.data !== null) {
      for (const [k, v] of Object.entries(options.data)) url.searchParams.append(k, String(v));
    }
  } else {
    const encoded = encodeData(options.data, contentType);
    body = encoded === undefined ? undefined : fill(encoded);
    if (body !== undefined && contentType) headers['content-type'] = contentType;
  }

  try {
    const response = await fetch(url, {
      method,
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(options.timeout ?? ctx.timeoutMs),
    });
    const responseText = await response.text();
    return {
      status: response.status,
      statusText: response.statusText,
      headers: Object.fromEntries(response.headers.entries()),
      responseText,
    };
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      return failure(504, 'Gateway Timeout', 'UpstreamTimeout', `${url.host} did not answer in time`);
    }
    return failure(502, 'Bad Gateway', 'UpstreamUnreachable', `${url.host} could not be reached`);
  }
}

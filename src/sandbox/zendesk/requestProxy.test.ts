import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwtVerify } from 'jose';
import { forwardZafRequest, substituteSettings, type ForwardContext } from './requestProxy';

type Seen = { method: string; url: string; headers: IncomingHttpHeaders; body: string };

let upstream: Server;
let upstreamUrl: string;
let seen: Seen[] = [];

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      if (req.url === '/slow') return; // never answers: the forwarder's timeout must end it
      if (req.url === '/boom') {
        res.writeHead(503, { 'content-type': 'application/json' }).end('{"error":"down"}');
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'x-upstream': 'yes' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
});
afterAll(async () => {
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});
beforeEach(() => {
  seen = [];
});

const SECRET = 'a-long-shared-secret-for-tests-0123456789';

function context(over: Partial<ForwardContext> = {}): ForwardContext {
  return {
    settings: { proxy_url: upstreamUrl, shared_secret: SECRET, title: 'Escalate' },
    secureNames: ['shared_secret'],
    domainWhitelist: [],
    alwaysAllowed: [upstreamUrl],
    ownBaseUrl: upstreamUrl,
    ownAuthorization: 'Basic c2FuZGJveA==',
    timeoutMs: 2_000,
    ...over,
  };
}

describe('substituteSettings', () => {
  const ctx = { settings: { a: 'A', shared_secret: 'S' }, secureNames: ['shared_secret'] };
  it('fills public settings always and secure ones only for secure requests', () => {
    expect(substituteSettings('{{setting.a}}/{{ setting.shared_secret }}', ctx, false)).toBe('A/{{ setting.shared_secret }}');
    expect(substituteSettings('{{setting.a}}/{{ setting.shared_secret }}', ctx, true)).toBe('A/S');
  });
  it('turns an unknown setting into an empty string', () => {
    expect(substituteSettings('x{{setting.nope}}y', ctx, true)).toBe('xy');
  });
});

describe('forwardZafRequest', () => {
  it('signs {{jwt.token}} with the secure setting, verifiable with jose, with exp and claims', async () => {
    const now = Date.now();
    const result = await forwardZafRequest(
      {
        url: '{{setting.proxy_url}}/api/escalations',
        type: 'POST',
        contentType: 'application/json',
        data: JSON.stringify({ ticket: 1 }),
        headers: { Authorization: 'Bearer {{jwt.token}}' },
        secure: true,
        jwt: { algorithm: 'HS256', secret_key: '{{setting.shared_secret}}', expiry: 120, claims: { ticket_id: 1001, who: '{{setting.title}}' } },
      },
      context({ now: () => now }),
    );
    expect(result.status).toBe(200);
    expect(result.headers['x-upstream']).toBe('yes');
    expect(result.responseText).toBe('{"ok":true}');
    const request = seen[0]!;
    expect(request).toMatchObject({ method: 'POST', url: '/api/escalations', body: '{"ticket":1}' });
    expect(request.headers['content-type']).toBe('application/json');
    const token = String(request.headers.authorization).replace(/^Bearer /, '');
    const { payload, protectedHeader } = await jwtVerify(token, new TextEncoder().encode(SECRET), { algorithms: ['HS256'] });
    expect(protectedHeader.alg).toBe('HS256');
    expect(payload).toMatchObject({ ticket_id: 1001, who: 'Escalate' });
    expect(payload.exp).toBe(Math.floor(now / 1000) + 120);
  });

  it('defaults the JWT expiry to 300 seconds', async () => {
    const now = Date.now();
    await forwardZafRequest(
      { url: `${upstreamUrl}/x`, headers: { Authorization: 'Bearer {{jwt.token}}' }, secure: true, jwt: { secret_key: '{{setting.shared_secret}}' } },
      context({ now: () => now }),
    );
    const token = String(seen[0]!.headers.authorization).slice(7);
    const { payload } = await jwtVerify(token, new TextEncoder().encode(SECRET));
    expect(payload.exp).toBe(Math.floor(now / 1000) + 300);
  });

  it('leaves secure placeholders unfilled when the request is not secure', async () => {
    await forwardZafRequest(
      { url: `${upstreamUrl}/x`, headers: { 'X-Key': '{{setting.shared_secret}}', 'X-Title': '{{setting.title}}' } },
      context(),
    );
    expect(seen[0]!.headers['x-key']).toBe('{{setting.shared_secret}}');
    expect(seen[0]!.headers['x-title']).toBe('Escalate');
  });

  it('refuses to sign with a secret_key that is empty after substitution', async () => {
    const result = await forwardZafRequest(
      { url: `${upstreamUrl}/x`, jwt: { secret_key: '{{setting.missing}}' }, secure: true },
      context(),
    );
    expect(result.status).toBe(400);
    expect(seen).toHaveLength(0);
  });

  it('refuses algorithms other than HS256', async () => {
    const result = await forwardZafRequest({ url: `${upstreamUrl}/x`, jwt: { algorithm: 'none', secret_key: 'k' } }, context());
    expect(result.status).toBe(400);
    expect(seen).toHaveLength(0);
  });

  it('refuses hosts outside the domainWhitelist without calling them', async () => {
    const result = await forwardZafRequest(
      { url: 'http://127.0.0.2:9/steal?s={{setting.shared_secret}}', secure: true },
      context({ domainWhitelist: ['api.example.com'] }),
    );
    expect(result.status).toBe(403);
    expect(JSON.parse(result.responseText)).toMatchObject({ error: 'DomainNotAllowed' });
    expect(seen).toHaveLength(0);
  });

  it('allows whitelisted hosts, wildcards included', async () => {
    const port = new URL(upstreamUrl).port;
    const viaWildcard = await forwardZafRequest({ url: `http://localhost:${port}/x` }, context({ alwaysAllowed: [], domainWhitelist: ['*.example.com', 'localhost'] }));
    expect(viaWildcard.status).toBe(200);
    const refused = await forwardZafRequest({ url: `http://localhost:${port}/x` }, context({ alwaysAllowed: [], domainWhitelist: ['*.example.com'] }));
    expect(refused.status).toBe(403);
  });

  it('sends relative URLs to the sandbox API with the agent session', async () => {
    const result = await forwardZafRequest({ url: '/api/v2/tickets/1.json', data: { include: 'users' } }, context());
    expect(result.status).toBe(200);
    expect(seen[0]).toMatchObject({ method: 'GET', url: '/api/v2/tickets/1.json?include=users' });
    expect(seen[0]!.headers.authorization).toBe('Basic c2FuZGJveA==');
  });

  it('passes an upstream 5xx through as a failure status', async () => {
    const result = await forwardZafRequest({ url: `${upstreamUrl}/boom` }, context());
    expect(result).toMatchObject({ status: 503, responseText: '{"error":"down"}' });
  });

  it('maps an upstream that does not answer to 504', async () => {
    const result = await forwardZafRequest({ url: `${upstreamUrl}/slow`, timeout: 150 }, context());
    expect(result.status).toBe(504);
    expect(JSON.parse(result.responseText)).toMatchObject({ error: 'UpstreamTimeout' });
  });

  it('maps an unreachable upstream to 502', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
    await new Promise((resolve) => closed.close(resolve));
    const result = await forwardZafRequest({ url: `${url}/x` }, context({ alwaysAllowed: [url] }));
    expect(result.status).toBe(502);
  });

  it.each([[undefined], [{}], [{ url: 42 }], [{ url: 'not a url' }]])('answers 400 for malformed options %j', async (options) => {
    const result = await forwardZafRequest(options, context());
    expect(result.status).toBe(400);
    expect(seen).toHaveLength(0);
  });

  it('form-encodes object data unless the content type is JSON', async () => {
    await forwardZafRequest({ url: `${upstreamUrl}/f`, type: 'POST', data: { a: '1', b: 'x y' } }, context());
    await forwardZafRequest({ url: `${upstreamUrl}/j`, type: 'PUT', contentType: 'application/json', data: { a: 1 } }, context());
    expect(seen[0]!.body).toBe('a=1&b=x+y');
    expect(seen[1]).toMatchObject({ method: 'PUT', body: '{"a":1}' });
  });
});

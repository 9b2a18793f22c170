import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jwtVerify } from 'jose';
import { startZendeskSandbox, type ZendeskSandbox } from './server';
import { signWebhook } from './webhook';

type Hit = { url: string; headers: IncomingHttpHeaders; body: string };

let upstream: Server;
let upstreamUrl: string;
let hits: Hit[] = [];
let sandbox: ZendeskSandbox;
const SECRET = 'sandbox-test-shared-secret-abcdef';

beforeAll(async () => {
  upstream = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      hits.push({ url: req.url ?? '', headers: req.headers, body });
      res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  sandbox = await startZendeskSandbox({
    settings: { proxy_url: upstreamUrl, shared_secret: SECRET },
    webhook: { url: `${upstreamUrl}/zendesk/events`, secret: 'whsec' },
    appDist: '/nonexistent-dist',
  });
});
afterAll(async () => {
  await sandbox.close();
  upstream.closeAllConnections();
  await new Promise((resolve) => upstream.close(resolve));
});
beforeEach(() => {
  hits = [];
});

const hostHeaders = () => ({ 'content-type': 'application/json', origin: new URL(sandbox.url).origin });

describe('host state and settings', () => {
  it('serves the host page and its transpiled modules', async () => {
    const page = await fetch(sandbox.url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const mod = await fetch(`${sandbox.url}__host/model`);
    expect(mod.headers.get('content-type')).toContain('javascript');
    expect(await mod.text()).toContain('export function applyPatch');
  });

  it('serves page modules whose imports all resolve to other served page modules', async () => {
    const entry = 'host';
    const seenModules = new Set<string>();
    const queue = [entry];
    while (queue.length > 0) {
      const name = queue.pop()!;
      if (seenModules.has(name)) continue;
      seenModules.add(name);
      const res = await fetch(`${sandbox.url}__host/${name}`);
      expect([name, res.status]).toEqual([name, 200]);
      const code = await res.text();
      for (const [, spec] of code.matchAll(/(?:import|export)[^'"]*from\s*['"]([^'"]+)['"]/g)) {
        expect(spec).toMatch(/^\.\/[\w-]+$/); // the browser resolves only sibling page modules
        queue.push(spec!.slice(2));
      }
    }
    expect([...seenModules].sort()).toEqual(['dom', 'events', 'host', 'model', 'protocol', 'sidePanels', 'ticketView']);
  });

  it('never sends the secure setting to the browser', async () => {
    const text = await (await fetch(`${sandbox.url}__sandbox/state`)).text();
    expect(text).not.toContain(SECRET);
    const state = JSON.parse(text) as { settings: Record<string, string>; secureSettings: Record<string, boolean>; appBuilt: boolean };
    expect(state.settings).toMatchObject({ proxy_url: upstreamUrl, school_field_id: '360001', scope_field_id: '360002', issue_type_field_id: '' });
    expect(state.settings.shared_secret).toBeUndefined();
    expect(state.secureSettings).toEqual({ shared_secret: true });
    expect(state.appBuilt).toBe(false);
  });

  it('saves settings, keeping the secret when its field is left empty', async () => {
    const res = await fetch(`${sandbox.url}__sandbox/settings`, {
      method: 'POST',
      headers: hostHeaders(),
      body: JSON.stringify({ issue_type_field_id: '360005', shared_secret: '' }),
    });
    expect(res.status).toBe(200);
    expect(sandbox.settings).toMatchObject({ issue_type_field_id: '360005', shared_secret: SECRET });
    sandbox.settings.issue_type_field_id = '';
  });

  it('refuses host endpoints called from another origin', async () => {
    const res = await fetch(`${sandbox.url}__sandbox/settings`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'http://evil.example' },
      body: JSON.stringify({ proxy_url: 'http://evil.example' }),
    });
    expect(res.status).toBe(403);
    expect(sandbox.settings.proxy_url).toBe(upstreamUrl);
  });

  it('rejects malformed edits from the page with 400', async () => {
    const bad = await fetch(`${sandbox.url}__sandbox/tickets/1001`, { method: 'PUT', headers: hostHeaders(), body: JSON.stringify({ status: 'exploded' }) });
    expect(bad.status).toBe(400);
    const badField = await fetch(`${sandbox.url}__sandbox/tickets/1001`, {
      method: 'PUT',
      headers: hostHeaders(),
      body: JSON.stringify({ customFields: { '360005': 'not_a_type' } }),
    });
    expect(badField.status).toBe(400);
    const missing = await fetch(`${sandbox.url}__sandbox/tickets/5`, { method: 'PUT', headers: hostHeaders(), body: JSON.stringify({ subject: 'x' }) });
    expect(missing.status).toBe(404);
  });

  it('says so when the app is not built', async () => {
    const res = await fetch(`${sandbox.url.replace('localhost', '127.0.0.1')}app/assets/index.html`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('npm run build');
  });
});

describe('client.request through the host server', () => {
  it('signs the JWT with the secure setting on the server side', async () => {
    const res = await fetch(`${sandbox.url}__zaf/request`, {
      method: 'POST',
      headers: hostHeaders(),
      body: JSON.stringify({
        options: {
          url: '{{setting.proxy_url}}/api/escalations/by-ticket/1001',
          headers: { Authorization: 'Bearer {{jwt.token}}' },
          secure: true,
          jwt: { algorithm: 'HS256', secret_key: '{{setting.shared_secret}}' },
        },
      }),
    });
    expect(await res.json()).toMatchObject({ status: 200, responseText: '{"ok":true}' });
    const token = String(hits[0]!.headers.authorization).slice('Bearer '.length);
    await expect(jwtVerify(token, new TextEncoder().encode(SECRET))).resolves.toBeTruthy();
  });

  it('returns upstream errors as data for the page to turn into .fail', async () => {
    const res = await fetch(`${sandbox.url}__zaf/request`, {
      method: 'POST',
      headers: hostHeaders(),
      body: JSON.stringify({ options: { url: `${upstreamUrl}/missing` } }),
    });
    expect(await res.json()).toMatchObject({ status: 404 });
  });
});

describe('live changes', () => {
  it('streams API edits to the host page', async () => {
    const controller = new AbortController();
    const res = await fetch(`${sandbox.url}__sandbox/events`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    const auth = `Basic ${Buffer.from(`${sandbox.apiEmail}/token:${sandbox.apiToken}`).toString('base64')}`;
    await fetch(`${sandbox.apiUrl}/api/v2/tickets/1003.json`, {
      method: 'PUT',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ ticket: { additional_tags: ['streamed'] } }),
    });
    let text = '';
    while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    const data = JSON.parse(text.split('data: ')[1]!.split('\n')[0]!) as { origin: string; ticket: { id: number; tags: string[] } };
    expect(data.origin).toBe('api');
    expect(data.ticket.id).toBe(1003);
    expect(data.ticket.tags).toContain('streamed');
  });

  it('takes Apps API notifications and streams them to the host page for the app iframe', async () => {
    const controller = new AbortController();
    const res = await fetch(`${sandbox.url}__sandbox/events`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read(); // ": connected"
    const auth = `Basic ${Buffer.from(`${sandbox.apiEmail}/token:${sandbox.apiToken}`).toString('base64')}`;
    const notify = (body: unknown, authorization = auth) =>
      fetch(`${sandbox.apiUrl}/api/v2/apps/notify.json`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const body = { escalationId: 'e-1', ticketIds: [1001, 1003] };

    expect((await notify({ app_id: sandbox.appId, event: 'escalation_updated', body }, 'Basic bm9ib2R5')).status).toBe(401);
    expect((await notify({ app_id: sandbox.appId + 1, event: 'escalation_updated', body })).status).toBe(404);
    const invalid = await notify({ app_id: sandbox.appId });
    expect(invalid.status).toBe(422);
    expect(((await invalid.json()) as { details: Record<string, unknown> }).details).toHaveProperty('event');
    expect(sandbox.appNotifications).toHaveLength(0);

    expect((await notify({ app_id: sandbox.appId, event: 'escalation_updated', body })).status).toBe(204);
    let text = '';
    while (!text.includes('event: app_notification')) text += new TextDecoder().decode((await reader.read()).value);
    while (!text.endsWith('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
    controller.abort();
    const data = JSON.parse(text.split('event: app_notification\ndata: ')[1]!.split('\n')[0]!) as Record<string, unknown>;
    expect(data).toMatchObject({ appId: sandbox.appId, event: 'escalation_updated', body, agentId: null });
    expect(sandbox.appNotifications).toEqual([expect.objectContaining({ event: 'escalation_updated', body })]);
  });

  it('posts a signed webhook when a status changes, and none for other edits', async () => {
    sandbox.tickets.update(1006, { addTags: ['no_status_change'] });
    sandbox.tickets.update(1006, { status: 'solved' });
    await sandbox.webhooksSettled();
    const webhooks = hits.filter((h) => h.url === '/zendesk/events');
    expect(webhooks).toHaveLength(1);
    const hook = webhooks[0]!;
    const timestamp = String(hook.headers['x-zendesk-webhook-signature-timestamp']);
    expect(timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(hook.headers['x-zendesk-webhook-signature']).toBe(signWebhook('whsec', timestamp, hook.body));
    expect(JSON.parse(hook.body)).toMatchObject({ ticket: { id: 1006, status: 'solved', previous_status: 'open' } });
    expect(sandbox.webhookDeliveries.at(-1)).toMatchObject({ status: 200, error: null });
  });
});

import { startZendeskSandbox, type ZendeskSandbox } from './server';

let sandbox: ZendeskSandbox;
let auth: string;

beforeAll(async () => {
  sandbox = await startZendeskSandbox({ apiEmail: 'bot@school.example', apiToken: 'tok-123' });
  auth = `Basic ${Buffer.from('bot@school.example/token:tok-123').toString('base64')}`;
});
afterAll(() => sandbox.close());

function api(path: string, init: RequestInit & { json?: unknown } = {}) {
  const headers: Record<string, string> = { authorization: auth, ...(init.headers as Record<string, string>) };
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${sandbox.apiUrl}/api/v2${path}`, {
    ...init,
    headers,
    body: init.json !== undefined ? JSON.stringify(init.json) : init.body,
  });
}

describe('Zendesk API stand-in: auth', () => {
  it.each([
    ['no header', undefined],
    ['wrong token', `Basic ${Buffer.from('bot@school.example/token:nope').toString('base64')}`],
    ['password instead of token', `Basic ${Buffer.from('bot@school.example:tok-123').toString('base64')}`],
    ['bearer', 'Bearer tok-123'],
  ])('refuses %s with 401 and Zendesk\'s body', async (_label, header) => {
    const res = await fetch(`${sandbox.apiUrl}/api/v2/tickets/1001.json`, { headers: header ? { authorization: header } : {} });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: "Couldn't authenticate you" });
  });

  it('refuses an unauthenticated update without changing the ticket', async () => {
    const before = sandbox.tickets.get(1002)!;
    const res = await fetch(`${sandbox.apiUrl}/api/v2/tickets/1002.json`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ticket: { status: 'solved' } }),
    });
    expect(res.status).toBe(401);
    expect(sandbox.tickets.get(1002)).toEqual(before);
  });
});

describe('Zendesk API stand-in: reads', () => {
  it('returns a ticket in Zendesk\'s shape', async () => {
    const res = await api('/tickets/1001.json');
    expect(res.status).toBe(200);
    const { ticket } = (await res.json()) as { ticket: Record<string, unknown> };
    expect(ticket).toMatchObject({
      id: 1001,
      url: `${sandbox.apiUrl}/api/v2/tickets/1001.json`,
      status: 'open',
      organization_id: 71,
      tags: expect.arrayContaining(['gradebook']),
    });
    expect(ticket.custom_fields).toContainEqual({ id: 360001, value: 'Lincoln High School (District 12)' });
  });

  it('lists comments with attachments and absolute content URLs', async () => {
    const { comments } = (await (await api('/tickets/1005/comments.json')).json()) as {
      comments: Array<{ public: boolean; attachments: Array<{ file_name: string; content_url: string; content_type: string }> }>;
    };
    const attachment = comments.flatMap((c) => c.attachments)[0]!;
    expect(attachment.content_type).toBe('image/png');
    expect(attachment.content_url.startsWith(`${sandbox.apiUrl}/attachments/`)).toBe(true);
    const file = await fetch(attachment.content_url);
    expect(file.status).toBe(200);
  });

  it.each(['/tickets/424242.json', '/tickets/424242/comments.json', '/tickets/abc.json'])('answers 404 RecordNotFound for %s', async (path) => {
    const res = await api(path);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'RecordNotFound', description: 'Not found' });
  });

  it('answers 404 InvalidEndpoint for paths it does not implement (fails loudly)', async () => {
    const res = await api('/search.json?query=x');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: 'InvalidEndpoint' });
  });
});

describe('Zendesk API stand-in: updates', () => {
  it('adds an internal note and tags in one update, visible in the shared state', async () => {
    const changes: string[] = [];
    const stop = sandbox.tickets.subscribe((c) => changes.push(c.origin));
    const res = await api('/tickets/1004.json', {
      method: 'PUT',
      json: {
        ticket: {
          comment: { body: 'Escalated: #outage-1004-roster in Slack', public: false },
          additional_tags: ['escalated', 'outage_channel'],
        },
      },
    });
    stop();
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ticket: { tags: string[] }; audit: { events: Array<{ type: string; public?: boolean }> } };
    expect(body.ticket.tags).toEqual(expect.arrayContaining(['rostering', 'escalated', 'outage_channel']));
    expect(body.audit.events).toContainEqual(expect.objectContaining({ type: 'Comment', public: false }));
    const note = sandbox.tickets.get(1004)!.comments.at(-1)!;
    expect(note).toMatchObject({ public: false, plainBody: 'Escalated: #outage-1004-roster in Slack' });
    expect(note.htmlBody).toBe('<p>Escalated: #outage-1004-roster in Slack</p>');
    expect(changes).toEqual(['api']);
  });

  it('keeps html_body as given and escapes a plain body', async () => {
    await api('/tickets/1006.json', { method: 'PUT', json: { ticket: { comment: { body: '<b>x</b> & y', public: false } } } });
    expect(sandbox.tickets.get(1006)!.comments.at(-1)!.htmlBody).toBe('<p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>');
    await api('/tickets/1006.json', { method: 'PUT', json: { ticket: { comment: { html_body: '<p><b>bold</b></p>' } } } });
    expect(sandbox.tickets.get(1006)!.comments.at(-1)).toMatchObject({ htmlBody: '<p><b>bold</b></p>', plainBody: 'bold', public: true });
  });

  it('removes tags, sets status and custom fields', async () => {
    const res = await api('/tickets/1002.json', {
      method: 'PUT',
      json: { ticket: { status: 'pending', remove_tags: 'none', additional_tags: 'a b', custom_fields: [{ id: 360002, value: 'scope_one_user' }] } },
    });
    expect(res.status).toBe(200);
    const t = sandbox.tickets.get(1002)!;
    expect(t.status).toBe('pending');
    expect(t.customFields['360002']).toBe('scope_one_user');
    // A tagger field's value is also a tag, as in Zendesk.
    expect(t.tags).toEqual(['a', 'b', 'scope_one_user']);
  });

  it.each([
    ['an unknown status', { ticket: { status: 'escalated' } }, 'status'],
    ['a blank comment', { ticket: { comment: { body: '  ', public: false } } }, 'comment.body'],
    ['no ticket key', { status: 'open' }, 'ticket'],
    ['a bad option for a tagger field', { ticket: { custom_fields: [{ id: 360002, value: 'scope_galaxy' }] } }, 'custom_fields'],
    ['an unknown custom field', { ticket: { custom_fields: [{ id: 999, value: 'x' }] } }, 'custom_fields'],
  ])('answers 422 RecordInvalid for %s and changes nothing', async (_label, json, field) => {
    const before = sandbox.tickets.get(1003)!;
    const res = await api('/tickets/1003.json', { method: 'PUT', json });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { error: string; details: Record<string, unknown> };
    expect(body.error).toBe('RecordInvalid');
    expect(Object.keys(body.details)).toContain(field);
    expect(sandbox.tickets.get(1003)).toEqual(before);
  });

  it('answers 400 for a body that is not JSON', async () => {
    const res = await api('/tickets/1003.json', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: '{"ticket":' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'InvalidJSON' });
  });

  it('answers 404 for an update to a missing ticket', async () => {
    const res = await api('/tickets/31337.json', { method: 'PUT', json: { ticket: { status: 'open' } } });
    expect(res.status).toBe(404);
  });

  it('refuses any update of a closed ticket with Zendesk\'s 422, changing nothing', async () => {
    sandbox.tickets.add({ ...sandbox.tickets.get(1005)!, id: 1998, status: 'closed' });
    const before = sandbox.tickets.get(1998)!;
    const res = await api('/tickets/1998.json', { method: 'PUT', json: { ticket: { comment: { html_body: '<p>Update</p>', public: true }, status: 'solved' } } });
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({
      error: 'RecordInvalid',
      description: 'Record validation errors',
      details: { status: [{ description: 'Status: closed prevents ticket update', error: 'ClosedTicket' }] },
    });
    expect(sandbox.tickets.get(1998)).toEqual(before);
  });

  it('deletes a ticket: then it is not found', async () => {
    sandbox.tickets.add({ ...sandbox.tickets.get(1001)!, id: 1999 });
    expect((await api('/tickets/1999.json', { method: 'DELETE' })).status).toBe(204);
    expect((await api('/tickets/1999.json')).status).toBe(404);
    expect((await api('/tickets/1999.json', { method: 'DELETE' })).status).toBe(404);
  });
});

describe('Zendesk API stand-in: injected faults', () => {
  afterEach(() => sandbox.faults.clear());

  it('answers 429 with Retry-After once, then normally, and changes nothing meanwhile', async () => {
    sandbox.faults.add({ status: 429, retryAfter: 7, method: 'PUT', pathIncludes: '/tickets/1001' });
    const before = sandbox.tickets.get(1001)!;
    const first = await api('/tickets/1001.json', { method: 'PUT', json: { ticket: { additional_tags: ['retry_me'] } } });
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('7');
    expect(await first.json()).toMatchObject({ error: 'APIRateLimitExceeded' });
    expect(sandbox.tickets.get(1001)).toEqual(before);
    const second = await api('/tickets/1001.json', { method: 'PUT', json: { ticket: { additional_tags: ['retry_me'] } } });
    expect(second.status).toBe(200);
    expect(sandbox.tickets.get(1001)!.tags).toContain('retry_me');
  });

  it('answers 500 as many times as asked, only for matching requests', async () => {
    sandbox.faults.add({ status: 500, times: 2, method: 'GET' });
    expect((await api('/tickets/1001.json', { method: 'PUT', json: { ticket: {} } })).status).toBe(200);
    expect((await api('/tickets/1001.json')).status).toBe(500);
    expect((await api('/tickets/1001.json')).status).toBe(500);
    expect((await api('/tickets/1001.json')).status).toBe(200);
  });

  it('drops the connection without an answer', async () => {
    sandbox.faults.add({ drop: true });
    await expect(api('/tickets/1001.json')).rejects.toThrow();
    expect((await api('/tickets/1001.json')).status).toBe(200);
  });

  it('does not let an unauthenticated call use up a fault', async () => {
    sandbox.faults.add({ status: 503 });
    expect((await fetch(`${sandbox.apiUrl}/api/v2/tickets/1001.json`)).status).toBe(401);
    expect((await api('/tickets/1001.json')).status).toBe(503);
  });
});

describe('Zendesk API stand-in: people and organizations', () => {
  it('sideloads the requester and organization of a ticket on ?include=users,organizations', async () => {
    const body = (await (await api('/tickets/1001.json?include=users,organizations')).json()) as {
      ticket: { requester_id: number; organization_id: number };
      users: Array<{ id: number; name: string; role: string }>;
      organizations: Array<{ id: number; name: string }>;
    };
    expect(body.users).toContainEqual(expect.objectContaining({ id: body.ticket.requester_id, name: 'Maria Alvarez', role: 'end-user' }));
    expect(body.organizations).toEqual([{ id: body.ticket.organization_id, name: 'Lincoln High School' }]);
    const plain = (await (await api('/tickets/1001.json')).json()) as Record<string, unknown>;
    expect(plain.users).toBeUndefined();
  });

  it('shows a user and an organization by id, 404 otherwise', async () => {
    expect(await (await api('/users/501.json')).json()).toMatchObject({ user: { id: 501, role: 'end-user', email: 'malvarez@lincolnhs.example.org' } });
    expect(await (await api('/organizations/71.json')).json()).toEqual({ organization: { id: 71, name: 'Lincoln High School' } });
    expect((await api('/users/424242.json')).status).toBe(404);
    expect((await api('/organizations/424242.json')).status).toBe(404);
  });

  it('searches users by exact email, with their role', async () => {
    const search = async (q: string) => ((await (await api(`/users/search.json?query=${encodeURIComponent(q)}`)).json()) as { users: Array<{ role: string }> }).users;
    expect(await search('email:bot@school.example')).toEqual([expect.objectContaining({ role: 'agent' })]);
    expect(await search('email:admin@sandbox.example.com')).toEqual([expect.objectContaining({ role: 'admin' })]);
    expect(await search('email:MALVAREZ@lincolnhs.example.org')).toEqual([expect.objectContaining({ role: 'end-user' })]);
    expect(await search('email:nobody@example.com')).toEqual([]);
  });
});

describe('Zendesk API stand-in: a fault after the work', () => {
  it('does what was asked, then answers with the fault', async () => {
    sandbox.faults.add({ status: 500, method: 'PUT', pathIncludes: '/tickets/1005', afterEffect: true });
    const before = sandbox.tickets.get(1005)!.comments.length;
    const res = await api('/tickets/1005.json', { method: 'PUT', json: { ticket: { comment: { body: 'noted', public: false } } } });
    expect(res.status).toBe(500);
    expect(sandbox.tickets.get(1005)!.comments.length).toBe(before + 1);
  });
});

// One update for every affected customer (issue 11): POST /api/escalations/:id/customer-updates over
// HTTP against the Zendesk stand-in, on SQLite and (with TEST_DATABASE_URL) Postgres. Exactly one
// public reply per linked ticket whatever fails: Zendesk's 429 and 500, a PUT that went through but
// was answered 500, an instance frozen after the PUT, a second worker, repeated POSTs.
import type { CustomerUpdate, Escalation } from '../core/api';
import { customerUpdateIds } from '../core/appNote';
import type { SandboxComment } from '../sandbox/zendesk/page/model';
import { testDialects } from './store/testStores';
import { escalationRequest, startHarness, token } from './testing/harness';
import type { Harness, HarnessOptions } from './testing/harness';
import { waitForComplete } from './testing/expectations';
import { waitFor } from './testing/waitFor';

jest.setTimeout(60_000);

const TEXT = 'Hello,\n\nWe know sign-in fails for several schools and engineering is rolling back the change that caused it.\nNext update by 11:00.';
const INVISIBLE = /\u200B|\u200C|\u200D|\u2060|\u2063/g;

async function postUpdate(h: Harness, escalationId: string, body: unknown, opts: { key?: string; base?: string; tok?: string | null } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (opts.tok !== null) headers.authorization = `Bearer ${opts.tok ?? (await token())}`;
  if (opts.key) headers['idempotency-key'] = opts.key;
  const res = await fetch(`${opts.base ?? h.proxy.url}/api/escalations/${escalationId}/customer-updates`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, replayed: res.headers.get('idempotent-replayed') };
}

const byTicket = async (h: Harness, ticketId: number) => (await h.get(`/api/escalations/by-ticket/${ticketId}`)).body as unknown as Escalation;

/** Ticket 1001 escalated, 1002 and 1003 linked to it, every step done. */
async function escalatedWithLinks(h: Harness): Promise<Escalation> {
  const created = await h.post('/api/escalations', escalationRequest({ ticketId: 1001 }));
  const id = created.body.id as string;
  for (const ticketId of [1002, 1003]) await h.post(`/api/escalations/${id}/tickets`, { ticket: escalationRequest({ ticketId }).ticket });
  const esc = await waitForComplete(h, 1001);
  expect(esc.ticketIds).toEqual([1001, 1002, 1003]);
  return esc;
}

/** The public replies of the app on a ticket that carry this update's marker. */
const repliesOf = (h: Harness, ticketId: number, updateId: string): SandboxComment[] =>
  h.zendesk.tickets.get(ticketId)?.comments.filter((c) => c.public && customerUpdateIds(c.htmlBody).includes(updateId)) ?? [];

async function waitForSends(h: Harness, ticketId: number, updateId: string, done: (u: CustomerUpdate) => boolean = (u) => u.tickets.every((t) => t.status !== 'pending')): Promise<CustomerUpdate> {
  const esc = await waitFor(
    () => byTicket(h, ticketId),
    (e) => {
      const u = e.customerUpdates?.find((x) => x.id === updateId);
      return u !== undefined && done(u);
    },
    `customer update ${updateId} settled`,
  );
  return esc.customerUpdates!.find((x) => x.id === updateId)!;
}

function expectOneReplyEach(h: Harness, ticketIds: number[], updateId: string, text: string): void {
  for (const ticketId of ticketIds) {
    const replies = repliesOf(h, ticketId, updateId);
    expect(replies).toHaveLength(1);
    // What the customer reads: the text, nothing visible added.
    expect(replies[0]!.plainBody.replace(INVISIBLE, '')).toBe(text);
  }
}

describe.each(testDialects)('customer updates on %s', (dialect) => {
  let h: Harness | undefined;
  const start = async (opts: HarnessOptions = {}) => (h = await startHarness(dialect, opts));
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('refuses bad input, unknown escalations and missing or bad tokens, storing nothing', async () => {
    const h = await start();
    const created = await h.post('/api/escalations', escalationRequest({ ticketId: 1001 }));
    const id = created.body.id as string;
    const bad: Array<[unknown, string]> = [
      [{}, 'text'],
      [{ text: '' }, 'text'],
      [{ text: ' \n\t ' }, 'text'],
      [{ text: 'x'.repeat(5001) }, 'text'],
      [{ text: 42 }, 'text'],
      [{ text: 'ok', setStatus: 'closed' }, 'setStatus'],
      [{ text: 'ok', setStatus: 'open' }, 'setStatus'],
      [{ text: 'nul\u0000inside' }, 'text'],
      [[], 'body'],
    ];
    for (const [body, field] of bad) {
      const r = await postUpdate(h, id, body);
      expect({ body, status: r.status, field: r.body.field }).toEqual({ body, status: 400, field });
      expect(typeof r.body.message).toBe('string');
    }
    expect((await postUpdate(h, id, '{"text":')).status).toBe(400);
    const badKey = await postUpdate(h, id, { text: 'ok' }, { key: 'short' });
    expect(badKey).toMatchObject({ status: 400, body: { field: 'idempotency-key' } });

    expect((await postUpdate(h, '00000000-0000-4000-8000-000000000000', { text: 'ok' })).status).toBe(404);
    expect((await postUpdate(h, 'not an id!', { text: 'ok' })).status).toBe(404);

    expect((await postUpdate(h, id, { text: 'ok' }, { tok: null })).status).toBe(401);
    expect((await postUpdate(h, id, { text: 'ok' }, { tok: await token({ secret: 'another-secret-0123456789abcdef' }) })).status).toBe(401);
    expect((await postUpdate(h, id, { text: 'ok' }, { tok: await token({ expInS: -120 }) })).status).toBe(401);

    expect((await byTicket(h, 1001)).customerUpdates).toEqual([]);
    expect(await h.proxy.store.db.selectFrom('customer_updates').select('id').execute()).toEqual([]);
    expect(h.zendesk.tickets.get(1001)!.comments.filter((c) => customerUpdateIds(c.htmlBody).length > 0)).toEqual([]);
  });

  it('posts one public reply on every linked ticket, sets their status, and lists each send', async () => {
    const h = await start({ zendeskAppId: 'sandbox' });
    const esc = await escalatedWithLinks(h);
    const notifiedBefore = h.zendesk.appNotifications.length;
    const r = await postUpdate(h, esc.id, { text: `  ${TEXT}  `, setStatus: 'pending', agent: { name: 'Ana Agent', email: 'ana@sandbox.example.com' } });
    expect(r.status).toBe(202);
    const update = r.body as unknown as CustomerUpdate;
    expect(update).toMatchObject({ text: TEXT, setStatus: 'pending', sentBy: 'Ana Agent' });
    expect(update.tickets.map((t) => t.ticketId)).toEqual([1001, 1002, 1003]);

    const settled = await waitForSends(h, 1002, update.id);
    for (const t of settled.tickets) {
      expect(t).toMatchObject({ status: 'sent', error: null });
      expect(Date.parse(t.sentAt!)).toBeGreaterThanOrEqual(Date.parse(update.createdAt));
    }
    expectOneReplyEach(h, [1001, 1002, 1003], update.id, TEXT);
    for (const id of [1001, 1002, 1003]) expect(h.zendesk.tickets.get(id)!.status).toBe('pending');
    // The escalation itself is untouched, and the sidebars were told.
    const after = await byTicket(h, 1003);
    expect(after.state).toBe('active');
    expect(after.steps.some((s) => (s.name as string) === 'customer_update')).toBe(false);
    expect(h.zendesk.appNotifications.length).toBeGreaterThan(notifiedBefore);
    expect(h.zendesk.appNotifications.at(-1)).toMatchObject({ event: 'escalation_updated', body: { escalationId: esc.id } });
  });

  it('keeps the text as text: markup is escaped, paragraphs kept; solved is applied', async () => {
    const h = await start();
    const esc = await escalatedWithLinks(h);
    const text = '<b>Fixed</b> & verified <script>alert(1)</script>\n\n*not bold*';
    const r = await postUpdate(h, esc.id, { text, setStatus: 'solved' });
    const update = await waitForSends(h, 1001, (r.body as { id: string }).id);
    expect(update.tickets.every((t) => t.status === 'sent')).toBe(true);
    const [reply] = repliesOf(h, 1001, update.id);
    expect(reply!.htmlBody.replace(INVISIBLE, '')).toBe('<p>&lt;b&gt;Fixed&lt;/b&gt; &amp; verified &lt;script&gt;alert(1)&lt;/script&gt;</p><p>*not bold*</p>');
    expect(reply!.plainBody.replace(INVISIBLE, '')).toBe(text);
    for (const id of [1001, 1002, 1003]) expect(h.zendesk.tickets.get(id)!.status).toBe('solved');
  });

  it('sends exactly one reply per ticket through 429, 500, and a PUT Zendesk did but answered 500', async () => {
    const h = await start();
    const esc = await escalatedWithLinks(h);
    h.zendesk.faults.add({ status: 429, retryAfter: 1, method: 'PUT', pathIncludes: '/tickets/1001.json' });
    h.zendesk.faults.add({ status: 500, method: 'PUT', pathIncludes: '/tickets/1002.json', times: 2 });
    h.zendesk.faults.add({ status: 500, method: 'PUT', pathIncludes: '/tickets/1003.json', afterEffect: true });
    const r = await postUpdate(h, esc.id, { text: TEXT });
    expect(r.status).toBe(202);
    const update = await waitForSends(h, 1001, (r.body as { id: string }).id);
    expect(update.tickets.map((t) => t.status)).toEqual(['sent', 'sent', 'sent']);
    expectOneReplyEach(h, [1001, 1002, 1003], update.id, TEXT);
  });

  it('an instance frozen after the PUT, before storing it: the next one finds the reply by its marker', async () => {
    let freeze = true;
    const h = await start({
      leaseMs: 1000,
      renewEveryMs: 60_000,
      afterEffect: async (step) => {
        if (step === 'customer_update' && freeze) await new Promise(() => {});
      },
    });
    const esc = await escalatedWithLinks(h);
    const r = await postUpdate(h, esc.id, { text: TEXT });
    const updateId = (r.body as { id: string }).id;
    await waitFor(() => [1001, 1002, 1003].every((t) => repliesOf(h, t, updateId).length === 1), (all) => all, 'every reply written');
    await h.proxy.worker.stop(0);
    freeze = false;
    await h.startInstance({ workerId: 'restarted' });
    const update = await waitForSends(h, 1001, updateId);
    expect(update.tickets.map((t) => t.status)).toEqual(['sent', 'sent', 'sent']);
    expectOneReplyEach(h, [1001, 1002, 1003], updateId, TEXT);
  });

  it('repeated and concurrent POSTs on two instances store one update and send it once', async () => {
    const h = await start();
    const second = dialect === 'postgres' ? await h.startInstance({ workerId: 'second' }) : h.proxy;
    const esc = await escalatedWithLinks(h);
    // The browser retries with its Idempotency-Key; an operator presses send twice (no key).
    const keyed = await Promise.all(Array.from({ length: 6 }, (_, i) => postUpdate(h, esc.id, { text: TEXT }, { key: 'draft-7f3a9c21', base: i % 2 ? second.url : h.proxy.url })));
    const plain = await Promise.all(Array.from({ length: 6 }, (_, i) => postUpdate(h, esc.id, { text: 'Second update: fixed.' }, { base: i % 2 ? second.url : h.proxy.url })));
    for (const group of [keyed, plain]) {
      expect(group.every((r) => r.status === 202)).toBe(true);
      expect(new Set(group.map((r) => r.body.id)).size).toBe(1);
      expect(group.filter((r) => r.replayed === 'true')).toHaveLength(5);
    }
    // A different text is a different update; the same key with another text still means the first.
    const other = await postUpdate(h, esc.id, { text: 'Third update.' });
    expect(other.body.id).not.toBe(keyed[0]!.body.id);
    expect((await postUpdate(h, esc.id, { text: 'changed' }, { key: 'draft-7f3a9c21' })).body.id).toBe(keyed[0]!.body.id);

    const ids = [keyed[0]!.body.id, plain[0]!.body.id, other.body.id] as string[];
    for (const id of ids) await waitForSends(h, 1001, id);
    expectOneReplyEach(h, [1001, 1002, 1003], ids[0]!, TEXT);
    expectOneReplyEach(h, [1001, 1002, 1003], ids[1]!, 'Second update: fixed.');
    expect((await byTicket(h, 1001)).customerUpdates!.map((u) => u.id)).toEqual(ids);
  });

  it('a closed or deleted ticket fails its own send in words; the others go and the escalation stays active', async () => {
    const h = await start();
    const esc = await escalatedWithLinks(h);
    h.zendesk.tickets.update(1002, { status: 'closed' });
    h.zendesk.tickets.remove(1003);
    const r = await postUpdate(h, esc.id, { text: TEXT, setStatus: 'solved' });
    const update = await waitForSends(h, 1001, (r.body as { id: string }).id);
    const byId = Object.fromEntries(update.tickets.map((t) => [t.ticketId, t]));
    expect(byId[1001]).toMatchObject({ status: 'sent', error: null });
    expect(byId[1002]).toMatchObject({ status: 'failed', sentAt: null });
    expect(byId[1002]!.error).toMatch(/#1002 is closed/);
    expect(byId[1003]).toMatchObject({ status: 'failed', sentAt: null });
    expect(byId[1003]!.error).toMatch(/#1003 no longer exists/);
    expect(repliesOf(h, 1002, update.id)).toEqual([]);
    expectOneReplyEach(h, [1001], update.id, TEXT);
    expect((await byTicket(h, 1001)).state).toBe('active');
  });

  it('an archived escalation takes no update', async () => {
    const h = await start();
    const esc = await escalatedWithLinks(h);
    await h.proxy.store.db.updateTable('escalations').set({ state: 'archived' }).where('id', '=', esc.id).execute();
    const r = await postUpdate(h, esc.id, { text: TEXT });
    expect(r).toMatchObject({ status: 409, body: { error: 'archived' } });
    expect(await h.proxy.store.db.selectFrom('customer_updates').select('id').execute()).toEqual([]);
  });
});

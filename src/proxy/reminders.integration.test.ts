// "Don't go dark" with a clock the test moves: the reminder job posts after a cadence without a human
// update, at most once per cadence, never after resolution, and once across proxy instances.
import type { Harness } from './testing/harness';
import { escalatedHarness, byTicket, channelMessages } from './testing/inbound';
import { waitFor } from './testing/waitFor';
import { testDialects } from './store/testStores';

jest.setTimeout(30_000);

const MIN = 60_000;

describe.each(testDialects)('reminders on %s', (dialect) => {
  let h: Harness;
  let t0: number;
  let now: number;
  let channel: string;
  const clock = () => new Date(now);

  beforeEach(async () => {
    t0 = Date.now();
    now = t0;
    ({ h, channel } = await escalatedHarness(dialect, { now: clock }));
  });
  afterEach(() => h.close());

  const reminders = () => channelMessages(h, channel).filter((m) => m.text.includes('No update here for 15 min'));
  /** When the queued reminder job runs next, in minutes after t0 (null when the chain ended). */
  const nextRunMin = async () => {
    const rows = await h.proxy.store.db.selectFrom('jobs').select(['run_at']).where('state', '=', 'queued').where('payload_json', 'like', '%"task":"reminder"%').execute();
    if (rows.length > 1) throw new Error(`${rows.length} reminder jobs queued: the chain forked`);
    return rows[0] ? Math.round((Date.parse(rows[0].run_at) - t0) / MIN) : null;
  };
  const advanceTo = (min: number, ...others: Array<{ worker: { wake(): void } }>) => {
    now = t0 + min * MIN;
    for (const p of [h.proxy, ...others]) p.worker.wake();
  };
  const waitNext = (min: number | null) => waitFor(nextRunMin, (m) => m === min, `reminder job at +${min} min`);

  it('is scheduled one cadence after the channel opened, and not posted before', async () => {
    await waitNext(15);
    advanceTo(14);
    // The job is not due, so no worker may claim it: nothing is posted.
    expect(await nextRunMin()).toBe(15);
    expect(reminders()).toHaveLength(0);
  });

  it('posts when due, then not again within the next cadence', async () => {
    await waitNext(15);
    advanceTo(16);
    await waitFor(reminders, (r) => r.length === 1, 'first reminder');
    await waitNext(31);
    advanceTo(30);
    expect(await nextRunMin()).toBe(31);
    advanceTo(31);
    await waitFor(reminders, (r) => r.length === 2, 'second reminder');
    await waitNext(46);
    expect(reminders()).toHaveLength(2);
  });

  it('a human update restarts the cadence', async () => {
    await waitNext(15);
    advanceTo(10);
    await h.slack.postAsUser(channel, 'U0ENG00002', 'Still investigating, next update in 10');
    advanceTo(16);
    await waitNext(25);
    expect(reminders()).toHaveLength(0);
    expect((await byTicket(h, 1001)).latestUpdate?.text).toBe('Still investigating, next update in 10');
  });

  it('never after resolution', async () => {
    await waitNext(15);
    h.zendesk.tickets.update(1001, { status: 'solved' });
    await h.zendesk.webhooksSettled();
    await waitFor(() => byTicket(h, 1001), (e) => e.state === 'resolved', 'resolved');
    advanceTo(16);
    // The job runs, sees the escalation resolved and ends the chain without posting.
    await waitNext(null);
    advanceTo(60);
    expect(reminders()).toHaveLength(0);
  });

  it('survives a restart', async () => {
    await waitNext(15);
    await h.proxy.close();
    const again = await h.startInstance({ now: clock });
    advanceTo(16, again);
    await waitFor(reminders, (r) => r.length === 1, 'reminder after restart');
  });

  it('two instances on one store post each reminder once', async () => {
    const second = await h.startInstance({ now: clock });
    await waitNext(15);
    advanceTo(16, second);
    await waitFor(reminders, (r) => r.length === 1, 'reminder');
    await waitNext(31);
    advanceTo(31, second);
    await waitFor(reminders, (r) => r.length === 2, 'second reminder');
    await waitNext(46);
    expect(reminders()).toHaveLength(2);
  });
});

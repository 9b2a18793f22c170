// The store survives its database: Postgres dropping every connection (restart, failover, idle
// timeout) or going away for a while must neither kill the process nor leave the store broken.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { openStore } from './db';
import type { Store } from './db';
import { startTcpRelay } from '../testing/tcpProxy';
import type { TcpRelay } from '../testing/tcpProxy';

const url = process.env.TEST_DATABASE_URL;
const onPostgres = url ? describe : describe.skip;

jest.setTimeout(30_000);

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

onPostgres('the store on Postgres', () => {
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  let store: Store | undefined;
  let relay: TcpRelay | undefined;
  beforeAll(() => admin((c) => c.query(`create schema ${schema}`)));
  afterEach(async () => {
    await store?.close();
    await relay?.close();
    store = undefined;
    relay = undefined;
  });
  afterAll(() => admin((c) => c.query(`drop schema ${schema} cascade`)));

  it("migrates its own schema even when another schema already has Kysely's migration tables", async () => {
    const other = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
    await admin((c) => c.query(`create schema ${other}`));
    try {
      const first = await openStore(url!, { searchPath: other });
      await first.close();
      store = await openStore(url!, { searchPath: schema });
      await expect(store.db.selectFrom('escalations').select('id').execute()).resolves.toEqual([]);
    } finally {
      await admin((c) => c.query(`drop schema ${other} cascade`));
    }
  });

  it('keeps answering after every one of its connections is terminated', async () => {
    const applicationName = `dbtest-${randomUUID().slice(0, 8)}`;
    const lost: Error[] = [];
    store = await openStore(url!, { searchPath: schema, applicationName, onConnectionError: (e) => lost.push(e) });
    // Several connections open and idle in the pool.
    await Promise.all(Array.from({ length: 4 }, () => sql`select pg_sleep(0.05)`.execute(store!.db)));
    const killed = await admin((c) => c.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1', [applicationName]));
    expect(killed.rowCount).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(lost.length).toBeGreaterThan(0);
    // The pool replaced the dead connections: the next queries just work.
    await expect(store.ping()).resolves.toBe(true);
    await expect(store.db.selectFrom('jobs').select('id').execute()).resolves.toEqual([]);
  });

  it('is not ready while the database is unreachable, and ready again once it is back', async () => {
    const target = new URL(url!);
    relay = await startTcpRelay(target.hostname, Number(target.port || 5432));
    const relayed = new URL(url!);
    relayed.host = `127.0.0.1:${relay.port}`;
    store = await openStore(relayed.toString(), { searchPath: schema, onConnectionError: () => undefined });
    await expect(store.ping()).resolves.toBe(true);
    relay.cut();
    const t0 = Date.now();
    await expect(store.ping()).resolves.toBe(false);
    expect(Date.now() - t0).toBeLessThan(3000);
    await expect(store.db.selectFrom('jobs').select('id').execute()).rejects.toThrow();
    relay.restore();
    await expect(store.ping()).resolves.toBe(true);
  });
});

// Migrations on Postgres keep to the connection's own schema: Kysely's tables left in another schema
// of the same database (another tenant, a test that was killed) must not make it skip creating its own.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { openStore } from './db';

const url = process.env.TEST_DATABASE_URL;
const onPostgres = url ? it : it.skip;

onPostgres('migrates a fresh schema while another schema holds half-made Kysely tables', async () => {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const leftover = `t_left_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const fresh = `t_new_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  try {
    await admin.query(`create schema ${leftover}; create table ${leftover}.kysely_migration_lock (id varchar(255) primary key, is_locked integer not null default 0)`);
    await admin.query(`create schema ${fresh}`);
    const store = await openStore(url!, { searchPath: fresh, poolSize: 2 });
    try {
      expect(await store.ping()).toBe(true);
      const { rows } = await admin.query(`select table_name from information_schema.tables where table_schema = $1 and table_name like 'kysely%' order by 1`, [fresh]);
      expect(rows.map((r: { table_name: string }) => r.table_name)).toEqual(['kysely_migration', 'kysely_migration_lock']);
    } finally {
      await store.close();
    }
  } finally {
    await admin.query(`drop schema if exists ${leftover} cascade; drop schema if exists ${fresh} cascade`);
    await admin.end();
  }
});

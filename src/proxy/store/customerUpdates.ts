// Customer updates: the text the agent approved (customer_updates) and, per linked ticket, the
// `customer_update` step that sends it (steps, key customer_update:<update id>:<ticket id>).
import type { CustomerUpdate } from '../../core/api';
import type { Db } from './escalations';
import type { CustomerUpdateRow, StepRow } from './tables';

const STEP = 'customer_update';

export function customerUpdateStepKey(updateId: string, ticketId: number): string {
  return `${STEP}:${updateId}:${ticketId}`;
}

/** The update a customer_update step sends, from its key. */
export function updateIdOfStep(key: string): string | null {
  const m = /^customer_update:([0-9a-f]+):\d+$/.exec(key);
  return m?.[1] ?? null;
}

export async function insertCustomerUpdate(trx: Db, row: CustomerUpdateRow): Promise<void> {
  await trx.insertInto('customer_updates').values(row).execute();
}

export async function getCustomerUpdate(db: Db, id: string): Promise<CustomerUpdateRow | undefined> {
  return db.selectFrom('customer_updates').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * The update a repeated POST means: the same Idempotency-Key, or (without one) the same text and
 * status sent to the same escalation since `since`.
 */
export async function findRepeat(
  db: Db,
  escalationId: string,
  update: { idempotencyKey: string | null; text: string; setStatus: CustomerUpdateRow['set_status'] },
  since: string,
): Promise<CustomerUpdateRow | undefined> {
  let q = db.selectFrom('customer_updates').selectAll().where('escalation_id', '=', escalationId);
  q = update.idempotencyKey
    ? q.where('idempotency_key', '=', update.idempotencyKey)
    : q
        .where('text', '=', update.text)
        .where('created_at', '>=', since)
        .where((eb) => (update.setStatus === null ? eb('set_status', 'is', null) : eb('set_status', '=', update.setStatus)));
  return q.orderBy('created_at', 'desc').executeTakeFirst();
}

export async function customerUpdatesOf(db: Db, escalationIds: readonly string[]): Promise<CustomerUpdateRow[]> {
  if (escalationIds.length === 0) return [];
  return db.selectFrom('customer_updates').selectAll().where('escalation_id', 'in', escalationIds).orderBy('created_at').orderBy('id').execute();
}

interface SentResult {
  sentAt?: string;
}

/** The wire shape: each update with its tickets' sends, read from their steps. */
export function toCustomerUpdates(rows: readonly CustomerUpdateRow[], steps: readonly StepRow[]): CustomerUpdate[] {
  return rows.map((row) => ({
    id: row.id,
    text: row.text,
    setStatus: row.set_status,
    sentBy: row.sent_by,
    createdAt: row.created_at,
    tickets: steps
      .filter((s) => s.name === STEP && updateIdOfStep(s.key) === row.id && s.ticket_id !== null)
      .sort((a, b) => (a.ticket_id ?? 0) - (b.ticket_id ?? 0))
      .map((s) => {
        const result = s.result_json ? (JSON.parse(s.result_json) as SentResult) : {};
        return {
          ticketId: s.ticket_id as number,
          status: s.status === 'done' ? ('sent' as const) : s.status === 'failed' ? ('failed' as const) : ('pending' as const),
          error: s.status === 'done' ? null : s.last_error,
          sentAt: s.status === 'done' ? (result.sentAt ?? s.updated_at) : null,
        };
      }),
  }));
}

// Store functions of the board: the escalation's Jira issue and its status, and a step's short claim
// on its effect.
import type { Db } from './escalations';

export interface StoredBoard {
  key: string;
  url: string;
  status: string | null;
  statusAt: string | null;
}

export async function setBoard(db: Db, escalationId: string, board: StoredBoard): Promise<void> {
  await db
    .updateTable('escalations')
    .set({ board_key: board.key, board_url: board.url, board_status: board.status, board_status_at: board.statusAt })
    .where('id', '=', escalationId)
    .execute();
}

/**
 * A status heard at `at` for an issue: stored on every escalation holding that key unless a later one
 * is stored already (webhooks can arrive out of order). Answers the escalations whose status changed.
 */
export async function recordBoardStatus(db: Db, key: string, status: string, at: string): Promise<string[]> {
  const rows = await db.selectFrom('escalations').select(['id', 'board_status', 'board_status_at']).where('board_key', '=', key).execute();
  const changed: string[] = [];
  for (const row of rows) {
    if (row.board_status_at && row.board_status_at > at) continue;
    await db.updateTable('escalations').set({ board_status: status, board_status_at: at }).where('id', '=', row.id).execute();
    if (row.board_status !== status) changed.push(row.id);
  }
  return changed;
}

/**
 * Claims a step's effect until `until`, unless another attempt holds it still: a compare-and-set, so of
 * two attempts racing only one wins. A claim that was not released (a crash) lapses at `until`.
 */
export async function claimStep(db: Db, escalationId: string, key: string, now: string, until: string): Promise<boolean> {
  const r = await db
    .updateTable('steps')
    .set({ claimed_until: until })
    .where('escalation_id', '=', escalationId)
    .where('key', '=', key)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function releaseStep(db: Db, escalationId: string, key: string): Promise<void> {
  await db.updateTable('steps').set({ claimed_until: null }).where('escalation_id', '=', escalationId).where('key', '=', key).execute();
}

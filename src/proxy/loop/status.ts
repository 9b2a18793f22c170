// What the sidebar's status shows beyond the stored row: who was invited (from the invite step's
// result, with the names Slack gave) and the reminder cadence of the escalation's route.
import type { Escalation } from '../../core/api';
import type { Routing } from '../routing';
import { routeFor } from '../routing';
import type { Db } from '../store/escalations';

type InviteResult = { invited?: unknown; names?: Record<string, string | null> };

function invitedFrom(resultJson: string | null): Escalation['invited'] {
  if (!resultJson) return undefined;
  let r: InviteResult;
  try {
    r = JSON.parse(resultJson) as InviteResult;
  } catch {
    return undefined;
  }
  if (!Array.isArray(r.invited)) return undefined;
  return r.invited.filter((u): u is string => typeof u === 'string').map((id) => {
    const name = r.names?.[id];
    return name ? { id, name } : { id };
  });
}

export async function withStatus(db: Db, routing: Routing, escs: Escalation[]): Promise<Escalation[]> {
  if (!escs.length) return escs;
  const invites = await db
    .selectFrom('steps')
    .select(['escalation_id', 'result_json'])
    .where('name', '=', 'invite')
    .where('status', '=', 'done')
    .where('escalation_id', 'in', escs.map((e) => e.id))
    .execute();
  return escs.map((e) => {
    const invited = invitedFrom(invites.find((i) => i.escalation_id === e.id)?.result_json ?? null);
    const cadenceMinutes = routeFor(routing, e.issueType, e.product).reminderMinutes;
    return { ...e, cadenceMinutes, ...(invited ? { invited } : {}) };
  });
}

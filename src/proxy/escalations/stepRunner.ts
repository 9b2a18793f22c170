// Runs one escalation step as a job. Every Slack/Zendesk effect is followed by storing its result in
// the same transaction that removes the job; a retried step first checks whether an earlier attempt
// (perhaps by a crashed process) already had the effect, so nothing is posted or created twice.
import type { CreateEscalationRequest, StepName } from '../../core/api';
import type { EscalationMode } from '../../core/types';
import type { Job, JobContext, JobHandler } from '../jobs/worker';
import { errorText } from '../jobs/worker';
import type { Routing } from '../routing';
import { routeFor } from '../routing';
import type { SlackGateway } from '../slack/gateway';
import { SlackCallError } from '../slack/errors';
import type { Store } from '../store/db';
import { getEscalationRow, getStep, getTickets, updateEscalation, updateStep } from '../store/escalations';
import type { EscalationRow, StepRow } from '../store/tables';
import type { ZendeskGateway } from '../zendesk/gateway';
import { buildCard, cardMarker, linkedTicketMessage, linkMarker, noteMarker, zendeskNote } from './card';
import { candidateIndex, candidateName, channelNameFor } from './channelName';
import { completeStep, stateFor } from './progress';
import type { StepJobPayload } from './progress';
import { getSteps } from '../store/escalations';

export interface StepDeps {
  store: Store;
  slack: SlackGateway;
  zendesk: ZendeskGateway;
  routing: Routing;
  maxAttempts: number;
  now: () => Date;
  /** Told whenever an escalation changes, so waiting requests can answer at once. */
  onChange: (escalationId: string) => void;
  /** Test seam: runs right after a Slack/Zendesk effect, before its result is stored (crash simulation). */
  afterEffect?: (step: StepName, escalationId: string) => Promise<void>;
}

/** A step that cannot run yet or ever: not retryable, the words go to the step's last error. */
class StepFailure extends Error {
  readonly retryable = false;
}

const MAX_NAME_CANDIDATES = 20;

type Done = (result?: unknown, extra?: Parameters<typeof updateEscalation>[2]) => Promise<void>;

export function createStepHandler(deps: StepDeps): JobHandler<StepJobPayload> {
  const { store } = deps;

  async function run(job: Job<StepJobPayload>, ctx: JobContext): Promise<void> {
    const { escalationId, stepKey } = job.payload;
    const [row, step] = await Promise.all([getEscalationRow(store.db, escalationId), getStep(store.db, escalationId, stepKey)]);
    if (!row || !step || step.status === 'done') return; // nothing left to do: the job just goes
    const req = JSON.parse(row.request_json) as CreateEscalationRequest;
    const route = routeFor(deps.routing, req.issueType, req.product);
    const done: Done = async (result, extra) => {
      await ctx.finish(async (trx) => {
        if (extra) await updateEscalation(trx, escalationId, extra);
        await updateStep(trx, escalationId, stepKey, { attempts: job.attempt, updated_at: deps.now().toISOString() });
        await completeStep(trx, escalationId, stepKey, result, deps.now(), deps.maxAttempts);
      });
      deps.onChange(escalationId);
    };
    const effectDone = async (name: StepName) => deps.afterEffect?.(name, escalationId);
    // Attempt 1 of a step has no earlier effect to find; later ones look first.
    const retrying = job.attempt > 1;

    switch (step.name as StepName) {
      case 'create_channel':
        return createChannel(row, req, route.channelNameTemplate, route.privateChannel, done, effectDone);
      case 'find_triage_channel': {
        if (!route.triageChannel) throw new StepFailure('no triage channel in the routing file for this issue type');
        const ref = route.triageChannel;
        const ch = /^[CG][A-Z0-9]{2,}$/.test(ref) ? { id: ref, name: ref } : await deps.slack.findChannelByName(ref);
        if (!ch) throw new StepFailure(`triage channel #${ref} not found (or the bot cannot see it)`);
        try {
          await deps.slack.join(ch.id);
        } catch (e) {
          // Private channels cannot be joined: the bot must have been invited; posting will say if not.
          if (!(e instanceof SlackCallError && ['method_not_supported_for_channel_type', 'already_in_channel', 'is_archived'].includes(e.code))) throw e;
          if (e.code === 'is_archived') throw new StepFailure(`triage channel #${ch.name} is archived`);
        }
        return done({ channelId: ch.id }, { channel_id: ch.id, channel_name: ch.name, channel_url: await deps.slack.channelUrl(ch.id), updated_at: deps.now().toISOString() });
      }
      case 'invite':
        return invite(row, req, route.invitees, done);
      case 'post_card': {
        const channel = needChannel(row);
        const mode = row.mode as EscalationMode;
        const marker = cardMarker(escalationId);
        const earlier = retrying ? await findMarked(channel, marker) : null;
        const ts = earlier ?? (await deps.slack.postMessage({ channel, ...buildCard(escalationId, req, route.maskIds) })).ts;
        if (!earlier) await effectDone('post_card');
        const threadPatch = mode === 'thread' ? { thread_ts: ts, updated_at: deps.now().toISOString() } : undefined;
        return done({ ts }, threadPatch);
      }
      case 'bookmark': {
        const channel = needChannel(row);
        if (!(retrying && (await deps.slack.bookmarkLinks(channel)).includes(req.ticket.url))) {
          await deps.slack.addBookmark(channel, `Zendesk ticket #${req.ticket.id}`, req.ticket.url);
          await effectDone('bookmark');
        }
        return done();
      }
      case 'zendesk_note': {
        const ticketId = step.ticket_id ?? req.ticket.id;
        const marker = noteMarker(escalationId);
        const already = retrying && (await deps.zendesk.comments(ticketId)).some((c) => c.body.includes(marker));
        if (!already) {
          const mode = row.mode as 'channel' | 'thread';
          const url = mode === 'thread' && row.thread_ts ? `${row.channel_url}/p${row.thread_ts.replace('.', '')}` : (row.channel_url ?? '');
          const body = zendeskNote(escalationId, { mode, issueType: req.issueType, channelName: row.channel_name ?? '', url, linked: ticketId !== req.ticket.id });
          await deps.zendesk.addInternalNote(ticketId, { body, tags: [route.zendeskTag, `escalation_${req.issueType}`] });
          await effectDone('zendesk_note');
        }
        return done();
      }
      case 'announce_ticket': {
        const channel = needChannel(row);
        const ticketId = step.ticket_id;
        const ticket = (await getTickets(store.db, escalationId)).find((t) => t.ticket_id === ticketId);
        if (!ticket || ticketId === null) return done();
        const marker = linkMarker(escalationId, ticketId);
        if (!(retrying && (await findMarked(channel, marker)))) {
          const msg = linkedTicketMessage(escalationId, { id: ticketId, subject: ticket.subject, url: ticket.url }, ticket.linked_by ?? undefined, route.maskIds);
          await deps.slack.postMessage({ channel, ...msg, ...(row.thread_ts ? { threadTs: row.thread_ts } : {}) });
          await effectDone('announce_ticket');
        }
        return done();
      }
    }
  }

  function needChannel(row: EscalationRow): string {
    if (!row.channel_id) throw new StepFailure('the Slack channel does not exist yet');
    return row.channel_id;
  }

  function findMarked(channel: string, blockId: string): Promise<string | null> {
    return deps.slack.findOwnMessage(channel, blockId);
  }

  async function createChannel(row: EscalationRow, req: CreateEscalationRequest, template: string, isPrivate: boolean, done: Done, effectDone: (s: StepName) => Promise<void>): Promise<void> {
    const base = channelNameFor(template, { issueType: req.issueType, ticketId: req.ticket.id, subject: req.ticket.subject, product: req.product });
    // An intent stored by an earlier attempt means that name may already be ours.
    let intent = row.channel_intent;
    let n = (intent && candidateIndex(base, intent)) || 1;
    for (; n <= MAX_NAME_CANDIDATES; n++) {
      const name = candidateName(base, n);
      const triedBefore = intent === name;
      if (!triedBefore) {
        await updateEscalation(store.db, row.id, { channel_intent: name, updated_at: deps.now().toISOString() });
        intent = name;
      }
      try {
        const ch = await deps.slack.createChannel(name, isPrivate);
        await effectDone('create_channel');
        return await stored(ch.id, ch.name);
      } catch (e) {
        if (!(e instanceof SlackCallError && e.code === 'name_taken')) throw e;
        if (triedBefore) {
          const ours = await ownChannel(name);
          if (ours) return await stored(ours.id, ours.name);
        }
      }
    }
    throw new StepFailure(`no free channel name after ${MAX_NAME_CANDIDATES} tries (${base}, ${base}-2, ...)`);

    async function stored(id: string, name: string): Promise<void> {
      const url = await deps.slack.channelUrl(id);
      await done({ channelId: id }, { channel_id: id, channel_name: name, channel_url: url, updated_at: deps.now().toISOString() });
    }
  }

  /** The channel by that name if this bot created it, it is live, and no other escalation holds it. */
  async function ownChannel(name: string) {
    const [ch, { botUserId }] = await Promise.all([deps.slack.findChannelByName(name), deps.slack.identity()]);
    if (!ch || ch.isArchived || ch.creator !== botUserId) return null;
    const holder = await store.db.selectFrom('escalations').select('id').where('channel_id', '=', ch.id).executeTakeFirst();
    return holder ? null : ch;
  }

  async function invite(row: EscalationRow, req: CreateEscalationRequest, invitees: ReturnType<typeof routeFor>['invitees'], done: Done): Promise<void> {
    const channel = needChannel(row);
    const notes: string[] = [];
    // A misrouted id or an unknown email is noted, not fatal: the channel must still get its people.
    const soft = async <T>(what: string, p: Promise<T>, fallback: T): Promise<T> =>
      p.catch((e: unknown) => {
        if (e instanceof SlackCallError && !e.retryable) {
          notes.push(`${what}: ${e.code}`);
          return fallback;
        }
        throw e;
      });
    const [groups, emails, { botUserId }] = await Promise.all([
      Promise.all(invitees.usergroups.map((g) => soft(`user group ${g}`, deps.slack.usergroupMembers(g), [] as string[]))),
      Promise.all([...invitees.emails, req.agent.email].map(async (email) => {
        const id = await soft(`email ${email}`, deps.slack.userIdByEmail(email), null);
        if (!id) notes.push(`no Slack user for ${email}`);
        return id;
      })),
      deps.slack.identity(),
    ]);
    const users = [...new Set([...invitees.users, ...groups.flat(), ...emails.filter((x): x is string => !!x)])].filter((u) => u !== botUserId);
    // Names for the sidebar's "who was invited", looked up while the invite runs (one round trip, not
    // two); a lookup that fails leaves just the id.
    const [errors, allNames] = await Promise.all([
      deps.slack.invite(channel, users),
      Promise.all(users.map(async (u) => [u, await deps.slack.userName(u).catch(() => null)] as const)),
    ]);
    for (const e of errors) if (e.error !== 'already_in_channel') notes.push(`${e.user}: ${e.error}`);
    const failed = new Set(errors.filter((e) => e.error !== 'already_in_channel').map((e) => e.user));
    const invited = users.filter((u) => !failed.has(u));
    const names = Object.fromEntries(allNames.filter(([u]) => !failed.has(u)));
    return done({ invited, names, notes });
  }

  return {
    run,
    async onError(trx, job, error, willRetry) {
      const { escalationId, stepKey } = job.payload;
      const now = deps.now().toISOString();
      await updateStep(trx, escalationId, stepKey, { attempts: job.attempt, last_error: errorText(error), updated_at: now, ...(willRetry ? {} : { status: 'failed' as const }) });
      if (!willRetry) {
        const row = await getEscalationRow(trx, escalationId);
        if (row) {
          const steps = (await getSteps(trx, escalationId)) as StepRow[];
          await updateEscalation(trx, escalationId, { state: stateFor(row.mode as EscalationMode, steps, row.state as never), updated_at: now });
        }
      }
      queueMicrotask(() => deps.onChange(escalationId));
    },
  };
}

// Runs one escalation step as a job: counts the attempt durably, asks the step for its earlier effect
// when an attempt came before (crash, timeout, lease taken over, operator retry), performs it
// otherwise, and stores the result with the lifecycle's decision in the transaction that removes the job.
import type { CreateEscalationRequest, StepName } from '../../core/api';
import type { Job, JobContext, JobHandler } from '../jobs/worker';
import { errorText } from '../jobs/worker';
import type { Routing } from '../routing';
import { claimStep, releaseStep } from '../store/board';
import { routeFor } from '../routing';
import type { Store } from '../store/db';
import { getCustomerUpdate } from '../store/customerUpdates';
import { getEscalationRow, getStep, getSteps, getTickets, startAttempt, updateEscalation, updateStep } from '../store/escalations';
import { stepKey } from './plan';
import { stepSpec } from './steps/registry';
import type { JiraPort, SlackPort, StepContext, StepOutcome, ZendeskPort } from './steps/types';
import { applyEvent } from './transitions';
import type { StepJobPayload } from './transitions';

export interface StepDeps {
  store: Store;
  slack: SlackPort;
  zendesk: ZendeskPort & { ticketUrl(ticketId: number): string };
  /** Null when the proxy has no Jira configuration (no board steps are planned then). */
  jira: JiraPort | null;
  routing: Routing;
  maxAttempts: number;
  now: () => Date;
  /** Told whenever an escalation changes, so waiting requests can answer at once. */
  onChange: (escalationId: string) => void;
  /** Test seam: runs right after a Slack/Zendesk effect, before its result is stored (crash simulation). */
  afterEffect?: (step: StepName, escalationId: string) => Promise<void>;
}

export function createStepHandler(deps: StepDeps): JobHandler<StepJobPayload> {
  const { store } = deps;

  async function context(escalationId: string, key: string, ticketId: number | null): Promise<StepContext | null> {
    const [row, steps, tickets] = await Promise.all([getEscalationRow(store.db, escalationId), getSteps(store.db, escalationId), getTickets(store.db, escalationId)]);
    if (!row) return null;
    const request = JSON.parse(row.request_json) as CreateEscalationRequest;
    return {
      escalation: row,
      request,
      route: routeFor(deps.routing, request.issueType, request.product),
      key,
      ticketId,
      linkedBy: tickets.find((t) => t.ticket_id === ticketId)?.linked_by ?? null,
      slack: deps.slack,
      zendesk: deps.zendesk,
      jira: deps.jira,
      boardPlanned: steps.some((s) => s.name === 'board_item'),
      resultOf<T>(name: StepName, forTicket: number | null = null) {
        const key = stepKey(name, stepSpec(name).perTicket ? (forTicket ?? request.ticket.id) : null);
        const done = steps.find((s) => s.key === key && s.status === 'done');
        return done?.result_json ? (JSON.parse(done.result_json) as T) : undefined;
      },
      ticketUrl: (id) => deps.zendesk.ticketUrl(id),
      remember: (patch) => updateEscalation(store.db, escalationId, { ...patch, updated_at: deps.now().toISOString() }),
      customerUpdate: async (updateId) => {
        const update = await getCustomerUpdate(store.db, updateId);
        return update?.escalation_id === escalationId ? update : undefined;
      },
      channelHeld: async (channelId) => !!(await store.db.selectFrom('escalations').select('id').where('channel_id', '=', channelId).executeTakeFirst()),
      claim: (ms) => {
        const at = deps.now();
        return claimStep(store.db, escalationId, key, at.toISOString(), new Date(at.getTime() + ms).toISOString());
      },
      release: () => releaseStep(store.db, escalationId, key),
      now: deps.now,
    };
  }

  async function run(job: Job<StepJobPayload>, ctx: JobContext): Promise<void> {
    const { escalationId, stepKey: key } = job.payload;
    const step = await getStep(store.db, escalationId, key);
    // Done, failed or never queued: nothing for this job to do, it just goes.
    if (!step || step.status !== 'pending') return;
    const stepCtx = await context(escalationId, key, step.ticket_id);
    if (!stepCtx) return;
    const attempts = await startAttempt(store.db, escalationId, key, deps.now().toISOString());
    const module = stepSpec(step.name);
    // The very first attempt cannot find an effect of its own: every marker carries this escalation's id.
    const earlier = attempts > 1 ? await module.findEarlier(stepCtx) : null;
    let outcome: StepOutcome;
    if (earlier) {
      outcome = earlier;
    } else {
      outcome = await module.perform(stepCtx);
      await deps.afterEffect?.(step.name, escalationId);
    }
    await ctx.finish(async (trx) => {
      const at = deps.now();
      if (outcome.patch) await updateEscalation(trx, escalationId, { ...outcome.patch, updated_at: at.toISOString() });
      await updateStep(trx, escalationId, key, { last_error: null, result_json: outcome.result === undefined ? null : JSON.stringify(outcome.result), updated_at: at.toISOString() });
      await applyEvent(trx, escalationId, { type: 'step_done', key }, at, deps.maxAttempts);
      await module.onDone?.(trx, escalationId, at, deps.maxAttempts);
    });
    deps.onChange(escalationId);
  }

  return {
    run,
    async onError(trx, job, error, willRetry) {
      const { escalationId, stepKey: key } = job.payload;
      const at = deps.now();
      // A stale job (its step done or failed meanwhile) must not undo what is stored.
      if ((await getStep(trx, escalationId, key))?.status !== 'pending') return;
      await updateStep(trx, escalationId, key, { last_error: errorText(error), updated_at: at.toISOString() });
      if (!willRetry) await applyEvent(trx, escalationId, { type: 'step_failed', key }, at, deps.maxAttempts);
      queueMicrotask(() => deps.onChange(escalationId));
    },
  };
}

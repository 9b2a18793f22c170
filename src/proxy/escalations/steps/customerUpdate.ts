// customer_update: one customer update as a public reply on one linked ticket, with the status the
// agent chose set in the same Zendesk update. The reply carries the update's invisible marker, so a
// later attempt (a crash after the PUT, a timeout whose PUT went through) finds it in the ticket's
// comments and sends nothing. A ticket Zendesk will not take a reply on (deleted, closed) fails this
// send alone, in words; 429 and 5xx are retried by the worker, honouring Retry-After.
import { customerUpdateIds, customerUpdateMarker } from '../../../core/appNote';
import { customerUpdateHtml, isReplyWithText } from '../../../core/customerUpdate';
import { updateIdOfStep } from '../../store/customerUpdates';
import type { CustomerUpdateRow } from '../../store/tables';
import { ZendeskCallError } from '../../zendesk/gateway';
import type { StepContext, StepModule } from './types';
import { StepFailure } from './types';

/** How far Zendesk's clock may run behind ours when a reply is matched by its text. */
const CLOCK_SKEW_MS = 5 * 60_000;

export interface CustomerUpdateSent {
  sentAt: string;
}

async function updateOf(ctx: StepContext): Promise<{ update: CustomerUpdateRow; ticketId: number }> {
  const updateId = updateIdOfStep(ctx.key);
  const update = updateId ? await ctx.customerUpdate(updateId) : undefined;
  if (!update || ctx.ticketId === null) throw new StepFailure(`no customer update for step ${ctx.key}`);
  return { update, ticketId: ctx.ticketId };
}

/** Zendesk's refusals in the words an agent acts on; anything else is thrown as it came (retried if it may). */
function refusal(e: unknown, ticketId: number): Error {
  if (!(e instanceof ZendeskCallError) || e.retryable) return e as Error;
  if (e.status === 404) return new StepFailure(`ticket #${ticketId} no longer exists in Zendesk (deleted or merged away)`);
  if (e.status === 422 && /closed/i.test(e.message)) return new StepFailure(`ticket #${ticketId} is closed: Zendesk takes no more replies on it (a follow-up ticket would)`);
  if (e.status === 422) return new StepFailure(`Zendesk refused the reply on ticket #${ticketId}: ${e.message}`);
  return e;
}

export const customerUpdate: StepModule = {
  name: 'customer_update',
  // Never planned with an escalation: the customer-updates route adds one per linked ticket.
  plans: [],
  dependsOn: () => [],
  perTicket: true,
  failsEscalation: false,
  async findEarlier(ctx) {
    const { update, ticketId } = await updateOf(ctx);
    let comments;
    try {
      comments = await ctx.zendesk.comments(ticketId);
    } catch (e) {
      throw refusal(e, ticketId);
    }
    // By its marker; or, should a Zendesk ever drop the invisible characters, by its text in a public
    // reply written since the update was stored that carries no marker at all (one that carries
    // another update's marker is that update's: the same text sent again is a send of its own).
    const since = Date.parse(update.created_at) - CLOCK_SKEW_MS;
    const earlier =
      comments.find((c) => c.public && customerUpdateIds(c.body).includes(update.id)) ??
      comments.find(
        (c) => c.public && customerUpdateIds(c.body).length === 0 && (!c.createdAt || Date.parse(c.createdAt) >= since) && isReplyWithText(c.body, update.text),
      );
    if (!earlier) return null;
    const sent: CustomerUpdateSent = { sentAt: earlier.createdAt ?? ctx.now().toISOString() };
    return { result: sent };
  },
  async perform(ctx) {
    const { update, ticketId } = await updateOf(ctx);
    const htmlBody = customerUpdateHtml(update.text, customerUpdateMarker(update.id));
    try {
      await ctx.zendesk.addPublicReply(ticketId, { htmlBody, ...(update.set_status ? { status: update.set_status } : {}) });
    } catch (e) {
      throw refusal(e, ticketId);
    }
    const sent: CustomerUpdateSent = { sentAt: ctx.now().toISOString() };
    return { result: sent };
  },
};

// Every escalation step, in the order they are shown. The plans, the order and what waits for what are
// derived from here (plan.ts); a new effect (a board item, a customer update) is a new module here.
import type { StepName } from '../../../core/api';
import { announceTicket } from './announceTicket';
import { boardCard } from './boardCard';
import { boardItem } from './boardItem';
import { boardLink } from './boardLink';
import { bookmark } from './bookmark';
import { createChannel } from './createChannel';
import { customerUpdate } from './customerUpdate';
import { findInvitees } from './findInvitees';
import { findTriageChannel } from './findTriageChannel';
import { invite } from './invite';
import { postCard } from './postCard';
import { readTicket } from './readTicket';
import type { StepModule } from './types';
import { zendeskNote } from './zendeskNote';

export const STEPS: readonly StepModule[] = [
  readTicket, findInvitees, createChannel, findTriageChannel, invite, postCard, bookmark, zendeskNote, announceTicket, boardItem, boardLink, boardCard, customerUpdate,
];

export function stepSpec(name: StepName): StepModule {
  const step = STEPS.find((s) => s.name === name);
  if (!step) throw new Error(`no step ${name} in the registry`);
  return step;
}

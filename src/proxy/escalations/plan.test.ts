import { isReady, planFor, primaryStep } from './plan';
import type { StepState } from './plan';
import { STEPS } from './steps/registry';
import { STEP_NAMES } from '../../core/api';

const s = (name: StepState['name'], status: StepState['status'], ticketId: number | null = null): StepState => ({ name, status, ticketId });

describe('escalation plan (derived from the step registry)', () => {
  it('every wire step name has exactly one module, and the other way round', () => {
    expect(STEPS.map((x) => x.name).sort()).toEqual([...STEP_NAMES].sort());
  });

  it('channel mode: Zendesk read and invitees first, then the channel, then the rest at once', () => {
    expect(planFor('channel', 7)).toEqual([
      { name: 'read_ticket', ticketId: 7 },
      { name: 'find_invitees', ticketId: null },
      { name: 'create_channel', ticketId: null },
      { name: 'invite', ticketId: null },
      { name: 'post_card', ticketId: null },
      { name: 'bookmark', ticketId: null },
      { name: 'zendesk_note', ticketId: 7 },
    ]);
    expect(primaryStep('channel')).toBe('create_channel');
  });

  it('thread mode: triage channel and Zendesk read, then the thread, then the note that links to it', () => {
    expect(planFor('thread', 7).map((x) => x.name)).toEqual(['read_ticket', 'find_triage_channel', 'post_card', 'zendesk_note']);
    expect(primaryStep('thread')).toBe('post_card');
    expect(isReady('thread', s('zendesk_note', 'waiting', 7), [s('post_card', 'pending')])).toBe(false);
    expect(isReady('thread', s('zendesk_note', 'waiting', 7), [s('post_card', 'done')])).toBe(true);
  });

  it('a linked ticket gets its own read, note and announcement', () => {
    expect(planFor('link', 9)).toEqual([
      { name: 'read_ticket', ticketId: 9 },
      { name: 'zendesk_note', ticketId: 9 },
      { name: 'announce_ticket', ticketId: 9 },
    ]);
  });

  it('a step is ready only when what it waits for is done; a per-ticket dependency means the same ticket', () => {
    const steps = [s('read_ticket', 'done', 1), s('find_invitees', 'pending'), s('create_channel', 'done'), s('read_ticket', 'pending', 2)];
    expect(isReady('channel', s('invite', 'waiting'), steps)).toBe(false);
    expect(isReady('channel', s('bookmark', 'waiting'), steps)).toBe(true);
    expect(isReady('channel', s('announce_ticket', 'waiting', 1), steps)).toBe(true);
    expect(isReady('channel', s('announce_ticket', 'waiting', 2), steps)).toBe(false);
  });
});

// The lifecycle as plain input -> output: every state change of an escalation is decided here.
import { decide, mayClose } from './lifecycle';
import type { LifecycleView } from './lifecycle';
import type { StepState } from './plan';

const s = (name: StepState['name'], status: StepState['status'], ticketId: number | null = null): StepState => ({ name, status, ticketId });
const channelSteps = (over: Partial<Record<StepState['name'], StepState['status']>> = {}): StepState[] =>
  (['read_ticket', 'find_invitees', 'create_channel', 'invite', 'post_card', 'bookmark', 'zendesk_note'] as const).map((n) =>
    s(n, over[n] ?? 'done', n === 'read_ticket' || n === 'zendesk_note' ? 1 : null),
  );
const view = (over: Partial<LifecycleView> = {}): LifecycleView => ({
  state: 'active',
  mode: 'channel',
  steps: channelSteps(),
  ticketStatuses: [null],
  hasSummary: false,
  summaryRequested: false,
  ...over,
});

describe('decide', () => {
  it('a new escalation queues the steps that wait for nothing and stays pending', () => {
    const d = decide(view({ state: 'pending', steps: channelSteps({ read_ticket: 'waiting', find_invitees: 'waiting', create_channel: 'waiting', invite: 'waiting', post_card: 'waiting', bookmark: 'waiting', zendesk_note: 'waiting' }) }), { type: 'planned' });
    expect(d.state).toBe('pending');
    expect(d.effects).toEqual([{ type: 'queue_step', key: 'read_ticket:1' }, { type: 'queue_step', key: 'find_invitees' }]);
    expect(d.steps).toEqual({ 'read_ticket:1': 'pending', find_invitees: 'pending' });
  });

  it('the channel done: active, the steps waiting on it queued side by side, reminders start', () => {
    const steps = channelSteps({ create_channel: 'pending', invite: 'waiting', post_card: 'waiting', bookmark: 'waiting', zendesk_note: 'waiting' });
    const d = decide(view({ state: 'pending', steps }), { type: 'step_done', key: 'create_channel' });
    expect(d.state).toBe('active');
    expect(d.effects.filter((e) => e.type === 'queue_step').map((e) => (e as { key: string }).key)).toEqual(['invite', 'post_card', 'bookmark', 'zendesk_note:1']);
    expect(d.effects).toContainEqual({ type: 'start_reminders' });
  });

  it('a step that fails for good makes an active escalation failed, whatever finishes after it', () => {
    const failed = decide(view({ steps: channelSteps({ post_card: 'pending', invite: 'pending' }) }), { type: 'step_failed', key: 'post_card' });
    expect(failed.state).toBe('failed');
    // The invite finishing later (the last writer) does not bring it back to active.
    const later = decide(view({ state: 'failed', steps: channelSteps({ post_card: 'failed', invite: 'pending' }) }), { type: 'step_done', key: 'invite' });
    expect(later.state).toBe('failed');
    expect(later.effects).toEqual([]);
  });

  it('retry puts the failed steps back in the queue; a second retry finds nothing to do', () => {
    const d = decide(view({ state: 'failed', steps: channelSteps({ post_card: 'failed', bookmark: 'failed' }) }), { type: 'retry_requested' });
    expect(d.steps).toEqual({ post_card: 'pending', bookmark: 'pending' });
    expect(d.state).toBe('active');
    expect(d.effects).toContainEqual({ type: 'queue_step', key: 'post_card' });
    const again = decide(view({ steps: channelSteps({ post_card: 'pending', bookmark: 'pending' }) }), { type: 'retry_requested' });
    expect(again.steps).toEqual({});
    expect(again.effects).toEqual([]);
  });

  it('summary first, then every ticket solved: resolved and closed', () => {
    expect(decide(view({ hasSummary: true, ticketStatuses: ['open', 'solved'] }), { type: 'summary_stored' })).toMatchObject({ state: 'active', effects: [] });
    expect(decide(view({ hasSummary: true, ticketStatuses: ['closed', 'solved'] }), { type: 'ticket_status_changed' })).toEqual({ state: 'resolved', steps: {}, effects: [{ type: 'close' }] });
  });

  it('solved first: ask for the summary once, close when it arrives', () => {
    expect(decide(view({ ticketStatuses: ['solved'] }), { type: 'ticket_status_changed' }).effects).toEqual([{ type: 'ask_summary' }]);
    expect(decide(view({ state: 'resolved', ticketStatuses: ['solved'], summaryRequested: true }), { type: 'ticket_status_changed' }).effects).toEqual([]);
    expect(decide(view({ state: 'resolved', ticketStatuses: ['solved'], summaryRequested: true, hasSummary: true }), { type: 'summary_stored' }).effects).toEqual([{ type: 'close' }]);
  });

  it('never resolves while a linked ticket is open or not heard from yet', () => {
    for (const ticketStatuses of [['solved', 'pending'], ['solved', null], []]) {
      expect(decide(view({ ticketStatuses, hasSummary: true }), { type: 'ticket_status_changed' }).state).toBe('active');
    }
  });

  it('a reopened ticket makes a resolved escalation active again, with reminders', () => {
    expect(decide(view({ state: 'resolved', ticketStatuses: ['open'], summaryRequested: true }), { type: 'ticket_status_changed' })).toEqual({ state: 'active', steps: {}, effects: [{ type: 'start_reminders' }] });
  });

  it('pending and failed escalations are not resolved by their tickets; archived is final', () => {
    const pending = view({ state: 'pending', steps: channelSteps({ create_channel: 'pending' }), ticketStatuses: ['solved'], hasSummary: true });
    expect(decide(pending, { type: 'ticket_status_changed' }).state).toBe('pending');
    const failed = view({ state: 'failed', steps: channelSteps({ bookmark: 'failed' }), ticketStatuses: ['solved'], hasSummary: true });
    expect(decide(failed, { type: 'ticket_status_changed' })).toEqual({ state: 'failed', steps: {}, effects: [] });
    expect(decide(view({ state: 'archived' }), { type: 'retry_requested' })).toEqual({ state: 'archived', steps: {}, effects: [] });
    expect(decide(view({ state: 'resolved' }), { type: 'archived' }).state).toBe('archived');
  });

  it('a resolved escalation whose linked ticket note fails stays resolved', () => {
    const steps = [...channelSteps(), s('zendesk_note', 'pending', 2)];
    expect(decide(view({ state: 'resolved', steps, ticketStatuses: ['solved', 'solved'] }), { type: 'step_failed', key: 'zendesk_note:2' }).state).toBe('resolved');
  });
});

describe('mayClose', () => {
  it('only a resolved escalation with its summary and every ticket solved', () => {
    expect(mayClose({ state: 'resolved', ticketStatuses: ['solved'], hasSummary: true })).toBe(true);
    expect(mayClose({ state: 'resolved', ticketStatuses: ['open'], hasSummary: true })).toBe(false);
    expect(mayClose({ state: 'resolved', ticketStatuses: ['solved'], hasSummary: false })).toBe(false);
    expect(mayClose({ state: 'active', ticketStatuses: ['solved'], hasSummary: true })).toBe(false);
  });

  it('a customer update that fails for good fails that send only; other steps still decide the state', () => {
    const update = (status: StepState['status']): StepState => ({ name: 'customer_update', ticketId: 1, status, key: 'customer_update:abcd:1' });
    const d = decide(view({ steps: [...channelSteps(), update('pending')] }), { type: 'step_failed', key: 'customer_update:abcd:1' });
    expect(d).toEqual({ state: 'active', steps: { 'customer_update:abcd:1': 'failed' }, effects: [] });
    // Two updates to the same ticket are two steps, told apart by their stored keys.
    const two = decide(view({ steps: [...channelSteps(), { ...update('waiting'), key: 'customer_update:abcd:1' }, { ...update('waiting'), key: 'customer_update:ef01:1' }] }), { type: 'planned' });
    expect(two.effects).toEqual([{ type: 'queue_step', key: 'customer_update:abcd:1' }, { type: 'queue_step', key: 'customer_update:ef01:1' }]);
  });

  it('a board step that fails for good leaves the escalation active, and a retry queues it again', () => {
    const board = (status: StepState['status']): StepState => ({ name: 'board_item', ticketId: null, status, key: 'board_item' });
    const d = decide(view({ steps: [...channelSteps(), board('pending')] }), { type: 'step_failed', key: 'board_item' });
    expect(d.state).toBe('active');
    const retried = decide(view({ steps: [...channelSteps(), board('failed')] }), { type: 'retry_requested' });
    expect(retried.effects).toContainEqual({ type: 'queue_step', key: 'board_item' });
    // A key linked later runs the board's steps again, not the escalation's other failed ones.
    const linked = decide(view({ steps: [...channelSteps({ bookmark: 'failed' }), board('failed')] }), { type: 'retry_requested', only: ['board_item'] });
    expect(linked.steps).toEqual({ board_item: 'pending' });
  });

  it('the board card runs when the item fails for good (to say so), and again once a retry makes the item', () => {
    const steps = (item: StepState['status'], card: StepState['status']): StepState[] => [
      ...channelSteps(),
      { name: 'board_item', ticketId: null, status: item, key: 'board_item' },
      { name: 'board_link', ticketId: 1, status: 'waiting', key: 'board_link:1' },
      { name: 'board_card', ticketId: null, status: card, key: 'board_card' },
    ];
    const failed = decide(view({ steps: steps('pending', 'waiting') }), { type: 'step_failed', key: 'board_item' });
    expect(failed.steps).toEqual({ board_item: 'failed', board_card: 'pending' });
    // The links need the item itself: they wait for a retry.
    expect(failed.effects).toEqual([{ type: 'queue_step', key: 'board_card' }]);
    const made = decide(view({ steps: steps('pending', 'done') }), { type: 'step_done', key: 'board_item' });
    expect(made.steps).toEqual({ board_item: 'done', 'board_link:1': 'pending', board_card: 'pending' });
    expect(made.effects).toEqual([{ type: 'queue_step', key: 'board_link:1' }, { type: 'queue_step', key: 'board_card' }]);
  });

  it('an archived escalation still records how a step that was running ended, and queues nothing', () => {
    const steps = [...channelSteps(), { name: 'customer_update' as const, ticketId: 1, status: 'pending' as const, key: 'customer_update:abcd:1' }];
    expect(decide(view({ state: 'archived', steps }), { type: 'step_done', key: 'customer_update:abcd:1' })).toEqual({ state: 'archived', steps: { 'customer_update:abcd:1': 'done' }, effects: [] });
  });
});

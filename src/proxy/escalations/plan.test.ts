import { dependsOn, initialSteps, primaryStep } from './plan';
import { isReady, stateFor } from './progress';

const s = (name: string, status: string) => ({ name, status });

describe('escalation plan', () => {
  it('channel mode: the channel first, then everything else at once', () => {
    expect(initialSteps('channel')).toEqual(['create_channel', 'invite', 'post_card', 'bookmark', 'zendesk_note']);
    expect(primaryStep('channel')).toBe('create_channel');
    for (const step of ['invite', 'post_card', 'bookmark', 'zendesk_note', 'announce_ticket'] as const) expect(dependsOn('channel', step)).toEqual(['create_channel']);
  });

  it('thread mode: triage channel, then the thread, then the note that links to it', () => {
    expect(initialSteps('thread')).toEqual(['find_triage_channel', 'post_card', 'zendesk_note']);
    expect(primaryStep('thread')).toBe('post_card');
    expect(dependsOn('thread', 'zendesk_note')).toEqual(['post_card']);
  });

  it('a step is ready only when what it waits for is done', () => {
    const steps = [s('create_channel', 'pending'), s('invite', 'waiting')];
    expect(isReady('channel', s('invite', 'waiting'), steps)).toBe(false);
    expect(isReady('channel', s('invite', 'waiting'), [s('create_channel', 'done')])).toBe(true);
    expect(isReady('channel', s('create_channel', 'waiting'), [])).toBe(true);
  });
});

describe('stateFor', () => {
  it('is pending until the primary step is done, then active', () => {
    expect(stateFor('channel', [s('create_channel', 'pending'), s('invite', 'waiting')], 'pending')).toBe('pending');
    expect(stateFor('channel', [s('create_channel', 'done'), s('invite', 'pending')], 'pending')).toBe('active');
    expect(stateFor('thread', [s('find_triage_channel', 'done'), s('post_card', 'pending')], 'pending')).toBe('pending');
  });

  it('is failed while any step failed, and active again once retried', () => {
    expect(stateFor('channel', [s('create_channel', 'done'), s('zendesk_note', 'failed')], 'active')).toBe('failed');
    expect(stateFor('channel', [s('create_channel', 'done'), s('zendesk_note', 'pending')], 'failed')).toBe('active');
  });

  it('never moves a resolved or archived escalation back', () => {
    expect(stateFor('channel', [s('zendesk_note', 'failed')], 'archived')).toBe('archived');
    expect(stateFor('channel', [], 'resolved')).toBe('resolved');
  });
});

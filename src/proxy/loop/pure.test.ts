// The closing-the-loop decisions, as plain input -> output.
import { classifyMessage, slackToPlain, updateText } from './activity';
import type { MessageEvent } from './activity';
import { isReminderDue, nextReminderAt, remindsIn } from './reminders';

const msg = (over: Partial<MessageEvent> = {}): MessageEvent => ({ type: 'message', channel: 'C1', user: 'U1', text: 'Rolled back, watching errors', ts: '1764169200.000100', ...over });

describe('classifyMessage', () => {
  it('counts a person writing, in the channel or a thread, and shares and broadcasts', () => {
    expect(classifyMessage(msg(), 'UBOT')).toEqual({ kind: 'human', channel: 'C1', user: 'U1', text: 'Rolled back, watching errors', ts: '1764169200.000100' });
    expect(classifyMessage(msg({ thread_ts: '1.2' }), 'UBOT')).toMatchObject({ kind: 'human', threadTs: '1.2' });
    expect(classifyMessage(msg({ subtype: 'file_share' }), 'UBOT').kind).toBe('human');
    expect(classifyMessage(msg({ subtype: 'thread_broadcast' }), 'UBOT').kind).toBe('human');
  });

  it('ignores bots, our own bot user, housekeeping subtypes, edits and empty messages', () => {
    expect(classifyMessage(msg({ bot_id: 'B1' }), 'UBOT')).toEqual({ kind: 'ignored', reason: 'bot message' });
    expect(classifyMessage(msg({ user: 'UBOT' }), 'UBOT')).toEqual({ kind: 'ignored', reason: 'our own bot' });
    for (const subtype of ['bot_message', 'channel_join', 'message_changed', 'message_deleted', 'channel_topic']) {
      expect(classifyMessage(msg({ subtype }), 'UBOT').kind).toBe('ignored');
    }
    expect(classifyMessage(msg({ user: undefined }), null).kind).toBe('ignored');
    expect(classifyMessage(msg({ text: '   ' }), null).kind).toBe('ignored');
  });

  it('reads Slack markup back as plain text for the sidebar', () => {
    expect(slackToPlain('Fixed &amp; deployed, see <https://status.example.com|status> cc <@U0ENG00001> <#C1|outage-1> <!here> a &lt;b&gt;')).toBe(
      'Fixed & deployed, see status (https://status.example.com) cc @U0ENG00001 #outage-1 @here a <b>',
    );
    expect(slackToPlain('<https://x.example.com>')).toBe('https://x.example.com');
  });

  it('bounds the stored update text', () => {
    expect(updateText('x'.repeat(5000))).toHaveLength(2000);
    expect(updateText('short')).toBe('short');
  });
});

describe('reminders', () => {
  const t = (min: number) => new Date(Date.UTC(2026, 10, 26, 15, min));
  const base = { activeSince: t(0), lastHumanAt: null, lastReminderAt: null, cadenceMinutes: 15 };

  it('is due one cadence after the channel opened with nobody posting', () => {
    expect(nextReminderAt(base)).toEqual(t(15));
    expect(isReminderDue(base, t(14))).toBe(false);
    expect(isReminderDue(base, t(15))).toBe(true);
  });

  it('restarts the cadence at each human update and at each reminder (at most once per cadence)', () => {
    expect(nextReminderAt({ ...base, lastHumanAt: t(10) })).toEqual(t(25));
    expect(isReminderDue({ ...base, lastReminderAt: t(15) }, t(20))).toBe(false);
    expect(isReminderDue({ ...base, lastReminderAt: t(15) }, t(30))).toBe(true);
    expect(nextReminderAt({ ...base, lastHumanAt: t(20), lastReminderAt: t(15) })).toEqual(t(35));
  });

  it('reminds only active escalations', () => {
    expect(remindsIn('active')).toBe(true);
    for (const s of ['pending', 'failed', 'resolved', 'archived']) expect(remindsIn(s)).toBe(false);
  });
});

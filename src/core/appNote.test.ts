import { escalationNoteMarker, isAppNote, summaryNoteMarker } from './appNote';

describe('isAppNote', () => {
  it('knows the notes the app writes by their marker', () => {
    expect(isAppNote(`Escalated to engineering as Outage: Slack channel #out-1001\nhttps://slack.com/archives/C1\n\n${escalationNoteMarker('3f2a9c1e-1b2c-4d5e-8f90-123456789abc')}`)).toBe(true);
    expect(isAppNote(`Engineering Outage summary (Slack #out-1001)\n\nSummary: x\n\n${summaryNoteMarker('e1', 's1')}`)).toBe(true);
  });

  it('knows them by their opening when the marker was lost', () => {
    expect(isAppNote('Escalated to engineering as Time Sensitive: a thread in Slack #triage\nhttps://slack.com/archives/C2')).toBe(true);
  });

  it('leaves what people wrote alone', () => {
    expect(isAppNote('We escalated this to engineering yesterday, see [escalation path] in the wiki')).toBe(false);
    expect(isAppNote('Student SID 4481923 cannot log in.')).toBe(false);
  });
});

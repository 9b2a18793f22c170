import { escalationFixture } from './test/fakeProxy';
import { updateAge } from './staleness';

const T0 = Date.parse('2026-03-02T10:00:00Z');
const at = (minutes: number) => T0 + minutes * 60_000;

describe('updateAge', () => {
  const outage = escalationFixture({ createdAt: new Date(T0).toISOString(), lastActivityAt: new Date(at(2)).toISOString() });

  it('counts whole minutes since the last human update', () => {
    expect(updateAge(outage, at(5) + 59_000)).toEqual({ minutes: 3, cadence: 15, stale: false, hasUpdate: true });
  });

  it('is stale once the outage cadence (15 min) has passed', () => {
    expect(updateAge(outage, at(16)).stale).toBe(false);
    expect(updateAge(outage, at(17))).toMatchObject({ minutes: 15, stale: true });
  });

  it('counts from the start when nobody has posted yet', () => {
    const quiet = { ...outage, lastActivityAt: null };
    expect(updateAge(quiet, at(20))).toEqual({ minutes: 20, cadence: 15, stale: true, hasUpdate: false });
  });

  it('uses the cadence the escalation carries', () => {
    expect(updateAge({ ...outage, cadenceMinutes: 30 }, at(20))).toMatchObject({ cadence: 30, stale: false });
  });

  it('expects no cadence from a triage thread or a closed escalation', () => {
    const thread = escalationFixture({ issueType: 'problem', createdAt: new Date(T0).toISOString() });
    expect(updateAge(thread, at(60))).toMatchObject({ cadence: null, stale: false });
    expect(updateAge({ ...outage, state: 'resolved' }, at(60))).toMatchObject({ cadence: null, stale: false });
  });

  it('never reports negative minutes for a clock behind the proxy', () => {
    expect(updateAge(outage, at(0)).minutes).toBe(0);
  });
});

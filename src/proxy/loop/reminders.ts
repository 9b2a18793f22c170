// "Don't go dark": when the next reminder falls due. Pure, with the clock passed in: the last human
// update, the time the channel went active and the last reminder each restart the cadence, so there is
// at most one reminder per cadence and none while people keep posting.
export interface ReminderClock {
  /** When the escalation got its channel (the cadence starts there). */
  activeSince: Date;
  lastHumanAt: Date | null;
  lastReminderAt: Date | null;
  cadenceMinutes: number;
}

export function nextReminderAt(c: ReminderClock): Date {
  const starts = [c.activeSince, c.lastHumanAt, c.lastReminderAt].filter((d): d is Date => d !== null).map((d) => d.getTime());
  return new Date(Math.max(...starts) + c.cadenceMinutes * 60_000);
}

export function isReminderDue(c: ReminderClock, now: Date): boolean {
  return now.getTime() >= nextReminderAt(c).getTime();
}

/** Only an open escalation with a place in Slack is reminded; resolved and archived ones never. */
export function remindsIn(state: string): boolean {
  return state === 'active';
}

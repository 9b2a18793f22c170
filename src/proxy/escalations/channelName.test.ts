import { candidateIndex, candidateName, channelNameFor, slugify } from './channelName';

describe('channel names', () => {
  it('slugs a subject: lowercase, accents dropped, punctuation to dashes', () => {
    expect(slugify('Gradebook DOWN at Lincoln Élémentaire!!')).toBe('gradebook-down-at-lincoln-elementaire');
    expect(slugify('<!channel> down')).toBe('channel-down');
  });

  it('renders the template within Slack rules', () => {
    const name = channelNameFor('outage-{ticketId}-{slug}', { issueType: 'outage', ticketId: 1234, subject: 'Students can’t log in — SSO error 500' });
    expect(name).toBe('outage-1234-students-can-t-log-in-sso-error-500');
    expect(name).toMatch(/^[a-z0-9_-]{1,80}$/);
  });

  it('keeps names at most 80 characters with a very long subject and product', () => {
    const name = channelNameFor('{type}-{product}-{ticketId}-{slug}', { issueType: 'time_sensitive', ticketId: 99999999, subject: 'x'.repeat(300), product: 'Assessments & Reports' });
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name.startsWith('time-sensitive-assessments-reports-99999999-')).toBe(true);
  });

  it('falls back to a plain name when the subject has nothing usable', () => {
    expect(channelNameFor('{slug}-{ticketId}', { issueType: 'outage', ticketId: 7, subject: '!!!' })).toBe('7');
    expect(channelNameFor('{slug}', { issueType: 'outage', ticketId: 7, subject: '日本語' })).toBe('escalation-7');
  });

  it('numbers the next free candidates and recognises them', () => {
    const base = 'a'.repeat(80);
    expect(candidateName('outage-1-x', 1)).toBe('outage-1-x');
    expect(candidateName('outage-1-x', 2)).toBe('outage-1-x-2');
    expect(candidateName(base, 12)).toHaveLength(80);
    expect(candidateIndex('outage-1-x', 'outage-1-x-3')).toBe(3);
    expect(candidateIndex('outage-1-x', 'outage-1-x')).toBe(1);
    expect(candidateIndex('outage-1-x', 'other-3')).toBeNull();
  });
});

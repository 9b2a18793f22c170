import { ticket } from '../fixtures/build';
import { buildCorpus, buildSources, toSafeTicket } from './source';
import { detectUserIds } from './userIds';

const ids = (description: string) => {
  const found = detectUserIds(buildCorpus(buildSources(toSafeTicket(ticket({ description })))));
  return { status: found.status, evidence: found.evidence.join(' | ') };
};

describe('user ids told in words', () => {
  it.each([
    ['My username is rkowalski.', 'rkowalski'],
    ['His ID is 3319054.', '3319054'],
    ['Example student: Noah Jenkins, ID 1029384.', '1029384'],
    ['Please add Kevin Tran (ktran@oakridgesd.org) as co-teacher on Biology P4.', 'ktran@oakridgesd.org'],
    ['Mi hijo es Diego Ramírez, número 6612040.', '6612040'],
    ["Nia (Support): Can you share the student's ID?\nCoach Ramos: 4410298", '4410298'],
  ])('%s -> %s', (text, id) => {
    const r = ids(text);
    expect(r.status).toBe('present');
    expect(r.evidence).toContain(id);
  });

  it.each([
    'Teachers get an error on the login page.',
    'Our client id 22003340001 and deployment id 1a7c-77e2-0042 are below.',
    'Name: Ana Ruiz\nEmail: aruiz@stmarks-academy.org\nAffected user(s): N/A',
    'Please call the testing office at 555-0114.',
  ])('%s -> no user id', (text) => expect(ids(text).status).not.toBe('present'));
});

import { comment, ticket } from '../fixtures/build';
import { buildCorpus, buildSources, toSafeTicket } from './source';
import { counted } from './textFeatures';
import { readForUserIds, userIdsFeatures, type IdContext } from './userIdsFeatures';

const corpusOf = (description: string, comments: string[] = [], subject = '') =>
  buildCorpus(buildSources(toSafeTicket(ticket({ subject, description, comments: comments.map((body) => comment(body)) }))));
const read = (description: string, requester = '') => readForUserIds(corpusOf(description), requester);
const contextOf = (description: string, id: string, requester = ''): IdContext | undefined => read(description, requester).ids.find((t) => t.id === id)?.context;

describe('userIdsFeatures: what stands before an id', () => {
  it.each([
    ['Student 4481923 cannot log in.', '4481923'],
    ['acct 1: 3300912 (has all fall grades)', '3300912'],
    ['Guardian ID of parent is G-5520193 (she sent it from her profile page).', 'G-5520193'],
    ['Greenbrook Elementary, her ID is 5521090. Just her.', '5521090'],
    ['I logged in as a teacher (test acct cbsd.teacher.demo) and same.', 'cbsd.teacher.demo'],
    ['Matrícula del niño: 88120455', '88120455'],
    ['Examples: abaker@lcps.org, cdiaz@lcps.org.', 'abaker@lcps.org'],
    // Told in words: a login without digits.
    ['My username is cortiz.', 'cortiz'],
    ['Username: cokonkwo', 'cokonkwo'],
    ['Login is JSmith.', 'JSmith'],
    // A short id where a person's id is named as such.
    ['Student ID: 4321', '4321'],
    ['user #8821 cannot log in', '#8821'],
    // A column under its header, a short line asking for it above.
    ['last,first,student_id\nOkafor,Chidi,71120345', '71120345'],
    ['user_sourcedId,role,school,error\n4410021,student,Sunbury Elem,duplicate email', '4410021'],
    ["Could you give me one student's username so we can check the logs?\nRenee: jmartinez27 is one of them", 'jmartinez27'],
  ])('a person: %p', (text, id) => expect(contextOf(text, id)).toBe('person'));

  it.each([
    ['Report cards: Eliza Brandt 110245, Omar Haddad 110388', '110245'],
    ['The quiz is blank for Maya Chen 448120.', '448120'],
    ['Karen Liu - kliu@pvsd.org', 'kliu@pvsd.org'],
    ['(08:32:02 AM) Marisol Quintero: arivas14 - Ana Rivas, 4th grade', 'arivas14'],
    // An HTML table read one cell a line.
    ['Jaylen Ross\n70044112\nMath 8 P2', '70044112'],
  ])('a person\'s name: %p', (text, id) => expect(contextOf(text, id)).toBe('named'));

  it.each([
    ['Revision: 20931', '20931'],
    ['Chat ID: 8f2a61c0-3d9e-4b71-a2f4-77c15e0b9d20', '8f2a61c0-3d9e-4b71-a2f4-77c15e0b9d20'],
    ['Request ID from the error banner: 7f3c2a9e-51b0-4c8d-9e77-0b2a6f4d1e33', '7f3c2a9e-51b0-4c8d-9e77-0b2a6f4d1e33'],
    ['PO #: 4500123877', '4500123877'],
    ['Billing zip: 30318', '30318'],
    ['Tenant ID: t-5582', 't-5582'],
    ['Incident: INC0048213', 'INC0048213'],
    ['wants grades kept. ref # REQ-44120 from her district helpdesk', 'REQ-44120'],
    ['Teachers in course 22003340 cannot see any submissions.', '22003340'],
    ['Westbrook High (40211) is on the invoice.', '40211'],
    ['Case Number - 4471203', '4471203'],
    ['Cedar Falls, IA 50613', '50613'],
    ['Adding more info for ticket #55120.', '#55120'],
    ['Re: duplicates #700059', '#700059'],
    ['Forwarding from our customer. Their account # with us is A-55210.', 'A-55210'],
    ["(10:02) Agent: what's the best number to reach you?\n(10:03) Mr. Hale: 7045551234", '7045551234'],
    ['Please call Dana Ruiz (8015550199) about the roster.', '8015550199'],
  ])('another thing: %p', (text, id) => expect(contextOf(text, id)).toBe('other'));

  it('an address is nobody else\'s thing, whatever is named before it', () => {
    expect(contextOf('My district email changed to kcarver@sycamoreusd.org last week.', 'kcarver@sycamoreusd.org')).toBe('bare');
    expect(contextOf('Call - Mr. Ellis (tellis@hawthornesd.org), Hawthorne MS.', 'tellis@hawthornesd.org')).toBe('named');
  });

  it('a form\'s contact line, and the requester\'s own address, are where to reach them', () => {
    expect(contextOf('Name: Ana Ruiz\nEmail: aruiz@stmarks.org', 'aruiz@stmarks.org')).toBe('contact');
    expect(contextOf('Your email: mhollis@alder.org', 'mhollis@alder.org')).toBe('contact');
    expect(contextOf('Thanks,\nMr. Daniel Kim\ndkim@fairviewms.net', 'dkim@fairviewms.net', 'dkim@fairviewms.net')).toBe('contact');
  });

  it('the requester\'s own address is theirs as an id when it is a turn\'s whole answer, or said to be the affected user', () => {
    expect(contextOf("Jess - Support (8:03 AM): What's your username?\nRaj Patel (8:04:02 AM): rpatel@kps.org", 'rpatel@kps.org', 'rpatel@kps.org')).toBe('bare');
    expect(contextOf('Email: pn@midvalley.org\nAffected user(s): pn@midvalley.org', 'pn@midvalley.org', 'pn@midvalley.org')).toBe('person');
  });

  it.each([
    'Please call me at 585-555-0162 ext. 214, or (404) 555-0171.',
    'Run 2026-01-08 02:00, renewal 2026-27, export 20251114.',
    'She signs in with clever.com and sees doc_b_broken.png.',
    'Teacher emailed support@platform.com twice.',
    'Period 3, room 12, 450 licenses, 4th grade.',
    'Kids who put 1820 got it wrong; a teacher account: same 0 of 412.',
    'The login is broken for everyone.',
  ])('reads no id where there is none: %p', (text) => expect(read(text).ids).toEqual([]));
});

describe('userIdsFeatures: the counts', () => {
  it('counts each id once, where it says most', () => {
    const f = userIdsFeatures(corpusOf('Email: pn@midvalley.org\nAffected user(s): pn@midvalley.org'), 'pn@midvalley.org');
    expect(f.personIds).toBeCloseTo(counted(1));
    expect(f.bareEmails).toBe(0);
  });

  it('counts ids with nothing before them by their shape', () => {
    const f = userIdsFeatures(corpusOf('Here you go:\njdoe24\nmkim25\n\nhere are two: 40021871, 40021902\n\nx: ana.diaz@gmail.com'));
    expect(f.bareLogins).toBeCloseTo(counted(2));
    expect(f.bareNumbers).toBeCloseTo(counted(2));
    expect(f.bareEmails).toBeCloseTo(counted(1));
  });

  it('counts the lines that name a person\'s id, given or not', () => {
    expect(userIdsFeatures(corpusOf('Affected student username(s): all 7th grade\nThe SID is on her sticker.')).idWords).toBeCloseTo(counted(2));
  });

  it('reads the subject and the customer\'s comments, not support\'s signed replies', () => {
    const corpus = corpusOf('It fails.', ['Thanks for writing! We see student 4410298 in the logs.\n\nBest,\nJonah, BrightLearn Support'], 'SID 7781203 cannot log in');
    expect(readForUserIds(corpus).ids.map((id) => id.id)).toEqual(['7781203']);
  });

  it('reads no further than its first 12,000 characters, and says whether it read everything', () => {
    const long = read(`${'The gradebook spins for a long time. '.repeat(400)}\nStudent 4481923 cannot log in.`);
    expect(long.ids).toEqual([]);
    expect(long.whole).toBe(false);
    const short = read('Student 4481923 cannot log in.');
    expect(short.ids.map((id) => `${id.id}: ${id.context}`)).toEqual(['4481923: person']);
    expect(short.whole).toBe(true);
  });
});

describe('userIdsFeatures: what the model would point at', () => {
  it('an id of a person first, then of a name, then one with nothing before it, with the words before it', () => {
    const { id } = read('Revision: 20931\nhere are two: 40021871\nStudent example: user hpatel31.');
    expect(id).toMatchObject({ id: 'hpatel31', context: 'person', where: 'description', text: 'Student example: user hpatel31' });
  });

  it('nothing when every id is another thing\'s or a contact\'s', () => {
    expect(read('Your email: mhollis@alder.org\nTenant ID: t-5582\nRelated incident #: INC-20931').id).toBeNull();
  });
});

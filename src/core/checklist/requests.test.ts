import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateChecklist } from '../checklist';
import { comment, conversation, ticket } from '../fixtures/build';
import { CHECKLIST_ITEM_KEYS, type ItemStatus } from '../types';
import { maskRequests } from './requests';

type Locale = { ask: { reply: Record<string, string> }; checklist: { items: Record<string, { request: string }> } };

/** The request the sidebar appends to the reply, as a requester would receive it (see missingInfoRequest). */
function sidebarRequest(locale: string): string {
  const t = JSON.parse(readFileSync(join(process.cwd(), 'translations', `${locale}.json`), 'utf8')) as Locale;
  const items = CHECKLIST_ITEM_KEYS.map((key) => `- ${t.checklist.items[key]?.request ?? ''}`);
  return [t.ask.reply.greeting, '', t.ask.reply.intro, ...items, '', t.ask.reply.closing].join('\n');
}

const statuses = (t: ReturnType<typeof ticket>): Record<string, ItemStatus> =>
  Object.fromEntries(evaluateChecklist(t, 'outage').items.map((i) => [i.key, i.status]));

describe('requests for information are not information', () => {
  const description = 'The gradebook shows a blank page for our teachers since this morning, nothing loads.';

  it.each(['en', 'es'])('the sidebar\'s own request text (%s) changes no item to present', (locale) => {
    const before = statuses(ticket({ description }));
    const after = statuses(ticket({ description, comments: conversation(description, comment(sidebarRequest(locale), { public: true })) }));
    for (const key of CHECKLIST_ITEM_KEYS) if (before[key] !== 'present') expect({ key, status: after[key] }).not.toEqual({ key, status: 'present' });
  });

  it('an agent macro asking for details does not count them', () => {
    const ask = `Hi Pat,
Could you please send us the following:
School name
The student's SID
Whether it is one class or the whole school
What you already tried (cleared cache, another browser)
Thanks!`;
    const result = statuses(ticket({ description, comments: conversation(description, comment(ask, { public: true })) }));
    expect(result).toMatchObject({ scope: 'missing', troubleshooting: 'missing', userIds: 'missing' });
  });

  it('"please try clearing your cache" is advice, not troubleshooting done', () => {
    const result = statuses(ticket({ description: `${description}\nPlease try clearing your cache and let us know.` }));
    expect(result.troubleshooting).toBe('missing');
  });

  it('the answer to a request still counts', () => {
    const answer = 'It is the whole school. We cleared the cache on three laptops.';
    const t = ticket({ description, comments: conversation(description, comment('Could you tell us how many users are affected?', { public: true }), comment(answer, { public: true })) });
    expect(statuses(t)).toMatchObject({ scope: 'present', troubleshooting: 'present' });
  });

  it('a question about scope is not a scope', () => {
    expect(statuses(ticket({ description: `${description} Is it the whole school or one class?` })).scope).toBe('missing');
    expect(statuses(ticket({ description: `${description} The whole school is down, can you check?` })).scope).toBe('present');
  });
});

describe('maskRequests', () => {
  it('a question ending its line announces a list only when one follows (not the signature after it)', () => {
    const text = 'Can you confirm whether you pick up the new cert automatically?\nPriscilla Owens\nIdentity & Access, Elk Grove USD';
    expect(maskRequests(text).split('\n').slice(1)).toEqual(['Priscilla Owens', 'Identity & Access, Elk Grove USD']);
    const list = 'Could you tell us which of these apply?\n- one class\n- the whole school';
    expect(maskRequests(list).split('\n').slice(1).every((line) => line.trim() === '')).toBe(true);
  });

  it('a sign-off after the ask leaves the signature under it: "Can you take a look? Thanks" / "- Paula Jensen, Counseling, Meadowbrook High"', () => {
    const text = 'Hi, forwarding this from a parent. Can you take a look? Thanks\n- Paula Jensen, Counseling, Meadowbrook High';
    expect(maskRequests(text).split('\n')[1]).toBe('- Paula Jensen, Counseling, Meadowbrook High');
  });

  it('keeps offsets and leaves other lines alone', () => {
    const text = 'Line one\nCould you send us:\n- the SID\n- a screenshot\n\nLine after';
    const masked = maskRequests(text);
    expect(masked).toHaveLength(text.length);
    expect(masked.split('\n')[0]).toBe('Line one');
    expect(masked.split('\n')[5]).toBe('Line after');
    expect(masked).not.toMatch(/SID|screenshot|send/);
  });

  it('returns text without requests unchanged', () => {
    const text = 'Can you check why the gradebook is slow? The whole school sees it.';
    expect(maskRequests(text)).toBe(text);
  });
});

describe('maskRequests in a chat', () => {
  it('keeps the answers that follow a question', () => {
    const chat = "Nia (Support): Understood. Can you share the student's ID?\nCoach Ramos: 4410298\nCoach Ramos: Elena Sokolova";
    expect(maskRequests(chat)).toContain('Coach Ramos: 4410298');
    expect(maskRequests(chat)).not.toContain('share');
  });

  it('keeps a reply whose turn header stands alone on its line', () => {
    const chat = 'Ivo (Support)  2:10 PM\nSure, can you send their names and IDs?\n\nDeb Marsh  2:12 PM\nname,sid\nAmara Osei,5530021';
    expect(maskRequests(chat)).toContain('Amara Osei,5530021');
    expect(maskRequests(chat)).not.toContain('names and IDs');
  });

  it("does not blank a customer's own request", () => {
    expect(maskRequests('Please add Kevin Tran (ktran@oakridgesd.org) as co-teacher on Biology P4.')).toContain('ktran@oakridgesd.org');
  });
});

describe('maskRequests and quotes', () => {
  it('leaves a request quoted from the screen: it is what the screen said, not an ask', () => {
    const text = 'He logged in, clicked on Reading Log, and when he pressed Save it said "Something went wrong, please try again".';
    expect(maskRequests(text)).toBe(text);
    expect(maskRequests("It says 'Session expired, please try again' every time.")).toBe("It says 'Session expired, please try again' every time.");
  });

  it('blanks the sentence that asks, not the sentences after it on its line', () => {
    const ask = 'Could you please try resetting her password?';
    expect(maskRequests(`${ask} She gets 'Invalid login'.`)).toBe(`${' '.repeat(ask.length)} She gets 'Invalid login'.`);
  });

  it('still blanks an ask after a quote has closed', () => {
    const text = 'It says "Denied". Please try clearing the cache.';
    expect(maskRequests(text)).toBe(`It says "Denied". ${' '.repeat('Please try clearing the cache.'.length)}`);
  });
});


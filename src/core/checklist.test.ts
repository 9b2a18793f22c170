import { evaluateChecklist } from './checklist';
import { attachment, comment, ticket, type TicketCase } from './fixtures/build';
import { PROSE_CASES } from './fixtures/tickets-prose';
import { TEMPLATE_CASES } from './fixtures/tickets';
import { EDGE_CASES } from './fixtures/tickets-edge';
import { MIXED_CASES } from './fixtures/tickets-mixed';
import { UNSEEN_CASES } from './fixtures/tickets-unseen';
import { CHECKLIST_ITEM_KEYS, type ChecklistItemKey, type TicketSnapshot } from './types';

const CASES: TicketCase[] = [...TEMPLATE_CASES, ...PROSE_CASES, ...MIXED_CASES, ...EDGE_CASES, ...UNSEEN_CASES];

function item(result: ReturnType<typeof evaluateChecklist>, key: ChecklistItemKey) {
  const found = result.items.find((i) => i.key === key);
  if (!found) throw new Error(`no item ${key}`);
  return found;
}

describe('evaluateChecklist on realistic tickets', () => {
  it('has a broad set of cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = evaluateChecklist(c.ticket, 'outage', { fields: c.fields });
    for (const [key, status] of Object.entries(c.expect.status ?? {})) {
      const got = item(result, key as ChecklistItemKey);
      expect({ key, status: got.status, evidence: got.evidence }).toEqual({ key, status, evidence: got.evidence });
    }
    if (c.expect.scope !== undefined) expect(result.scopeLevel).toBe(c.expect.scope);
    for (const [key, parts] of Object.entries(c.expect.evidence ?? {})) {
      const evidence = item(result, key as ChecklistItemKey).evidence.join(' | ').toLowerCase();
      for (const part of parts) expect({ key, evidence }).toEqual({ key, evidence: expect.stringContaining(part.toLowerCase()) });
    }
  });

  it('keeps evidence short and at most three per item', () => {
    for (const c of CASES) {
      for (const i of evaluateChecklist(c.ticket, 'problem', { fields: c.fields }).items) {
        expect(i.evidence.length).toBeLessThanOrEqual(3);
        for (const e of i.evidence) expect(e.length).toBeLessThanOrEqual(80);
        expect(i.status === 'missing').toBe(i.evidence.length === 0);
      }
    }
  });
});

describe('evaluateChecklist result shape', () => {
  const sparse = ticket({ description: 'The gradebook export button does nothing when a teacher clicks it on Chrome.' });

  it('lists all ten items in contract order', () => {
    const result = evaluateChecklist(sparse, 'question');
    expect(result.items.map((i) => i.key)).toEqual([...CHECKLIST_ITEM_KEYS]);
    expect(result.issueType).toBe('question');
  });

  it('marks required items from the issue type defaults', () => {
    const result = evaluateChecklist(sparse, 'outage');
    expect(result.items.filter((i) => i.required).map((i) => i.key)).toEqual(['school', 'description', 'troubleshooting', 'scope', 'visuals']);
    expect(result.missingRequired).toEqual(['school', 'troubleshooting', 'scope', 'visuals']);
    expect(result.complete).toBe(false);
  });

  it('a question with a description is complete', () => {
    const result = evaluateChecklist(sparse, 'question');
    expect(result.complete).toBe(true);
    expect(result.missingRequired).toEqual([]);
  });

  it('counts weak items as missing', () => {
    const result = evaluateChecklist(ticket({ description: 'Attendance broken.' }), 'question');
    expect(item(result, 'description').status).toBe('weak');
    expect(result.missingRequired).toEqual(['description']);
    expect(result.complete).toBe(false);
  });

  it('applies the admin override of required items', () => {
    const result = evaluateChecklist(sparse, 'question', { requiredItems: { question: ['courseUrl', 'description'] } });
    expect(result.items.filter((i) => i.required).map((i) => i.key)).toEqual(['description', 'courseUrl']);
    expect(result.missingRequired).toEqual(['courseUrl']);
  });

  it('an override for another type leaves this one at its defaults', () => {
    const result = evaluateChecklist(sparse, 'request', { requiredItems: { outage: [] } });
    expect(result.missingRequired).toEqual(['school']);
  });

  it('an empty mapped field falls back to the text', () => {
    const t = ticket({ description: 'School: Pine Hill Elementary\nTeachers cannot print report cards from the term view.', customFields: { '9': '  ' } });
    const result = evaluateChecklist(t, 'outage', { fields: { school: '9' } });
    expect(item(result, 'school')).toMatchObject({ status: 'present', evidence: ['description: School: Pine Hill Elementary'] });
  });

  it('a scope field without a known level is present and the level comes from the text', () => {
    const t = ticket({ description: 'The entire school sees the maintenance banner although maintenance ended hours ago.', customFields: { '5': 'see notes' } });
    const result = evaluateChecklist(t, 'outage', { fields: { scope: '5' } });
    expect(item(result, 'scope')).toMatchObject({ status: 'present', evidence: ['see notes (field 5)'] });
    expect(result.scopeLevel).toBe('school');
  });

  it('a checkbox field set to true is present, false falls back to the text', () => {
    const t = ticket({ description: 'nothing here', customFields: { '1': true, '2': false } });
    const result = evaluateChecklist(t, 'outage', { fields: { visuals: '1', troubleshooting: '2' } });
    expect(item(result, 'visuals').status).toBe('present');
    expect(item(result, 'troubleshooting').status).toBe('missing');
  });
});

describe('evaluateChecklist never throws', () => {
  const odd: Array<[string, unknown]> = [
    ['no organization, null fields', { id: 1, subject: 'x', description: 'y', status: 'new', tags: [], customFields: { a: null }, comments: [], organization: null }],
    ['missing comments array and custom fields', { id: 1, subject: 'x', description: 'y', status: 'new', tags: [] }],
    ['nulls everywhere', { id: 1, subject: null, description: null, status: null, tags: null, customFields: null, comments: null, organization: { name: null } }],
    ['comments with missing bodies and attachments', { id: 1, subject: 's', description: 'd', status: 'open', tags: [], customFields: {}, comments: [{ id: 1 }, null, { body: 42, attachments: [null, { fileName: null }] }] }],
    ['undefined ticket', undefined],
    ['broken HTML', { id: 1, subject: '<<<', description: '<p><b>unclosed <a href="x', status: 'open', tags: [], customFields: {}, comments: [{ id: 2, body: '<img src=><<<>>>&#99999999;&bogus;', public: true, attachments: [] }] }],
  ];

  it.each(odd)('%s', (_name, raw) => {
    const result = evaluateChecklist(raw as TicketSnapshot, 'outage');
    expect(result.items).toHaveLength(10);
  });

  it('an unknown issue type from an untyped caller requires nothing', () => {
    const result = evaluateChecklist(ticket({ description: 'x' }), 'nonsense' as never);
    expect(result.items.every((i) => !i.required)).toBe(true);
  });

  it('reads a 200 KB ticket and still sees its last comment', () => {
    const filler = 'The teacher reported that the page was slow and then it was fine again. '.repeat(40);
    const comments = Array.from({ length: 70 }, () => comment(filler));
    comments.push(comment('Final note: SID 7766554, cleared cache', { attachments: [attachment('final.webp', 'image/webp')] }));
    const result = evaluateChecklist(ticket({ description: filler, comments }), 'outage');
    expect(item(result, 'userIds').evidence).toEqual(['comment 71: SID 7766554']);
    expect(item(result, 'visuals').evidence).toEqual(['final.webp']);
    expect(item(result, 'troubleshooting').status).toBe('present');
  });

  it('survives random text and shapes (seeded)', () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const alphabet = ['<', '>', '&', '#', ';', ':', '-', '*', '_', '|', '\n', '\r', '\t', ' ', 'a', 'Z', '9', 'é', '🔥', '\u200b', '?', '.', '/', 'http://', 'SID ', 'School:', '<li>', '<a href="', '&#x1F600;', '(', ')', '"'];
    const text = () => Array.from({ length: rand(300) }, () => alphabet[rand(alphabet.length)]).join('');
    for (let i = 0; i < 200; i++) {
      const raw = {
        id: i, subject: text(), description: text(), status: 'open', tags: [text()], customFields: { '1': text() },
        organization: rand(2) ? { name: text() } : null,
        comments: Array.from({ length: rand(5) }, () => ({ id: 1, body: text(), public: true, attachments: [{ fileName: text(), contentType: text() }] })),
      };
      const result = evaluateChecklist(raw as TicketSnapshot, 'outage', { fields: { scope: '1' } });
      expect(result.items).toHaveLength(10);
    }
  });

  it('a single 200 KB line without breaks is handled', () => {
    const line = `${'a<b '.repeat(25_000)}SID: 1234567 ${'x'.repeat(100_000)}`;
    const result = evaluateChecklist(ticket({ description: line }), 'outage');
    expect(item(result, 'userIds').status).toBe('present');
  });
});

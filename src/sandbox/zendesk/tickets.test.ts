import { sampleTickets } from './sampleTickets';
import { SandboxTickets, type TicketChange } from './tickets';

const clock = () => new Date('2026-11-24T16:00:00.000Z');

describe('SandboxTickets', () => {
  it('hands out copies, so callers cannot change state behind its back', () => {
    const store = new SandboxTickets(sampleTickets(), clock);
    const t = store.get(1001)!;
    t.tags.push('sneaky');
    t.comments.pop();
    expect(store.get(1001)!.tags).not.toContain('sneaky');
    expect(store.get(1001)!.comments).toHaveLength(2);
  });

  it('applies a patch and a comment as one change, told once to each listener', () => {
    const store = new SandboxTickets(sampleTickets(), clock);
    const seen: TicketChange[] = [];
    store.subscribe((c) => seen.push(c));
    store.change(1002, { patch: { status: 'open', addTags: ['Needs Info'] }, comment: { body: 'Asked for SID', public: false } }, 'api');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.origin).toBe('api');
    expect(seen[0]!.previous.status).toBe('new');
    expect(seen[0]!.ticket).toMatchObject({ status: 'open', tags: ['needs', 'info'], updatedAt: '2026-11-24T16:00:00.000Z' });
    expect(seen[0]!.ticket.comments.at(-1)).toMatchObject({ public: false, plainBody: 'Asked for SID', author: { role: 'agent' } });
  });

  it('gives new comments and attachments fresh ids and absolute URLs once the base is known', () => {
    const store = new SandboxTickets(sampleTickets(), clock);
    store.attachmentBaseUrl = 'http://127.0.0.1:9';
    const a = store.addComment(1003, { body: 'one', public: true, attachments: [{ fileName: 'a b.png', contentType: 'image/png' }] })!;
    const b = store.addComment(1003, { body: 'two', public: true })!;
    const [first, second] = [a.comments.at(-1)!, b.comments.at(-1)!];
    expect(second.id).toBeGreaterThan(first.id);
    expect(first.attachments[0]!.url).toMatch(/^http:\/\/127\.0\.0\.1:9\/attachments\/\d+\/a%20b\.png$/);
    expect(store.get(1001)!.comments[0]!.attachments[0]!.url.startsWith('http://127.0.0.1:9/attachments/')).toBe(true);
  });

  it('keeps going when a listener throws, and stops telling one that unsubscribed', () => {
    const store = new SandboxTickets(sampleTickets(), clock);
    const calls: number[] = [];
    store.subscribe(() => {
      throw new Error('closed stream');
    });
    const stop = store.subscribe((c) => calls.push(c.ticket.id));
    expect(store.update(1004, { subject: 'x' })!.subject).toBe('x');
    stop();
    store.update(1004, { subject: 'y' });
    expect(calls).toEqual([1004]);
    expect(store.get(1004)!.subject).toBe('y');
  });

  it('answers undefined for a ticket it does not have, and tells no one', () => {
    const store = new SandboxTickets(sampleTickets(), clock);
    const listener = jest.fn();
    store.subscribe(listener);
    expect(store.update(1, { status: 'open' })).toBeUndefined();
    expect(store.addComment(1, { body: 'x', public: true })).toBeUndefined();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('sampleTickets', () => {
  it('holds the six kinds of ticket the page promises', () => {
    const tickets = sampleTickets();
    expect(tickets.map((t) => t.id)).toEqual([1001, 1002, 1003, 1004, 1005, 1006]);
    expect(tickets.find((t) => t.id === 1003)!.comments[0]!.htmlBody).toContain('<table');
    expect(tickets.find((t) => t.id === 1004)!.comments.filter((c) => !c.public)).toHaveLength(2);
    expect(tickets.find((t) => t.id === 1005)!.comments.flatMap((c) => c.attachments)[0]!.contentType).toBe('image/png');
    expect(tickets.find((t) => t.id === 1006)!.description).toMatch(/Course revision: rev \d+/);
    for (const t of tickets) expect(t.description).toBe(t.comments[0]!.plainBody);
  });
});

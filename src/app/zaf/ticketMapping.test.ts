import { customFieldPath, ticketChangeEvents, TICKET_PATHS, toTicketSnapshot } from './ticketMapping';

describe('toTicketSnapshot', () => {
  it('maps the ZAF paths, comments and attachments to a TicketSnapshot', () => {
    const snapshot = toTicketSnapshot(
      {
        errors: {},
        'ticket.id': 42,
        'ticket.subject': 'Cannot log in',
        'ticket.description': 'School: Lincoln High',
        'ticket.status': 'open',
        'ticket.tags': ['login', 7, 'issue_type_outage'],
        'ticket.requester': { id: 1, name: 'Ana', email: 'ana@example.edu' },
        'ticket.organization': { id: 9, name: 'Lincoln USD' },
        'ticket.comments': [
          {
            id: 100,
            value: '<p>Steps:</p><ol><li>Open <b>gradebook</b></li></ol><p>See <a href="https://www.loom.com/share/abc">recording</a><br>thanks</p>',
            author: { name: 'Ana', role: 'end-user' },
            imageAttachments: [{ contentType: 'image/png', contentUrl: 'https://z/1.png', fileName: 'screen.png' }],
            nonImageAttachments: [{ contentType: 'video/mp4', contentUrl: 'https://z/2.mp4', fileName: 'clip.mp4' }],
            createdAt: '2026-11-26T10:00:00Z',
            isPublic: false,
          },
        ],
        [customFieldPath('360001')]: 'Lincoln High',
        [customFieldPath('360002')]: ['scope_school'],
      },
      ['360001', '360002', '360003'],
    );
    expect(snapshot).toMatchObject({
      id: 42,
      subject: 'Cannot log in',
      status: 'open',
      tags: ['login', 'issue_type_outage'],
      requester: { name: 'Ana', email: 'ana@example.edu' },
      organization: { name: 'Lincoln USD' },
      customFields: { '360001': 'Lincoln High', '360002': ['scope_school'], '360003': null },
    });
    const comment = snapshot.comments[0]!;
    expect(comment).toMatchObject({ id: 100, public: false, createdAt: '2026-11-26T10:00:00Z' });
    expect(comment.body).toContain('- Open gradebook');
    expect(comment.body).toContain('recording (https://www.loom.com/share/abc)');
    expect(comment.body).not.toMatch(/<[a-z]/);
    expect(comment.attachments).toEqual([
      { fileName: 'screen.png', contentType: 'image/png', url: 'https://z/1.png' },
      { fileName: 'clip.mp4', contentType: 'video/mp4', url: 'https://z/2.mp4' },
    ]);
  });

  it('keeps inline image sources, drops scripts, and decodes entities', () => {
    const { comments } = toTicketSnapshot(
      { 'ticket.comments': [{ id: 1, value: '<script>alert(1)</script>A &amp; B <img src="https://x/shot.png">' }] },
      [],
    );
    expect(comments[0]!.body).toBe('A & B  https://x/shot.png');
    expect(comments[0]!.public).toBe(true);
  });

  it('never throws on missing, errored or odd data', () => {
    const snapshot = toTicketSnapshot(
      {
        errors: { 'ticket.subject': { name: 'APIUnavailable' } },
        'ticket.id': 'x',
        'ticket.tags': 'not-a-list',
        'ticket.requester': null,
        'ticket.organization': { id: 3 },
        'ticket.comments': [null, 'text', { value: 5, imageAttachments: [null, { fileName: 3 }] }],
        [customFieldPath('1')]: { weird: true },
      },
      ['1'],
    );
    expect(snapshot).toEqual({
      id: 0,
      subject: '',
      description: '',
      status: '',
      requester: undefined,
      organization: null,
      tags: [],
      customFields: { '1': null },
      comments: [{ id: 0, body: '5', public: true, createdAt: undefined, attachments: [{ fileName: '3', contentType: '', url: undefined }] }],
    });
  });

  it('handles 200 KB of HTML', () => {
    const big = '<p>' + 'word '.repeat(40_000) + '</p>';
    const { comments } = toTicketSnapshot({ 'ticket.comments': [{ id: 1, value: big }] }, []);
    expect(comments[0]!.body.length).toBeGreaterThan(190_000);
  });
});

describe('ticket paths and events', () => {
  it('reads the contract paths and listens to each mapped field', () => {
    expect(TICKET_PATHS).toContain('ticket.comments');
    expect(ticketChangeEvents(['360001'])).toEqual(
      expect.arrayContaining(['ticket.description.changed', 'ticket.updated', 'app.activated', 'ticket.custom_field_360001.changed']),
    );
  });
});

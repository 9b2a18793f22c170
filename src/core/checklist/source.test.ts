import { buildCorpus, buildSources, sameLengthLower, sameText, sourceAt, toSafeTicket } from './source';

describe('buildSources', () => {
  it('reads subject, description and comments, skipping the description repeated as a comment', () => {
    const safe = toSafeTicket({
      id: 1, subject: 'S', description: 'Hello  world', status: 'open', tags: [], customFields: {},
      comments: [
        { id: 1, body: 'Later note', public: false, attachments: [] },
        { id: 2, body: '<p>Hello</p><p>world</p>', public: true, attachments: [] },
      ],
    });
    expect(buildSources(safe).map((s) => s.where)).toEqual(['subject', 'description', 'comment 1']);
  });

  it("never reads the app's own notes: their channel link and escalation id are not evidence", () => {
    const safe = toSafeTicket({
      id: 1, subject: 'S', description: 'Gradebook down', status: 'open', tags: [], customFields: {},
      comments: [
        { id: 1, body: 'Escalated to engineering as Outage: Slack channel #out-1\nhttps://acme.slack.com/archives/C1\n\n[escalation 3f2a9c1e-1b2c-4d5e-8f90-123456789abc]', public: false, attachments: [] },
        { id: 2, body: 'SID 4481923 too', public: true, attachments: [] },
      ],
    });
    expect(buildSources(safe).map((s) => s.where)).toEqual(['subject', 'description', 'comment 2']);
  });

  it('maps corpus offsets back to their source', () => {
    const corpus = buildCorpus(buildSources(toSafeTicket({ id: 1, subject: 'Sub', description: 'Desc', status: '', tags: [], customFields: {}, comments: [{ id: 1, body: 'Third https://loom.com/share/x', public: true, attachments: [] }] })));
    expect(sourceAt(corpus, corpus.text.indexOf('Desc')).where).toBe('description');
    expect(sourceAt(corpus, corpus.text.indexOf('Third')).where).toBe('comment 1');
    expect(corpus.sources[2]?.urls.map((u) => u.host)).toEqual(['loom.com']);
  });
});

describe('text helpers', () => {
  it('sameText ignores whitespace only', () => {
    expect(sameText('a b\n c', 'ab c')).toBe(true);
    expect(sameText('a b', 'a c')).toBe(false);
    expect(sameText('ab', 'abc')).toBe(false);
  });

  it('sameLengthLower keeps every offset', () => {
    const s = 'İstanbul ÀB';
    expect(sameLengthLower(s)).toHaveLength(s.length);
    expect(sameLengthLower('ABC')).toBe('abc');
  });
});

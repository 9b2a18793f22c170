import { sampleTickets } from '../sampleTickets';
import { ticketEvents } from './events';
import { applyPatch, withPendingEdits } from './model';

const base = sampleTickets().find((t) => t.id === 1001)!;
const NOW = '2026-11-28T17:00:00.000Z';

describe('withPendingEdits', () => {
  it("keeps the page's unconfirmed edit over a change from elsewhere that does not have it yet", () => {
    const onPage = applyPatch(base, { addTags: ['issue_type_outage'] }, NOW);
    // The proxy adds a note; the server's copy it sends still lacks the tag the page's PUT is carrying.
    const fromServer = { ...base, comments: [...base.comments, { ...base.comments[0]!, id: 99, plainBody: 'note', public: false }] };
    const shown = withPendingEdits(fromServer, [{ addTags: ['issue_type_outage'] }], NOW);
    expect(shown.tags).toContain('issue_type_outage');
    expect(shown.comments).toHaveLength(fromServer.comments.length);
    // So the app hears of the note, not of its tag going away.
    expect(ticketEvents(onPage, shown, true).map((e) => e.name)).not.toContain('ticket.tags.changed');
  });

  it('is the server copy itself when nothing is pending', () => expect(withPendingEdits(base, [], NOW)).toBe(base));
});

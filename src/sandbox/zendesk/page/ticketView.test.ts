/**
 * @jest-environment jsdom
 */
import { sampleTickets } from '../sampleTickets';
import { FIELD_DEFINITIONS, FORM_STATUSES, applyPatch, type TicketPatch } from './model';
import { renderTicket, type TicketViewActions } from './ticketView';

const ticket = sampleTickets().find((t) => t.id === 1005)!;
const byId = <T extends HTMLElement>(id: string) => document.querySelector<T>(`[data-testid="${id}"]`)!;

function setup(addCommentResult: string | null = null) {
  const patches: TicketPatch[] = [];
  const comments: Array<Parameters<TicketViewActions['addComment']>[0]> = [];
  const actions: TicketViewActions = {
    patch: (p) => patches.push(p),
    addComment: async (input) => {
      comments.push(input);
      return addCommentResult;
    },
    useDraft: jest.fn(),
    clearDraft: jest.fn(),
  };
  document.body.innerHTML = '<main id="ticket"></main>';
  const view = renderTicket(document.getElementById('ticket')!, ticket, { fields: FIELD_DEFINITIONS, statuses: FORM_STATUSES }, actions);
  return { patches, comments, view, actions };
}

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('renderTicket', () => {
  it('shows the ticket in the form, comments as text', () => {
    setup();
    expect(byId<HTMLInputElement>('ticket-subject').value).toBe(ticket.subject);
    expect(byId<HTMLTextAreaElement>('ticket-description').value).toBe(ticket.description);
    expect(byId<HTMLSelectElement>('ticket-status').value).toBe('open');
    expect(byId<HTMLInputElement>('field-360001').value).toBe('Westfield Academy');
    expect(byId<HTMLSelectElement>('field-360002').value).toBe('scope_one_user');
    expect(byId('ticket-tags').querySelector('[data-tag="video"]')).not.toBeNull();
    expect(byId('ticket-comments').children).toHaveLength(2);
    expect(byId('ticket-comments').querySelector('a')!.textContent).toBe('Screenshot 2026-11-24 at 09.14.52.png');
  });

  it('turns edits into patches', () => {
    const { patches } = setup();
    type(byId('ticket-description'), 'School: Oak');
    const status = byId<HTMLSelectElement>('ticket-status');
    status.value = 'pending';
    status.dispatchEvent(new Event('change'));
    const scope = byId<HTMLSelectElement>('field-360002');
    scope.value = '';
    scope.dispatchEvent(new Event('change'));
    const tagInput = byId<HTMLInputElement>('ticket-tag-input');
    tagInput.value = 'vip';
    tagInput.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    byId('ticket-tags').querySelector<HTMLButtonElement>('[data-tag="video"] button')!.click();
    expect(patches).toEqual([
      { description: 'School: Oak' },
      { status: 'pending' },
      { customFields: { 360002: null } },
      { addTags: ['vip'] },
      { removeTags: ['video'] },
    ]);
    expect(tagInput.value).toBe('');
  });

  it('does not overwrite the control the agent is typing in', () => {
    const { view } = setup();
    const description = byId<HTMLTextAreaElement>('ticket-description');
    description.focus();
    description.value = 'typing…';
    view.update(applyPatch(ticket, { description: 'from elsewhere', subject: 'New subject' }, ticket.updatedAt));
    expect(description.value).toBe('typing…');
    expect(byId<HTMLInputElement>('ticket-subject').value).toBe('New subject');
  });

  it('adds an internal note with an attachment and clears the composer', async () => {
    const { comments } = setup();
    byId<HTMLTextAreaElement>('comment-body').value = 'Tried another browser';
    byId<HTMLInputElement>('comment-internal').checked = true;
    byId<HTMLInputElement>('comment-attachment-name').value = 'console.txt';
    byId<HTMLSelectElement>('comment-attachment-type').value = 'text/plain';
    byId('comment-add').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(comments).toEqual([{ body: 'Tried another browser', public: false, attachments: [{ fileName: 'console.txt', contentType: 'text/plain' }] }]);
    expect(byId<HTMLTextAreaElement>('comment-body').value).toBe('');
  });

  it('keeps the text and shows the reason when a comment is refused', async () => {
    setup('Write something first.');
    byId<HTMLTextAreaElement>('comment-body').value = 'x';
    byId('comment-add').click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(byId('comment-error').textContent).toBe('Write something first.');
    expect(byId<HTMLTextAreaElement>('comment-body').value).toBe('x');
  });

  it('shows the draft the app appends in the reply box, as text', () => {
    const { view } = setup();
    view.setDraft({ text: 'Hi <b>Aisha</b>,\ncould you send the SID?', type: 'internalNote' });
    expect(byId('reply-box').textContent).toBe('Hi <b>Aisha</b>,\ncould you send the SID?');
    expect(byId('reply-box').querySelector('b')).toBeNull();
    expect(byId('reply-type').textContent).toBe('(internal note)');
  });
});

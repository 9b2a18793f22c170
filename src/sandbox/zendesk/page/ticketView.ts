import { byTestId, h, setValue } from './dom';
import { htmlToText, type FieldDefinition, type SandboxTicket, type TicketPatch, type TicketStatus } from './model';
import type { Draft } from './protocol';

// The open ticket: properties (status, tags, custom fields) on the left, the conversation
// (subject, description, comments, composer, reply box) in the middle. Text is always set as text.

export type TicketViewActions = {
  patch(patch: TicketPatch): void;
  addComment(input: { body: string; public: boolean; attachments: Array<{ fileName: string; contentType: string }> }): Promise<string | null>;
  useDraft(): void;
  clearDraft(): void;
};

const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'video/mp4', 'application/pdf', 'text/plain'];

function fieldControl(def: FieldDefinition, actions: TicketViewActions): HTMLElement {
  const testid = `field-${def.id}`;
  const control =
    def.type === 'text'
      ? h('input', { type: 'text', 'data-testid': testid, id: testid, onInput: (e) => actions.patch({ customFields: { [def.id]: (e.target as HTMLInputElement).value } }) })
      : h(
          'select',
          { 'data-testid': testid, id: testid, onChange: (e) => actions.patch({ customFields: { [def.id]: (e.target as HTMLSelectElement).value || null } }) },
          h('option', { value: '' }, '-'),
          ...def.options.map((o) => h('option', { value: o.value }, o.name)),
        );
  return h('div', { class: 'prop' }, h('label', { for: testid }, `${def.title} `, h('span', { class: 'muted' }, `(${def.id})`)), control);
}

function commentItem(c: SandboxTicket['comments'][number]): HTMLElement {
  return h(
    'li',
    { class: c.public ? 'comment' : 'comment internal', 'data-testid': `comment-${c.id}` },
    h(
      'div',
      { class: 'comment-head' },
      h('strong', {}, c.author.name),
      h('span', { class: 'muted' }, ` ${new Date(c.createdAt).toLocaleString()}`),
      !c.public && h('span', { class: 'badge internal-badge' }, 'Internal note'),
    ),
    // Comments are shown as text: the sandbox never renders ticket HTML.
    h('div', { class: 'comment-body' }, htmlToText(c.htmlBody)),
    c.attachments.length > 0 &&
      h(
        'ul',
        { class: 'attachments' },
        ...c.attachments.map((a) => h('li', {}, h('a', { href: a.url, target: '_blank', rel: 'noopener' }, a.fileName), h('span', { class: 'muted' }, ` ${a.contentType}`))),
      ),
  );
}

export function renderTicket(
  container: HTMLElement,
  ticket: SandboxTicket,
  options: { fields: readonly FieldDefinition[]; statuses: readonly TicketStatus[] },
  actions: TicketViewActions,
): { update(ticket: SandboxTicket): void; setDraft(draft: Draft): void } {
  const tagInput = h('input', {
    type: 'text',
    placeholder: 'Add a tag and press Enter',
    'data-testid': 'ticket-tag-input',
    onKeydown: (e) => {
      const input = e.target as HTMLInputElement;
      if ((e as KeyboardEvent).key !== 'Enter' || !input.value.trim()) return;
      actions.patch({ addTags: [input.value] });
      input.value = '';
    },
  });
  const composerError = h('div', { class: 'error', role: 'alert', 'data-testid': 'comment-error' });
  const props = h(
    'section',
    { class: 'props' },
    h('div', { class: 'prop' }, h('label', { for: 'ticket-status' }, 'Status'), h('select', {
      id: 'ticket-status',
      'data-testid': 'ticket-status',
      onChange: (e) => actions.patch({ status: (e.target as HTMLSelectElement).value as TicketStatus }),
    }, ...options.statuses.map((s) => h('option', { value: s }, s[0]!.toUpperCase() + s.slice(1))))),
    h('div', { class: 'prop' }, h('label', {}, 'Tags'), h('div', { class: 'tags', 'data-testid': 'ticket-tags' }), tagInput),
    ...options.fields.map((f) => fieldControl(f, actions)),
    h('div', { class: 'prop' }, h('label', {}, 'Requester'), h('div', { 'data-testid': 'ticket-requester' })),
    h('div', { class: 'prop' }, h('label', {}, 'Organization'), h('div', { 'data-testid': 'ticket-organization' })),
  );
  const conversation = h(
    'section',
    { class: 'conversation' },
    h('input', { type: 'text', class: 'subject', 'data-testid': 'ticket-subject', 'aria-label': 'Subject', onInput: (e) => actions.patch({ subject: (e.target as HTMLInputElement).value }) }),
    h('label', { for: 'ticket-description' }, 'Description (the first comment)'),
    h('textarea', { id: 'ticket-description', rows: 8, 'data-testid': 'ticket-description', onInput: (e) => actions.patch({ description: (e.target as HTMLTextAreaElement).value }) }),
    h('h3', {}, 'Conversation'),
    h('ul', { class: 'comments', 'data-testid': 'ticket-comments' }),
    h(
      'div',
      { class: 'reply' },
      h('div', { class: 'reply-head' }, h('strong', {}, 'Reply box '), h('span', { class: 'muted', 'data-testid': 'reply-type' }), h('span', { class: 'spacer' }),
        h('button', { type: 'button', 'data-testid': 'reply-use', onClick: () => actions.useDraft() }, 'Move to composer'),
        h('button', { type: 'button', 'data-testid': 'reply-clear', onClick: () => actions.clearDraft() }, 'Clear')),
      h('div', { class: 'reply-box', 'data-testid': 'reply-box', 'aria-live': 'polite' }),
    ),
    h(
      'form',
      { class: 'composer', 'data-testid': 'comment-composer', onSubmit: (e) => void submit(e) },
      h('textarea', { rows: 4, placeholder: 'Write a public reply or an internal note', 'data-testid': 'comment-body', 'aria-label': 'Comment' }),
      h('div', { class: 'composer-row' },
        h('label', {}, h('input', { type: 'checkbox', 'data-testid': 'comment-internal' }), ' Internal note'),
        h('input', { type: 'text', placeholder: 'Attachment name, e.g. screen.png', 'data-testid': 'comment-attachment-name', 'aria-label': 'Attachment file name' }),
        h('select', { 'data-testid': 'comment-attachment-type', 'aria-label': 'Attachment type' }, ...ATTACHMENT_TYPES.map((t) => h('option', { value: t }, t))),
        h('button', { type: 'submit', class: 'primary', 'data-testid': 'comment-add' }, 'Add comment')),
      composerError,
    ),
  );
  container.replaceChildren(props, conversation);

  async function submit(e: Event) {
    e.preventDefault();
    const body = byTestId<HTMLTextAreaElement>(conversation, 'comment-body');
    const name = byTestId<HTMLInputElement>(conversation, 'comment-attachment-name');
    const type = byTestId<HTMLSelectElement>(conversation, 'comment-attachment-type');
    const internal = byTestId<HTMLInputElement>(conversation, 'comment-internal');
    const attachments = name.value.trim() ? [{ fileName: name.value.trim(), contentType: type.value }] : [];
    const error = await actions.addComment({ body: body.value, public: !internal.checked, attachments });
    composerError.textContent = error ?? '';
    if (!error) {
      body.value = '';
      name.value = '';
    }
  }

  function update(t: SandboxTicket) {
    setValue(byTestId<HTMLInputElement>(conversation, 'ticket-subject'), t.subject);
    setValue(byTestId<HTMLTextAreaElement>(conversation, 'ticket-description'), t.description);
    setValue(byTestId<HTMLSelectElement>(props, 'ticket-status'), t.status);
    for (const f of options.fields) {
      const value = t.customFields[String(f.id)];
      setValue(byTestId<HTMLInputElement>(props, `field-${f.id}`), value == null ? '' : String(value));
    }
    byTestId(props, 'ticket-tags').replaceChildren(
      ...t.tags.map((tag) =>
        h('span', { class: 'tag', 'data-tag': tag }, tag, h('button', { type: 'button', 'aria-label': `Remove tag ${tag}`, onClick: () => actions.patch({ removeTags: [tag] }) }, '×')),
      ),
    );
    byTestId(props, 'ticket-requester').textContent = `${t.requester.name} <${t.requester.email}>`;
    byTestId(props, 'ticket-organization').textContent = t.organization?.name ?? '(none)';
    byTestId(conversation, 'ticket-comments').replaceChildren(...t.comments.map(commentItem));
  }

  function setDraft(draft: Draft) {
    byTestId(conversation, 'reply-box').textContent = draft.text;
    byTestId(conversation, 'reply-type').textContent = draft.type === 'internalNote' ? '(internal note)' : '(public reply)';
  }

  update(ticket);
  setDraft({ text: '', type: 'publicReply' });
  return { update, setDraft };
}

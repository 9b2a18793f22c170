// The sandbox ticket model, shared by the server (API stand-in, store) and the host page in the
// browser. Pure: no DOM, no Node APIs, so the browser can load it transpiled as-is.

export const TICKET_STATUSES = ['new', 'open', 'pending', 'hold', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
/** What the host form offers; hold/closed exist in Zendesk but the sandbox form keeps to four. */
export const FORM_STATUSES: readonly TicketStatus[] = ['new', 'open', 'pending', 'solved'];

export type FieldValue = string | number | boolean | string[] | null;

export type SandboxAttachment = { id: number; fileName: string; contentType: string; url: string; size: number };

export type SandboxComment = {
  id: number;
  /** HTML as Zendesk stores it; `plainBody` is the text version. */
  htmlBody: string;
  plainBody: string;
  public: boolean;
  author: { id: number; name: string; role: 'end-user' | 'agent' };
  createdAt: string;
  attachments: SandboxAttachment[];
};

export type SandboxTicket = {
  id: number;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: 'low' | 'normal' | 'high' | 'urgent' | null;
  tags: string[];
  requester: { id: number; name: string; email: string };
  organization: { id: number; name: string } | null;
  /** Keyed by the custom field id as a string. */
  customFields: Record<string, FieldValue>;
  comments: SandboxComment[];
  createdAt: string;
  updatedAt: string;
};

export type FieldDefinition =
  | { id: number; title: string; type: 'text' }
  | { id: number; title: string; type: 'tagger'; options: Array<{ name: string; value: string }> };

export const SCOPE_OPTIONS = [
  { name: 'One user', value: 'scope_one_user' },
  { name: 'One class', value: 'scope_one_class' },
  { name: 'A school', value: 'scope_school' },
  { name: 'All partners', value: 'scope_all_partners' },
];

export const ISSUE_TYPE_OPTIONS = [
  { name: 'Outage', value: 'outage' },
  { name: 'Problem', value: 'problem' },
  { name: 'Interrupt', value: 'interrupt' },
  { name: 'Time Sensitive', value: 'time_sensitive' },
  { name: 'Request', value: 'request' },
  { name: 'Question', value: 'question' },
];

export const FIELD_DEFINITIONS: readonly FieldDefinition[] = [
  { id: 360001, title: 'School', type: 'text' },
  { id: 360002, title: 'Scope', type: 'tagger', options: SCOPE_OPTIONS },
  { id: 360005, title: 'Issue type', type: 'tagger', options: ISSUE_TYPE_OPTIONS },
];

export function fieldDefinition(id: number | string): FieldDefinition | undefined {
  return FIELD_DEFINITIONS.find((f) => String(f.id) === String(id));
}

/** Why a value cannot go into a field, or null when it can. */
export function fieldValueError(id: number | string, value: unknown): string | null {
  const def = fieldDefinition(id);
  if (!def) return `unknown custom field ${String(id)}`;
  if (value === null || value === '') return null;
  if (def.type === 'text') return typeof value === 'string' || typeof value === 'number' ? null : 'expected text';
  return typeof value === 'string' && def.options.some((o) => o.value === value)
    ? null
    : `"${String(value)}" is not an option of ${def.title}`;
}

export type TicketPatch = {
  subject?: string;
  description?: string;
  status?: TicketStatus;
  tags?: string[];
  addTags?: string[];
  removeTags?: string[];
  customFields?: Record<string, FieldValue>;
};

/** Zendesk stores tags lowercased, without spaces, once each. */
export function normalizeTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    for (const part of String(raw).split(/\s+/)) {
      const tag = part.trim().toLowerCase();
      if (tag && !out.includes(tag)) out.push(tag);
    }
  }
  return out;
}

/**
 * Applies a patch and returns a new ticket (the input is not changed). A tagger field's value is a
 * tag too, as in Zendesk: setting the field swaps its old value's tag for the new one.
 */
export function applyPatch(ticket: SandboxTicket, patch: TicketPatch, now: string): SandboxTicket {
  let tags = patch.tags ? normalizeTags(patch.tags) : [...ticket.tags];
  if (patch.addTags) tags = normalizeTags([...tags, ...patch.addTags]);
  if (patch.removeTags) {
    const remove = normalizeTags(patch.removeTags);
    tags = tags.filter((t) => !remove.includes(t));
  }
  const customFields = { ...ticket.customFields };
  for (const [id, value] of Object.entries(patch.customFields ?? {})) {
    const def = fieldDefinition(id);
    const previous = customFields[id];
    customFields[id] = value === '' ? null : value;
    if (def?.type === 'tagger') {
      if (typeof previous === 'string' && previous !== value) tags = tags.filter((t) => t !== previous);
      if (typeof value === 'string' && value !== '') tags = normalizeTags([...tags, value]);
    }
  }
  // The description is the first comment's text in Zendesk; an edit to it edits that comment.
  let comments = ticket.comments;
  const first = comments[0];
  if (patch.description !== undefined && first && patch.description !== ticket.description) {
    comments = [{ ...first, plainBody: patch.description, htmlBody: textToHtml(patch.description) }, ...comments.slice(1)];
  }
  return {
    ...ticket,
    comments,
    subject: patch.subject ?? ticket.subject,
    description: patch.description ?? ticket.description,
    status: patch.status ?? ticket.status,
    tags,
    customFields,
    updatedAt: now,
  };
}

const IMAGE = /^image\//;

/** The shape ZAF's `ticket.comments` gives an app. */
export function toZafComment(c: SandboxComment): Record<string, unknown> {
  const toAttachment = (a: SandboxAttachment) => ({ contentType: a.contentType, contentUrl: a.url, fileName: a.fileName });
  return {
    id: c.id,
    value: c.htmlBody,
    author: { id: c.author.id, name: c.author.name, role: c.author.role },
    imageAttachments: c.attachments.filter((a) => IMAGE.test(a.contentType)).map(toAttachment),
    nonImageAttachments: c.attachments.filter((a) => !IMAGE.test(a.contentType)).map(toAttachment),
    createdAt: c.createdAt,
    isPublic: c.public,
  };
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ENTITIES[ch] ?? ch);
}

/** Zendesk renders a plain-text comment as paragraphs; the sandbox does the same for html_body. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const NAMED: Record<string, string> = {
  nbsp: ' ', lt: '<', gt: '>', quot: '"', apos: "'", amp: '&', hellip: '…', mdash: '—', ndash: '–',
  rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', bull: '•', copy: '©',
};

/** A rough text version of comment HTML (enough for plain_body; the checklist reads html itself). */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<\/(td|th)>/gi, ' ')
    // A paragraph ends with a blank line, as in Zendesk's plain_body.
    .replace(/<\/p>/gi, '\n\n')
    .replace(/<(br|\/div|\/li|\/h\d|\/tr)\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '- ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] !== '#') return NAMED[code.toLowerCase()] ?? whole;
      const n = code[1] === 'x' || code[1] === 'X' ? Number.parseInt(code.slice(2), 16) : Number(code.slice(1));
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The server's copy of a ticket with the page's own edits that the server has not confirmed yet laid
 * over it: a change from elsewhere (the proxy's note) that arrives between an edit and its PUT must not
 * undo the edit on the page.
 */
export function withPendingEdits(server: SandboxTicket, pending: readonly TicketPatch[], now: string): SandboxTicket {
  return pending.reduce((ticket, patch) => applyPatch(ticket, patch, now), server);
}

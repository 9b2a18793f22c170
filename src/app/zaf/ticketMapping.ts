import type { CustomFieldValue, TicketAttachment, TicketComment, TicketSnapshot } from '../../core/types';
import { htmlToText } from './htmlToText';
import type { ZafGetResult } from './types';

// Paths read for every snapshot; custom fields are added per mapped field id.
export const TICKET_PATHS = [
  'ticket.id',
  'ticket.subject',
  'ticket.description',
  'ticket.status',
  'ticket.tags',
  'ticket.requester',
  'ticket.organization',
  'ticket.comments',
] as const;

export const customFieldPath = (fieldId: string) => `ticket.customField:custom_field_${fieldId}`;

/** The events the host fires when the ticket, or one of these custom fields, changed. */
export function ticketFieldEvents(fieldIds: readonly string[]): string[] {
  return [
    'ticket.subject.changed',
    'ticket.description.changed',
    'ticket.status.changed',
    'ticket.tags.changed',
    'ticket.updated',
    ...fieldIds.map((id) => `ticket.custom_field_${id}.changed`),
  ];
}

/** The events after which the snapshot is read again: a change, or the app shown again. */
export function ticketChangeEvents(fieldIds: readonly string[]): string[] {
  return [...ticketFieldEvents(fieldIds), 'app.activated'];
}

// Payload shapes beyond the documented subset are not guaranteed: everything is read defensively.
type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const optStr = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function toFieldValue(v: unknown): CustomFieldValue {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return null;
}

function toAttachments(v: unknown): TicketAttachment[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObject).map((a) => ({
    fileName: str(a.fileName ?? a.filename ?? a.name),
    contentType: str(a.contentType ?? a.content_type),
    url: optStr(a.contentUrl ?? a.content_url ?? a.url),
  }));
}

function toComment(c: Loose, index: number): TicketComment {
  const id = Number(c.id);
  const isPublic = c.isPublic ?? c.public;
  return {
    id: Number.isFinite(id) ? id : index,
    body: htmlToText(str(c.value ?? c.body ?? c.html_body)),
    public: typeof isPublic === 'boolean' ? isPublic : true,
    createdAt: optStr(c.createdAt ?? c.created_at),
    attachments: [...toAttachments(c.imageAttachments), ...toAttachments(c.nonImageAttachments)],
  };
}

/** Builds a TicketSnapshot from a client.get result; paths that errored or are absent get defaults. */
export function toTicketSnapshot(result: ZafGetResult, fieldIds: readonly string[]): TicketSnapshot {
  const requester = result['ticket.requester'];
  const organization = result['ticket.organization'];
  const tags = result['ticket.tags'];
  const comments = result['ticket.comments'];
  const customFields: Record<string, CustomFieldValue> = {};
  for (const id of fieldIds) customFields[id] = toFieldValue(result[customFieldPath(id)]);
  const id = Number(result['ticket.id']);
  return {
    id: Number.isFinite(id) ? id : 0,
    subject: str(result['ticket.subject']),
    description: str(result['ticket.description']),
    status: str(result['ticket.status']),
    requester: isObject(requester) ? { name: optStr(requester.name), email: optStr(requester.email) } : undefined,
    organization: isObject(organization) && typeof organization.name === 'string' ? { name: organization.name } : null,
    tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === 'string') : [],
    customFields,
    comments: Array.isArray(comments) ? comments.filter(isObject).map(toComment) : [],
  };
}

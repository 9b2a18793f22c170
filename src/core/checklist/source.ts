// The texts the checklist reads (subject, description, every comment), each parsed once, plus a
// defensive copy of the ticket: callers hand in data straight from ZAF, where anything may be missing.
import type { CustomFieldValue, TicketAttachment, TicketSnapshot } from '../types';
import { parseSections, toLines, type Section } from './sections';
import { htmlToText } from './text';
import { findUrls, type FoundUrl } from './urls';

export type Source = {
  /** Where evidence points: "subject", "description", "comment 3". */
  where: string;
  kind: 'subject' | 'description' | 'comment';
  text: string;
  /** The text in lower case, for the phrase patterns (same length for all but a few scripts). */
  lower: string;
  lines: string[];
  sections: Section[];
  /** Inline image sources from HTML bodies. */
  images: string[];
  /** Links in the text, found once for every detector. */
  urls: FoundUrl[];
};

export type SafeTicket = {
  subject: string;
  description: string;
  organization: string;
  requesterEmail: string;
  customFields: Record<string, CustomFieldValue>;
  comments: Array<{ body: string; attachments: TicketAttachment[] }>;
};

function str(v: unknown): string {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
}

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
}

/** Reads whatever shape arrived, without trusting the static type. */
export function toSafeTicket(ticket: TicketSnapshot | null | undefined): SafeTicket {
  const t = obj(ticket);
  const rawComments = Array.isArray(t.comments) ? (t.comments as unknown[]) : [];
  const comments = rawComments.map((c) => {
    const comment = obj(c);
    const attachments = (Array.isArray(comment.attachments) ? (comment.attachments as unknown[]) : []).map((a) => {
      const att = obj(a);
      return { fileName: str(att.fileName), contentType: str(att.contentType), url: str(att.url) || undefined };
    });
    return { body: str(comment.body), attachments };
  });
  return {
    subject: str(t.subject),
    description: str(t.description),
    organization: str(obj(t.organization).name).trim(),
    requesterEmail: str(obj(t.requester).email).trim(),
    customFields: obj(t.customFields) as Record<string, CustomFieldValue>,
    comments,
  };
}

function makeSource(where: string, kind: Source['kind'], body: string): Source {
  const { text, images } = htmlToText(body);
  const lines = toLines(text);
  return { where, kind, text, lower: text.toLowerCase(), lines, sections: parseSections(lines), images, urls: findUrls(text) };
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11;

/** Equal but for whitespace, compared in place: most comments differ within a few characters. */
export function sameText(a: string, b: string): boolean {
  let i = 0;
  let j = 0;
  for (;;) {
    while (i < a.length && isSpace(a.charCodeAt(i))) i++;
    while (j < b.length && isSpace(b.charCodeAt(j))) j++;
    if (i >= a.length || j >= b.length) return i >= a.length && j >= b.length;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
    i++;
    j++;
  }
}

/**
 * Subject, description and comments as sources. The first comment is usually the description itself
 * (ZAF lists it among the comments), so a comment whose text equals the description is not read twice.
 */
export function buildSources(ticket: SafeTicket): Source[] {
  const sources: Source[] = [];
  if (ticket.subject.trim()) sources.push(makeSource('subject', 'subject', ticket.subject));
  const description = makeSource('description', 'description', ticket.description);
  sources.push(description);
  const hasDescription = description.text.trim() !== '';
  ticket.comments.forEach((comment, index) => {
    if (!comment.body.trim()) return;
    if (comment.body === ticket.description && hasDescription) return;
    const source = makeSource(`comment ${index + 1}`, 'comment', comment.body);
    // The description again in another form (HTML where the description is text), wherever it sits.
    if (hasDescription && sameText(source.text, description.text)) return;
    sources.push(source);
  });
  return sources;
}

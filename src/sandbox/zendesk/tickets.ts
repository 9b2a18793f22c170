import {
  applyPatch,
  htmlToText,
  textToHtml,
  type SandboxComment,
  type SandboxTicket,
  type TicketPatch,
} from './page/model';

export type NewComment = {
  /** Plain text (becomes paragraphs) or, when `html` is true, HTML as given. */
  body: string;
  html?: boolean;
  public: boolean;
  author?: SandboxComment['author'];
  attachments?: Array<{ fileName: string; contentType: string }>;
};

export type TicketChange = {
  ticket: SandboxTicket;
  previous: SandboxTicket;
  /** Who made it: 'api', 'host', or a host page's client id, so a page can skip its own echoes. */
  origin: string;
};

const AGENT = { id: 9001, name: 'Sandbox Agent', role: 'agent' as const };

/** Everything SandboxTickets holds, as plain JSON (saved by `npm start -- --keep`). */
export type TicketsState = { tickets: SandboxTicket[]; nextCommentId: number; nextAttachmentId: number };

/**
 * The sandbox's ticket state, shared by the Zendesk API stand-in and the host page. Every read returns
 * a copy, so callers cannot change state except through update/addComment, which notify listeners.
 */
export class SandboxTickets {
  private tickets = new Map<number, SandboxTicket>();
  private listeners = new Set<(change: TicketChange) => void>();
  private nextCommentId: number;
  private nextAttachmentId = 7000;
  /** Prefix for attachment URLs (stored as paths); the server sets it once it knows its address. */
  attachmentBaseUrl = '';

  constructor(
    initial: readonly SandboxTicket[] | TicketsState,
    private readonly now: () => Date = () => new Date(),
  ) {
    const tickets = 'tickets' in initial ? initial.tickets : initial;
    for (const t of tickets) this.tickets.set(t.id, structuredClone(t));
    const ids = tickets.flatMap((t) => t.comments.map((c) => c.id));
    this.nextCommentId = Math.max(1000, ...ids) + 1;
    if ('tickets' in initial) {
      this.nextCommentId = Math.max(this.nextCommentId, initial.nextCommentId);
      this.nextAttachmentId = initial.nextAttachmentId;
    }
  }

  /** The whole state, attachment URLs as stored (paths), for a later `new SandboxTickets(state)`. */
  snapshot(): TicketsState {
    return { tickets: structuredClone([...this.tickets.values()]), nextCommentId: this.nextCommentId, nextAttachmentId: this.nextAttachmentId };
  }

  list(): SandboxTicket[] {
    return [...this.tickets.values()].map((t) => this.copy(t));
  }

  get(id: number): SandboxTicket | undefined {
    const t = this.tickets.get(id);
    return t && this.copy(t);
  }

  /** Adds a ticket (tests and the sandbox seed more than the samples); an existing id is replaced. */
  add(ticket: SandboxTicket): SandboxTicket {
    this.tickets.set(ticket.id, structuredClone(ticket));
    return this.copy(ticket);
  }

  /** Deletes a ticket (as Zendesk's API does); false when there was none. */
  remove(id: number): boolean {
    return this.tickets.delete(id);
  }

  update(id: number, patch: TicketPatch, origin = 'host'): SandboxTicket | undefined {
    return this.change(id, { patch }, origin);
  }

  addComment(id: number, comment: NewComment, origin = 'host'): SandboxTicket | undefined {
    return this.change(id, { comment }, origin);
  }

  /** A field patch and a comment as ONE change (one event to listeners), like one Zendesk update. */
  change(id: number, input: { patch?: TicketPatch; comment?: NewComment }, origin = 'host'): SandboxTicket | undefined {
    const previous = this.tickets.get(id);
    if (!previous) return undefined;
    const now = this.now().toISOString();
    let ticket = input.patch ? applyPatch(previous, input.patch, now) : { ...previous, updatedAt: now };
    if (input.comment) ticket = { ...ticket, comments: [...ticket.comments, this.newComment(input.comment, now)] };
    return this.commit(previous, ticket, origin);
  }

  private newComment(input: NewComment, createdAt: string): SandboxComment {
    return {
      id: this.nextCommentId++,
      htmlBody: input.html ? input.body : textToHtml(input.body),
      plainBody: input.html ? htmlToText(input.body) : input.body,
      public: input.public,
      author: input.author ?? AGENT,
      createdAt,
      attachments: (input.attachments ?? []).map((a) => {
        const attachmentId = this.nextAttachmentId++;
        return {
          id: attachmentId,
          fileName: a.fileName,
          contentType: a.contentType,
          url: `/attachments/${attachmentId}/${encodeURIComponent(a.fileName)}`,
          size: 24_576,
        };
      }),
    };
  }

  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: (change: TicketChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private commit(previous: SandboxTicket, ticket: SandboxTicket, origin: string): SandboxTicket {
    this.tickets.set(ticket.id, ticket);
    const change = { ticket: this.copy(ticket), previous: this.copy(previous), origin };
    for (const listener of this.listeners) {
      try {
        listener(change);
      } catch {
        // A failing listener (a closed page stream) must not undo or block the change.
      }
    }
    return this.copy(ticket);
  }

  private copy(ticket: SandboxTicket): SandboxTicket {
    const t = structuredClone(ticket);
    for (const c of t.comments) {
      for (const a of c.attachments) if (a.url.startsWith('/')) a.url = this.attachmentBaseUrl + a.url;
    }
    return t;
  }
}

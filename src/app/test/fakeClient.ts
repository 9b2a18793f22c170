import type { ZafClient, ZafContext, ZafGetResult, ZafHandler, ZafMetadata, ZafRequestOptions } from '../zaf/types';

export type Call = { kind: 'get' | 'set' | 'invoke' | 'request'; name: string; args: unknown[] };

/** Answers client.request as the host's request proxy would: resolve or reject with {status, responseText}. */
export type RequestHandler = (options: ZafRequestOptions) => Promise<unknown>;

type Options = {
  data?: Record<string, unknown>;
  settings?: Record<string, unknown>;
  context?: ZafContext;
  /** False: registered only when register() is called, as a real host does after the handshake. */
  ready?: boolean;
  /** Invokes that reject, e.g. to test what the agent sees when the reply editor is unavailable. */
  failing?: string[];
  /** Answers client.request; without one, every request fails as if the host could not reach the URL. */
  request?: RequestHandler;
};

/**
 * A small host stand-in for tests: answers get/set/invoke from a path -> value map, records every call,
 * and fires the change events a Zendesk host fires when the app changes tags or fields.
 */
export class FakeZafClient implements ZafClient {
  ready: boolean;
  readonly data: Record<string, unknown>;
  readonly calls: Call[] = [];
  /** The reply editor's text: comment.appendText adds to it, comment.text reads and sets it. */
  reply = '';
  private readonly handlers = new Map<string, Set<ZafHandler>>();
  private readonly settings: Record<string, unknown>;
  private readonly ctx: ZafContext;
  private readonly failing: Set<string>;
  private readonly requestHandler: RequestHandler | undefined;

  constructor(options: Options = {}) {
    this.data = { ...options.data };
    this.settings = options.settings ?? {};
    this.ctx = options.context ?? { location: 'ticket_sidebar', product: 'support', ticketId: 1 };
    this.ready = options.ready ?? true;
    this.failing = new Set(options.failing);
    this.requestHandler = options.request;
  }

  async get(paths: string | string[]): Promise<ZafGetResult> {
    const list = Array.isArray(paths) ? paths : [paths];
    this.calls.push({ kind: 'get', name: list.join(','), args: list });
    const result: ZafGetResult = { errors: {} };
    for (const path of list) {
      if (path === 'comment.text') result[path] = this.reply;
      else if (path in this.data) result[path] = this.data[path];
      else result.errors![path] = { name: 'APIUnavailable', message: `No such Api: ${path}` };
    }
    if (!Array.isArray(paths) && result.errors![paths]) throw result.errors![paths];
    return result;
  }

  async set(path: string, value: unknown): Promise<unknown> {
    this.calls.push({ kind: 'set', name: path, args: [value] });
    if (path === 'comment.text') this.reply = String(value);
    else this.data[path] = value;
    const field = /^ticket\.customField:custom_field_(\d+)$/.exec(path);
    if (field) this.emit(`ticket.custom_field_${field[1]}.changed`, value);
    return { errors: {} };
  }

  async invoke(name: string, ...args: unknown[]): Promise<unknown> {
    this.calls.push({ kind: 'invoke', name, args });
    if (this.failing.has(name)) throw new Error(`${name} is not available`);
    const tags = () => (Array.isArray(this.data['ticket.tags']) ? (this.data['ticket.tags'] as string[]) : []);
    if (name === 'ticket.tags.add') {
      this.data['ticket.tags'] = [...new Set([...tags(), ...(args[0] as string[])])];
      this.emit('ticket.tags.changed', this.data['ticket.tags']);
    } else if (name === 'ticket.tags.remove') {
      const removed = new Set(args[0] as string[]);
      this.data['ticket.tags'] = tags().filter((t) => !removed.has(t));
      this.emit('ticket.tags.changed', this.data['ticket.tags']);
    } else if (name === 'comment.appendText') {
      this.reply += String(args[0]);
    }
    return { errors: {} };
  }

  async request(options: ZafRequestOptions): Promise<unknown> {
    this.calls.push({ kind: 'request', name: `${options.type} ${options.url}`, args: [options] });
    if (this.requestHandler === undefined) throw { status: 0, statusText: 'error', responseText: '' };
    return this.requestHandler(options);
  }

  on(event: string, handler: ZafHandler): void {
    const set = this.handlers.get(event) ?? new Set();
    set.add(handler);
    this.handlers.set(event, set);
  }

  off(event: string, handler: ZafHandler): void {
    this.handlers.get(event)?.delete(handler);
  }

  listenerCount(event: string): number {
    return this.handlers.get(event)?.size ?? 0;
  }

  async metadata(): Promise<ZafMetadata> {
    return { appId: 0, installationId: 1, name: 'Escalation Checklist', version: '0.1.0', settings: this.settings };
  }

  async context(): Promise<ZafContext> {
    return this.ctx;
  }

  /** Fires a host event, e.g. after the test edits `data` the way an agent edits the ticket. */
  emit(event: string, payload?: unknown): void {
    for (const handler of [...(this.handlers.get(event) ?? [])]) handler(payload);
  }

  register(): void {
    this.ready = true;
    this.emit('app.registered', { metadata: {}, context: this.ctx });
  }

  invokes(name: string): unknown[][] {
    return this.calls.filter((c) => c.kind === 'invoke' && c.name === name).map((c) => c.args);
  }
}

/** ZAF-shaped data for one ticket, as a host answers client.get; override any path. */
export function ticketData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'ticket.id': 4242,
    'ticket.subject': 'Gradebook will not load',
    'ticket.description': 'The gradebook spins forever.',
    'ticket.status': 'open',
    'ticket.tags': ['gradebook'],
    'ticket.requester': { id: 7, name: 'Dana Reyes', email: 'dana@lincoln.example.edu' },
    'ticket.organization': null,
    'ticket.comments': [],
    currentUser: { name: 'Agent Smith', email: 'agent@example.com', locale: 'en-US' },
    ...overrides,
  };
}

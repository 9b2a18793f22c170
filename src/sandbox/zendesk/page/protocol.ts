import {
  FIELD_DEFINITIONS,
  TICKET_STATUSES,
  fieldValueError,
  htmlToText,
  toZafComment,
  type SandboxTicket,
  type TicketPatch,
  type TicketStatus,
} from './model';

// The ZAF host side of the postMessage protocol (../../../../../shared/ZAF-PROTOCOL.md), as a pure
// function: a message from the app in, replies and effects out. The page carries the effects out.

export type Draft = { text: string; type: 'publicReply' | 'internalNote' };

export type HostState = {
  appGuid: string;
  ticket: SandboxTicket;
  draft: Draft;
  /** Public installation settings (secure ones are never here). */
  settings: Record<string, string>;
  appName: string;
  /** The installation's app id (metadata.appId; what the Apps API notify endpoint names). */
  appId?: number;
  currentUser: { id: number; name: string; email: string; locale: string; role: string };
  /** Event name -> the app's subscriber count, from iframe.on / iframe.off. */
  subscriptions: Record<string, number>;
  registered: boolean;
};

export type Effect =
  | { type: 'post'; message: unknown }
  | { type: 'patch'; patch: TicketPatch }
  | { type: 'draft'; draft: Draft }
  | { type: 'resize'; width: string | null; height: string | null }
  | { type: 'notify'; message: string; kind: string }
  | { type: 'request'; key: string; options: unknown }
  | { type: 'registered' }
  | { type: 'log'; text: string };

type ZafError = { name: string; message: string; path: string };
type Message = { key?: unknown; message?: unknown; id?: unknown; request?: unknown; params?: unknown; appGuid?: unknown };

const unavailable = (path: string): ZafError => ({ name: 'APIUnavailable', message: 'No such Api', path });
const invalid = (path: string, message: string): ZafError => ({ name: 'InvalidValue', message, path });
const CUSTOM_FIELD = /^ticket\.customField:custom_field_(\d+)$/;

export function registeredMessage(state: HostState): { key: string; message: unknown } {
  return {
    key: 'zaf.app.registered',
    message: {
      metadata: { appId: state.appId ?? 0, installationId: 1, name: state.appName, version: '0.0.0-sandbox', plan: {}, settings: state.settings },
      context: {
        instanceGuid: state.appGuid,
        product: 'support',
        account: { subdomain: 'sandbox' },
        location: 'ticket_sidebar',
        ticketId: state.ticket.id,
      },
    },
  };
}

function ticketData(state: HostState): Record<string, unknown> {
  const t = state.ticket;
  const customFields = Object.fromEntries(Object.entries(t.customFields).map(([id, v]) => [`customField:custom_field_${id}`, v]));
  return {
    id: t.id,
    subject: t.subject,
    description: t.description,
    status: t.status,
    priority: t.priority,
    type: null,
    tags: t.tags,
    requester: { ...t.requester },
    organization: t.organization ? { ...t.organization } : null,
    brand: { id: 1, name: 'Sandbox School Support' },
    assignee: { user: { id: state.currentUser.id, name: state.currentUser.name, email: state.currentUser.email }, group: null },
    comments: t.comments.map(toZafComment),
    comment: { text: state.draft.text, type: state.draft.type },
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
    ...customFields,
  };
}

// Zendesk's system fields as ZAF's ticketFields lists them (name, label, type), before the custom ones.
const SYSTEM_FIELDS = [
  { name: 'subject', label: 'Subject', type: 'subject' },
  { name: 'description', label: 'Description', type: 'description' },
  { name: 'status', label: 'Status', type: 'status' },
  { name: 'priority', label: 'Priority', type: 'priority' },
  { name: 'tags', label: 'Tags', type: 'tags' },
];

/**
 * ZAF's `ticketFields`: one object per field of the ticket form, custom ones named `custom_field_<id>`
 * with the field's title as `label`, and a tagger field's options as {label, value}.
 */
export function ticketFields(): Array<Record<string, unknown>> {
  const common = { isRequired: false, isVisible: true, isEnabled: true };
  return [
    ...SYSTEM_FIELDS.map((f) => ({ ...f, ...common })),
    ...FIELD_DEFINITIONS.map((f) => ({
      name: `custom_field_${f.id}`,
      label: f.title,
      type: f.type,
      ...common,
      ...(f.type === 'tagger' ? { options: f.options.map((o) => ({ label: o.name, value: o.value })) } : {}),
    })),
  ];
}

/** ticketFields, ticketFields:<name> (one field) and ticketFields:<name>.<property>. */
function readTicketFields(path: string): { value: unknown } | { error: ZafError } | null {
  if (path === 'ticketFields') return { value: ticketFields() };
  const one = /^ticketFields:([a-z0-9_]+)(?:\.([A-Za-z]+))?$/.exec(path);
  if (!one) return path.startsWith('ticketFields') ? { error: unavailable(path) } : null;
  const field = ticketFields().find((f) => f.name === one[1]);
  if (!field) return { error: unavailable(path) };
  if (one[2] === undefined) return { value: field };
  return Object.prototype.hasOwnProperty.call(field, one[2]) ? { value: field[one[2]] } : { error: unavailable(path) };
}

/** Reads one ZAF path ("ticket.requester.email" walks into objects), or an error for unknown ones. */
export function readPath(state: HostState, path: string): { value: unknown } | { error: ZafError } {
  const roots: Record<string, unknown> = {
    ticket: ticketData(state),
    comment: { text: state.draft.text, type: state.draft.type },
    currentUser: state.currentUser,
    currentAccount: { subdomain: 'sandbox', planName: 'Enterprise' },
  };
  const fields = readTicketFields(path);
  if (fields) return fields;
  const custom = CUSTOM_FIELD.exec(path);
  if (custom) {
    const error = fieldValueError(custom[1]!, null);
    return error ? { error: unavailable(path) } : { value: state.ticket.customFields[custom[1]!] ?? null };
  }
  let value: unknown = roots;
  for (const part of path.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.prototype.hasOwnProperty.call(value, part)) {
      return { error: unavailable(path) };
    }
    value = (value as Record<string, unknown>)[part];
  }
  return { value };
}

function handleSet(state: HostState, params: Record<string, unknown>) {
  const result: Record<string, unknown> = {};
  const errors: Record<string, ZafError> = {};
  const patch: TicketPatch = {};
  let draft: Draft | null = null;
  for (const [path, value] of Object.entries(params)) {
    const custom = CUSTOM_FIELD.exec(path);
    if (custom) {
      const error = fieldValueError(custom[1]!, value);
      if (error) errors[path] = error.startsWith('unknown') ? unavailable(path) : invalid(path, error);
      else patch.customFields = { ...patch.customFields, [custom[1]!]: value as string | null };
    } else if (path === 'ticket.subject' && typeof value === 'string') {
      patch.subject = value;
    } else if (path === 'ticket.status') {
      if ((TICKET_STATUSES as readonly unknown[]).includes(value)) patch.status = value as TicketStatus;
      else errors[path] = invalid(path, `"${String(value)}" is not a status`);
    } else if (path === 'ticket.tags' && Array.isArray(value)) {
      patch.tags = value.map(String);
    } else if (path === 'comment.text' && typeof value === 'string') {
      draft = { ...(draft ?? state.draft), text: value };
    } else if (path === 'comment.type' && (value === 'publicReply' || value === 'internalNote')) {
      draft = { ...(draft ?? state.draft), type: value };
    } else {
      errors[path] = unavailable(path);
    }
    if (!errors[path]) result[path] = value;
  }
  const effects: Effect[] = [];
  if (Object.keys(patch).length > 0) effects.push({ type: 'patch', patch });
  if (draft) effects.push({ type: 'draft', draft });
  return { result, errors, effects, draft };
}

const tagArgs = (args: unknown[]): string[] => {
  const first = args[0];
  return Array.isArray(first) ? first.map(String) : args.filter((a) => typeof a === 'string');
};

// Invokes the sandbox answers as a no-op: later SDKs send `track` on clicks, and apps may show/hide.
const NO_OP_INVOKES = new Set(['track', 'app.show', 'app.hide', 'popover', 'preloadPane', 'routeTo', 'instances.create']);

function handleInvoke(state: HostState, params: Record<string, unknown>) {
  const result: Record<string, unknown> = {};
  const errors: Record<string, ZafError> = {};
  const effects: Effect[] = [];
  let draft = state.draft;
  for (const [name, rawArgs] of Object.entries(params)) {
    const args = Array.isArray(rawArgs) ? rawArgs : [rawArgs];
    const text = typeof args[0] === 'string' ? args[0] : '';
    if (name === 'ticket.tags.add') effects.push({ type: 'patch', patch: { addTags: tagArgs(args) } });
    else if (name === 'ticket.tags.remove') effects.push({ type: 'patch', patch: { removeTags: tagArgs(args) } });
    else if (name === 'comment.appendText' || name === 'comment.appendMarkdown') draft = { ...draft, text: draft.text + text };
    else if (name === 'comment.appendHtml') draft = { ...draft, text: draft.text + htmlToText(text) };
    else if (name === 'resize') {
      const size = (typeof args[0] === 'object' && args[0] !== null ? args[0] : {}) as { width?: unknown; height?: unknown };
      effects.push({ type: 'resize', width: size.width == null ? null : String(size.width), height: size.height == null ? null : String(size.height) });
    } else if (name === 'notify') {
      effects.push({ type: 'notify', message: text, kind: typeof args[1] === 'string' ? args[1] : 'notice' });
    } else if (NO_OP_INVOKES.has(name)) effects.push({ type: 'log', text: `invoke ${name} (ignored by the sandbox)` });
    else errors[name] = unavailable(name);
    if (!errors[name]) result[name] = null;
  }
  if (draft !== state.draft) effects.push({ type: 'draft', draft });
  return { result, errors, effects, draft };
}

function parse(raw: unknown): Message | null {
  if (typeof raw === 'string') {
    try {
      const value: unknown = JSON.parse(raw);
      return typeof value === 'object' && value !== null ? (value as Message) : null;
    } catch {
      return null;
    }
  }
  return typeof raw === 'object' && raw !== null ? (raw as Message) : null;
}

/** Handles one message from the app frame. Unknown or foreign messages change nothing. */
export function handleAppMessage(state: HostState, raw: unknown): { state: HostState; effects: Effect[] } {
  const msg = parse(raw);
  if (!msg || (msg.appGuid !== undefined && msg.appGuid !== state.appGuid)) return { state, effects: [] };
  const key = typeof msg.key === 'string' ? msg.key : '';

  if (key === 'iframe.handshake') {
    const next = { ...state, registered: true };
    return { state: next, effects: [{ type: 'post', message: registeredMessage(next) }, { type: 'registered' }] };
  }
  const on = /^iframe\.(on|off):(.+)$/.exec(key);
  if (on) {
    const count = (msg.message as { subscriberCount?: unknown } | undefined)?.subscriberCount;
    const n = typeof count === 'number' ? count : on[1] === 'on' ? (state.subscriptions[on[2]!] ?? 0) + 1 : 0;
    return { state: { ...state, subscriptions: { ...state.subscriptions, [on[2]!]: n } }, effects: [] };
  }
  if (/^request:\d+$/.test(key)) return { state, effects: [{ type: 'request', key, options: msg.message }] };
  if (key) return { state, effects: [{ type: 'log', text: `app sent ${key}` }] };

  if (typeof msg.id !== 'number') return { state, effects: [] };
  const id = msg.id;
  const reply = (result: Record<string, unknown>, errors: Record<string, ZafError>) =>
    ({ type: 'post', message: { id, result: { errors, ...result } } }) as Effect;

  if (msg.request === 'get' && Array.isArray(msg.params)) {
    const result: Record<string, unknown> = {};
    const errors: Record<string, ZafError> = {};
    for (const path of msg.params.map(String)) {
      const read = readPath(state, path);
      if ('error' in read) errors[path] = read.error;
      else result[path] = read.value;
    }
    return { state, effects: [reply(result, errors)] };
  }
  const params = typeof msg.params === 'object' && msg.params !== null && !Array.isArray(msg.params) ? (msg.params as Record<string, unknown>) : null;
  if ((msg.request === 'set' || msg.request === 'invoke') && params) {
    const out = msg.request === 'set' ? handleSet(state, params) : handleInvoke(state, params);
    // Reply first: the app's promise settles before the change events it caused arrive.
    return { state: { ...state, draft: out.draft ?? state.draft }, effects: [reply(out.result, out.errors), ...out.effects] };
  }
  return { state, effects: [{ type: 'post', message: { id, error: { name: 'InvalidRequest', message: `Unknown request ${String(msg.request)}` } } }] };
}

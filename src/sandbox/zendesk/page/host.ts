import { byTestId, h } from './dom';
import { apiNotificationEvents, eventMessage, requestReply, ticketEvents, type ApiNotification, type ForwardedResponse, type ZafEvent } from './events';
import { applyPatch, withPendingEdits, type FieldDefinition, type SandboxTicket, type TicketPatch, type TicketStatus } from './model';
import { handleAppMessage, type Draft, type Effect, type HostState } from './protocol';
import { logLine, renderSettings, renderTicketList, showToast } from './sidePanels';
import { renderTicket } from './ticketView';

// The sandbox's agent workspace: wires the ticket view, the app iframe and the server together.
// Protocol decisions live in protocol.ts/events.ts; this file only carries out their effects.

type ServerState = {
  hostOrigin: string;
  appId: number;
  appUrl: string;
  appBuilt: boolean;
  appName: string;
  tickets: SandboxTicket[];
  fields: FieldDefinition[];
  statuses: TicketStatus[];
  settings: Record<string, string>;
  secureSettings: Record<string, boolean>;
  settingNames: string[];
};

const clientId = `page-${Math.random().toString(36).slice(2)}`;
const $ = (id: string) => byTestId(document, id);
const newGuid = () => (crypto.randomUUID ? crypto.randomUUID() : `guid-${Date.now()}-${Math.random()}`);

let server: ServerState;
let tickets: SandboxTicket[] = [];
let host: HostState;
let view: ReturnType<typeof renderTicket>;
let iframe: HTMLIFrameElement | null = null;
const appOrigin = () => new URL(server.appUrl).origin;

// Page -> server writes go one at a time, so the server keeps the order the agent typed in.
let writes: Promise<unknown> = Promise.resolve();
function send(path: string, method: string, body: unknown): Promise<Response> {
  const next = writes.then(() => fetch(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
  writes = next.catch(() => undefined);
  return next;
}

function post(message: unknown) {
  if (!iframe?.contentWindow) return;
  iframe.contentWindow.postMessage(message, appOrigin());
  logLine($('zaf-log'), '→', JSON.stringify(message));
}

function fire(events: ZafEvent[]) {
  if (!host.registered) return;
  for (const event of events) post(eventMessage(event));
}

/** Makes `next` the open ticket: re-render, and tell the app what changed. */
function show(next: SandboxTicket, external: boolean) {
  const events = ticketEvents(host.ticket, next, external);
  host = { ...host, ticket: next };
  tickets = tickets.map((t) => (t.id === next.id ? next : t));
  view.update(next);
  renderTicketList($('ticket-list'), tickets, next.id);
  fire(events);
}

// The page's edits sent but not yet answered, per ticket: laid over a change from elsewhere until then.
const pendingEdits = new Map<number, TicketPatch[]>();

function patchTicket(patch: TicketPatch) {
  const id = host.ticket.id;
  show(applyPatch(host.ticket, patch, new Date().toISOString()), false);
  pendingEdits.set(id, [...(pendingEdits.get(id) ?? []), patch]);
  const settled = () => pendingEdits.set(id, (pendingEdits.get(id) ?? []).filter((p) => p !== patch));
  void send(`/__sandbox/tickets/${id}`, 'PUT', { clientId, ...patch }).then(
    async (res) => {
      settled();
      if (!res.ok) showToast($('toasts'), `Not saved: ${((await res.json()) as { error: string }).error}`, 'error');
    },
    settled,
  );
}

// What the reply box shows; compared with the new draft to know when comment.text changed.
let shownDraft: Draft = { text: '', type: 'publicReply' };

function setDraft(draft: Draft) {
  const changed = draft.text !== shownDraft.text;
  shownDraft = draft;
  host = { ...host, draft };
  view.setDraft(draft);
  if (changed) fire([{ name: 'comment.text.changed', payload: draft.text }]);
}

async function forward(key: string, options: unknown) {
  let response: ForwardedResponse;
  try {
    const res = await fetch('/__zaf/request', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ options }) });
    response = (await res.json()) as ForwardedResponse;
  } catch {
    response = { status: 502, statusText: 'Bad Gateway', headers: {}, responseText: '{"error":"sandbox server unreachable"}' };
  }
  post(requestReply(key, options, response));
}

function run(effect: Effect) {
  switch (effect.type) {
    case 'post': return post(effect.message);
    case 'patch': return patchTicket(effect.patch);
    case 'draft': return setDraft(effect.draft);
    case 'resize': {
      const px = Number.parseInt(effect.height ?? '', 10);
      if (iframe && Number.isFinite(px)) iframe.style.height = `${Math.min(Math.max(px, 40), 4000)}px`;
      return;
    }
    case 'notify': return showToast($('toasts'), effect.message, effect.kind);
    case 'request': return void forward(effect.key, effect.options);
    case 'registered':
      // A stable hook for browser tests: the app has finished its handshake.
      iframe?.setAttribute('data-registered', 'true');
      return fire([{ name: 'app.activated', payload: { firstLoad: true } }]);
    case 'log': return logLine($('zaf-log'), '•', effect.text);
  }
}

function onMessage(event: MessageEvent) {
  if (!iframe || event.source !== iframe.contentWindow || event.origin !== appOrigin()) return;
  logLine($('zaf-log'), '←', typeof event.data === 'string' ? event.data : JSON.stringify(event.data));
  const { state, effects } = handleAppMessage(host, event.data);
  host = state;
  effects.forEach(run);
}

/** (Re)loads the app for the open ticket: a new instance, as when Zendesk opens a ticket tab. */
function loadApp() {
  const guid = newGuid();
  host = { ...host, appGuid: guid, registered: false, subscriptions: {}, settings: server.settings };
  const slot = $('app-slot');
  if (!server.appBuilt) {
    iframe = null;
    slot.replaceChildren(h('div', { class: 'notice', 'data-testid': 'app-missing' }, 'The app is not built yet. Run `npm run build` (or `npm start`), then reload this page.'));
    return;
  }
  const src = `${server.appUrl}?origin=${encodeURIComponent(server.hostOrigin)}&app_guid=${encodeURIComponent(guid)}`;
  iframe = h('iframe', { src, title: server.appName, 'data-testid': 'app-iframe', class: 'app-iframe' });
  slot.replaceChildren(iframe);
}

function openTicket(id: number) {
  const ticket = tickets.find((t) => t.id === id) ?? tickets[0]!;
  host = { ...host, ticket, draft: { text: '', type: 'publicReply' } };
  shownDraft = host.draft;
  view = renderTicket($('ticket'), ticket, { fields: server.fields, statuses: server.statuses }, {
    patch: patchTicket,
    addComment: async (input) => {
      if (!input.body.trim()) return 'Write something first.';
      const res = await send(`/__sandbox/tickets/${host.ticket.id}/comments`, 'POST', { clientId, ...input });
      const body = (await res.json()) as { ticket?: SandboxTicket; error?: string };
      if (!body.ticket) return body.error ?? 'Not saved';
      show(body.ticket, false);
      return null;
    },
    useDraft: () => {
      byTestId<HTMLTextAreaElement>(document, 'comment-body').value = host.draft.text;
      byTestId<HTMLInputElement>(document, 'comment-internal').checked = host.draft.type === 'internalNote';
      setDraft({ text: '', type: host.draft.type });
    },
    clearDraft: () => setDraft({ text: '', type: host.draft.type }),
  });
  renderTicketList($('ticket-list'), tickets, ticket.id);
  document.title = `#${ticket.id} ${ticket.subject} · Zendesk sandbox`;
  loadApp();
}

function listenForChanges() {
  const source = new EventSource('/__sandbox/events');
  source.addEventListener('ticket', (event) => {
    const { ticket, origin } = JSON.parse((event as MessageEvent<string>).data) as { ticket: SandboxTicket; origin: string };
    if (origin === clientId) return; // our own edit, already shown
    if (ticket.id === host.ticket.id) show(withPendingEdits(ticket, pendingEdits.get(ticket.id) ?? [], new Date().toISOString()), true);
    else {
      tickets = tickets.map((t) => (t.id === ticket.id ? ticket : t));
      renderTicketList($('ticket-list'), tickets, host.ticket.id);
    }
  });
  // The Apps API notify endpoint was called: Zendesk hands it to the app's open instances.
  source.addEventListener('app_notification', (event) => {
    const n = JSON.parse((event as MessageEvent<string>).data) as ApiNotification;
    fire(apiNotificationEvents(n, { appId: server.appId, agentId: host.currentUser.id }));
  });
}

function setUpAppsToggle() {
  const toggle = $('apps-toggle');
  toggle.addEventListener('click', () => {
    const hidden = document.body.classList.toggle('apps-hidden');
    toggle.textContent = hidden ? 'Show apps' : 'Hide apps';
    fire([{ name: hidden ? 'app.deactivated' : 'app.activated', payload: { firstLoad: false } }]);
  });
}

async function start() {
  server = (await (await fetch('/__sandbox/state')).json()) as ServerState;
  tickets = server.tickets;
  host = {
    appGuid: '',
    ticket: tickets[0]!,
    draft: { text: '', type: 'publicReply' },
    settings: server.settings,
    appName: server.appName,
    appId: server.appId,
    currentUser: { id: 9001, name: 'Sandbox Agent', email: 'agent@sandbox.example.com', locale: 'en-US', role: 'admin' },
    subscriptions: {},
    registered: false,
  };
  window.addEventListener('message', onMessage);
  renderSettings($('settings'), { names: server.settingNames, values: server.settings, secure: server.secureSettings }, async (values) => {
    const res = await send('/__sandbox/settings', 'POST', values);
    const body = (await res.json()) as { settings?: Record<string, string>; error?: string };
    if (!body.settings) return body.error ?? 'Not saved';
    server.settings = body.settings;
    loadApp();
    return null;
  });
  setUpAppsToggle();
  // The agent's language is currentUser.locale; changing it reloads the app, as a new login would.
  const localeSelect = $('agent-locale') as HTMLSelectElement;
  localeSelect.addEventListener('change', () => {
    host = { ...host, currentUser: { ...host.currentUser, locale: localeSelect.value } };
    loadApp();
  });
  const fromHash = () => Number(/ticket-(\d+)/.exec(location.hash)?.[1] ?? tickets[0]!.id);
  window.addEventListener('hashchange', () => openTicket(fromHash()));
  openTicket(fromHash());
  listenForChanges();
}

void start();

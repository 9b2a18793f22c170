// What Slack sends to an app, signed as Slack signs it: Events API message events, slash commands,
// and view_submission interactions, POSTed to the proxy.
import { randomBytes } from 'node:crypto';
import { isRecord } from './methods/args';
import { viewObject } from './methods/directory';
import { signSlackRequest } from './signing';
import type { Message, StoredView } from './types';
import { APP_ID, BOT_ID, BOT_USER_ID, SlackApiError, TEAM_DOMAIN, TEAM_ID, type Channel, type Workspace } from './workspace';

export interface Delivery {
  kind: 'event' | 'command' | 'interaction';
  url: string;
  at: number;
  /** HTTP status, or null when the proxy could not be reached. */
  status: number | null;
  responseBody: string;
  /** What was sent, so a test can deliver it again as Slack's retries do. */
  requestBody: string;
  error?: string;
}

const TIMEOUT_MS = 5000;
// Slack still sends the deprecated verification token; the proxy must not rely on it.
const VERIFICATION_TOKEN = 'sandbox-verification-token';

type InputValue = { type: string; value?: string | null; selected_option?: unknown };

export class Outbound {
  readonly deliveries: Delivery[] = [];
  /** The stand-in's own URL, for response_url. Set once the server listens. */
  baseUrl = '';
  private detached = false;
  private readonly inFlight = new Set<Promise<Delivery>>();

  constructor(
    private readonly ws: Workspace,
    private readonly cfg: { proxyUrl?: string; signingSecret?: string; log: (line: string) => void },
  ) {}

  get connected(): boolean {
    return Boolean(this.cfg.proxyUrl && this.cfg.signingSecret) && !this.detached;
  }

  /**
   * Stops sending to the proxy, as turning the app's Event Subscriptions off would, and waits for what
   * is on its way. Teardown calls it before stopping the proxy, whose last steps may still post: their
   * message events would otherwise go to a proxy that no longer listens.
   */
  async detach(): Promise<void> {
    this.detached = true;
    await Promise.allSettled([...this.inFlight]);
  }

  private send(kind: Delivery['kind'], path: string, body: string, contentType: string): Promise<Delivery> {
    const sending = this.deliver(kind, path, body, contentType);
    this.inFlight.add(sending);
    void sending.finally(() => this.inFlight.delete(sending)).catch(() => undefined);
    return sending;
  }

  private async deliver(kind: Delivery['kind'], path: string, body: string, contentType: string): Promise<Delivery> {
    const { proxyUrl, signingSecret } = this.cfg;
    if (!proxyUrl || !signingSecret || this.detached) throw new SlackApiError('no_proxy_configured');
    const url = `${proxyUrl.replace(/\/$/, '')}${path}`;
    const delivery: Delivery = { kind, url, at: this.ws.now(), status: null, responseBody: '', requestBody: body };
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': contentType, ...signSlackRequest(signingSecret, body, this.ws.nowSec()) },
        body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      delivery.status = res.status;
      delivery.responseBody = await res.text();
      if (!res.ok) this.cfg.log(`[slack-stand-in] ${kind} to ${url} answered ${res.status}`);
    } catch (err) {
      delivery.error = err instanceof Error ? err.message : String(err);
      this.cfg.log(`[slack-stand-in] ${kind} to ${url} failed: ${delivery.error}`);
    }
    this.deliveries.push(delivery);
    return delivery;
  }

  /**
   * The Events API event_callback for a new message (message.channels / message.groups). Slack sends
   * these only for channels the app's bot is in, and for the bot's own messages too (with bot_id).
   */
  async messageEvent(ch: Channel, m: Message): Promise<Delivery | undefined> {
    if (!this.connected || !ch.members.includes(BOT_USER_ID)) return undefined;
    const event: Record<string, unknown> = {
      type: 'message',
      channel: ch.id,
      user: m.user,
      text: m.text,
      ts: m.ts,
      event_ts: m.ts,
      channel_type: ch.isPrivate ? 'group' : 'channel',
      team: TEAM_ID,
    };
    if (m.thread_ts) event.thread_ts = m.thread_ts;
    if (m.bot_id) Object.assign(event, { bot_id: m.bot_id, app_id: APP_ID });
    if (m.blocks) event.blocks = m.blocks;
    const payload = {
      token: VERIFICATION_TOKEN,
      team_id: TEAM_ID,
      api_app_id: APP_ID,
      event,
      type: 'event_callback',
      event_id: this.ws.nextId('Ev'),
      event_time: this.ws.nowSec(),
      authorizations: [
        { enterprise_id: null, team_id: TEAM_ID, user_id: BOT_USER_ID, is_bot: true, is_enterprise_install: false },
      ],
      is_ext_shared_channel: false,
    };
    return this.send('event', '/slack/events', JSON.stringify(payload), 'application/json');
  }

  /** Slack's check of a Request URL: the app must echo the challenge. */
  async urlVerification(): Promise<{ delivery: Delivery; verified: boolean }> {
    const challenge = randomBytes(16).toString('hex');
    const body = JSON.stringify({ token: VERIFICATION_TOKEN, challenge, type: 'url_verification' });
    const delivery = await this.send('event', '/slack/events', body, 'application/json');
    let echoed: unknown;
    try {
      echoed = JSON.parse(delivery.responseBody);
    } catch {
      echoed = delivery.responseBody;
    }
    const verified = delivery.status === 200 && (echoed === challenge || (isRecord(echoed) && echoed.challenge === challenge));
    return { delivery, verified };
  }

  async slashCommand(channelId: string, userId: string, command: string, text: string): Promise<Delivery> {
    const ch = this.ws.channel(channelId);
    const user = this.ws.user(userId);
    if (!user) throw new SlackApiError('user_not_found');
    const triggerId = `${this.ws.nowSec()}${this.deliveries.length}.${APP_ID.length}.${randomBytes(16).toString('hex')}`;
    this.ws.triggers.set(triggerId, { userId, channelId: ch.id });
    const form = new URLSearchParams({
      token: VERIFICATION_TOKEN,
      team_id: TEAM_ID,
      team_domain: TEAM_DOMAIN,
      channel_id: ch.id,
      channel_name: ch.name,
      user_id: user.id,
      user_name: user.name,
      command,
      text,
      api_app_id: APP_ID,
      is_enterprise_install: 'false',
      response_url: `${this.baseUrl}/_stand-in/respond/${ch.id}/${user.id}`,
      trigger_id: triggerId,
    });
    const d = await this.send('command', '/slack/commands', form.toString(), 'application/x-www-form-urlencoded');
    this.showReply(ch, user.id, d.responseBody);
    return d;
  }

  /** A command's or response_url's JSON answer: in_channel posts as the bot, otherwise only the user sees it. */
  showReply(ch: Channel, userId: string, body: string): void {
    let reply: unknown;
    try {
      reply = body.trim() === '' ? undefined : JSON.parse(body);
    } catch {
      reply = { text: body };
    }
    if (!isRecord(reply) || typeof reply.text !== 'string' || reply.text === '') return;
    if (reply.response_type === 'in_channel') this.ws.post(ch, { user: BOT_USER_ID, bot_id: BOT_ID, text: reply.text });
    else ch.ephemeral.push({ ts: this.ws.nextTs(), user: userId, text: reply.text });
  }

  /** Submits an open modal as its user would, and applies the proxy's response_action. */
  async submitView(viewId: string, values: Record<string, Record<string, string>>): Promise<Delivery> {
    const stored = this.ws.views.get(viewId);
    if (!stored || stored.closed) throw new SlackApiError('not_found');
    const user = this.ws.user(stored.userId ?? '') ?? this.ws.users.find((u) => !u.isBot);
    if (!user) throw new SlackApiError('user_not_found');
    const payload = {
      type: 'view_submission',
      team: { id: TEAM_ID, domain: TEAM_DOMAIN },
      user: { id: user.id, username: user.name, name: user.name, team_id: TEAM_ID },
      api_app_id: APP_ID,
      token: VERIFICATION_TOKEN,
      trigger_id: stored.triggerId ?? '',
      view: { ...viewObject(stored), state: { values: stateValues(stored, values) } },
      response_urls: [],
      is_enterprise_install: false,
      enterprise: null,
    };
    const body = new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
    const d = await this.send('interaction', '/slack/interactions', body, 'application/x-www-form-urlencoded');
    if (d.status !== null && d.status >= 200 && d.status < 300) applyResponseAction(stored, d.responseBody);
    return d;
  }
}

/** state.values as Slack builds it from the modal's input blocks. */
export function stateValues(
  stored: StoredView,
  values: Record<string, Record<string, string>>,
): Record<string, Record<string, InputValue>> {
  const out: Record<string, Record<string, InputValue>> = {};
  const blocks = Array.isArray(stored.view.blocks) ? stored.view.blocks : [];
  for (const b of blocks) {
    if (!isRecord(b) || b.type !== 'input' || !isRecord(b.element)) continue;
    const blockId = String(b.block_id ?? '');
    const actionId = String(b.element.action_id ?? '');
    const type = String(b.element.type ?? '');
    const given = values[blockId]?.[actionId];
    if (type === 'static_select') {
      const options = Array.isArray(b.element.options) ? b.element.options : [];
      const selected = options.find((o) => isRecord(o) && o.value === given) ?? null;
      out[blockId] = { [actionId]: { type, selected_option: selected } };
    } else {
      out[blockId] = { [actionId]: { type, value: given ?? null } };
    }
  }
  return out;
}

function applyResponseAction(stored: StoredView, body: string): void {
  let answer: unknown;
  try {
    answer = body.trim() === '' ? {} : JSON.parse(body);
  } catch {
    answer = {};
  }
  const action = isRecord(answer) ? answer.response_action : undefined;
  if (isRecord(answer) && action === 'errors' && isRecord(answer.errors)) {
    stored.errors = Object.fromEntries(Object.entries(answer.errors).map(([k, v]) => [k, String(v)]));
  } else if (isRecord(answer) && action === 'update' && isRecord(answer.view)) {
    stored.view = answer.view;
    delete stored.errors;
  } else {
    stored.closed = true;
    delete stored.errors;
  }
}

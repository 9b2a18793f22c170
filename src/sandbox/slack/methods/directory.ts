// auth.test, users.*, usergroups.* and views.* as Slack answers a bot token.
import type { StoredView } from '../types';
import { APP_ID, BOT_ID, BOT_USER_ID, SlackApiError, TEAM_DOMAIN, TEAM_ID, type Workspace } from '../workspace';
import { bool, isRecord, json, need, str, type Args, type Handler } from './args';

const authTest: Handler = () => ({
  url: `https://${TEAM_DOMAIN}.slack.com/`,
  team: 'Sandbox',
  user: 'escalation-bot',
  team_id: TEAM_ID,
  user_id: BOT_USER_ID,
  bot_id: BOT_ID,
  is_enterprise_install: false,
});

const usersInfo: Handler = (ws, args) => {
  const u = ws.user(need(args, 'user', 'user_not_found'));
  if (!u) throw new SlackApiError('user_not_found');
  return { user: ws.userObject(u) };
};

const lookupByEmail: Handler = (ws, args) => {
  const email = need(args, 'email', 'users_not_found').toLowerCase();
  const u = ws.users.find((x) => x.email.toLowerCase() === email);
  if (!u) throw new SlackApiError('users_not_found');
  return { user: ws.userObject(u) };
};

const usergroupsList: Handler = (ws, args) => {
  const includeUsers = bool(args, 'include_users');
  return {
    usergroups: ws.usergroups.map((g) => ({
      id: g.id,
      team_id: TEAM_ID,
      is_usergroup: true,
      is_subteam: true,
      name: g.handle,
      description: '',
      handle: g.handle,
      is_external: false,
      date_create: 0,
      date_update: 0,
      date_delete: 0,
      auto_type: null,
      created_by: BOT_USER_ID,
      prefs: { channels: [], groups: [] },
      user_count: g.users.length,
      ...(includeUsers ? { users: [...g.users] } : {}),
    })),
  };
};

const usergroupUsers: Handler = (ws, args) => {
  const id = need(args, 'usergroup', 'no_such_subteam');
  const g = ws.usergroups.find((x) => x.id === id);
  if (!g) throw new SlackApiError('no_such_subteam');
  return { users: [...g.users] };
};

function viewArg(args: Args, type: 'modal' | 'home'): Record<string, unknown> {
  const v = json(args, 'view');
  if (!isRecord(v)) throw new SlackApiError('invalid_arguments', { response_metadata: { messages: ['[ERROR] missing required field: view'] } });
  if (v.type !== type) {
    throw new SlackApiError('invalid_arguments', { response_metadata: { messages: [`[ERROR] view.type must be ${type}`] } });
  }
  if (type === 'modal' && !isRecord(v.title)) {
    throw new SlackApiError('invalid_arguments', { response_metadata: { messages: ['[ERROR] missing required field: title'] } });
  }
  if (v.blocks !== undefined && !Array.isArray(v.blocks)) throw new SlackApiError('invalid_arguments');
  return v;
}

export function viewObject(stored: StoredView): Record<string, unknown> {
  const v = stored.view;
  return {
    id: stored.id,
    team_id: TEAM_ID,
    type: v.type,
    blocks: v.blocks ?? [],
    private_metadata: v.private_metadata ?? '',
    callback_id: v.callback_id ?? '',
    state: { values: {} },
    hash: stored.hash,
    title: v.title,
    close: v.close ?? null,
    submit: v.submit ?? null,
    clear_on_close: false,
    notify_on_close: false,
    external_id: v.external_id ?? '',
    root_view_id: stored.id,
    previous_view_id: null,
    app_id: APP_ID,
    bot_id: BOT_ID,
  };
}

function storeView(ws: Workspace, view: Record<string, unknown>, extra: Partial<StoredView>, id?: string): StoredView {
  const stored: StoredView = {
    id: id ?? ws.nextId('V'),
    view,
    hash: `${ws.nowSec()}.${ws.nextId('h')}`,
    openedAt: ws.now(),
    closed: false,
    ...extra,
  };
  ws.views.set(stored.id, stored);
  return stored;
}

const viewsOpen: Handler = (ws, args) => {
  const triggerId = need(args, 'trigger_id', 'invalid_trigger_id');
  const view = viewArg(args, 'modal');
  const trigger = ws.triggers.get(triggerId);
  return { view: viewObject(storeView(ws, view, { triggerId, userId: trigger?.userId })) };
};

const viewsUpdate: Handler = (ws, args) => {
  const view = viewArg(args, 'modal');
  const viewId = str(args, 'view_id');
  const externalId = str(args, 'external_id');
  const existing = viewId
    ? ws.views.get(viewId)
    : [...ws.views.values()].find((s) => externalId && s.view.external_id === externalId);
  if (!existing || existing.closed) throw new SlackApiError('not_found');
  const hash = str(args, 'hash');
  if (hash && hash !== existing.hash) throw new SlackApiError('hash_conflict');
  return { view: viewObject(storeView(ws, view, { triggerId: existing.triggerId, userId: existing.userId }, existing.id)) };
};

const viewsPublish: Handler = (ws, args) => {
  const userId = need(args, 'user_id', 'invalid_arguments');
  if (!ws.user(userId)) throw new SlackApiError('user_not_found');
  const view = viewArg(args, 'home');
  const existing = [...ws.views.values()].find((s) => s.userId === userId && s.view.type === 'home');
  return { view: viewObject(storeView(ws, view, { userId }, existing?.id)) };
};

export const directoryMethods: Record<string, Handler> = {
  'auth.test': authTest,
  'users.info': usersInfo,
  'users.lookupByEmail': lookupByEmail,
  'usergroups.list': usergroupsList,
  'usergroups.users.list': usergroupUsers,
  'views.open': viewsOpen,
  'views.update': viewsUpdate,
  'views.publish': viewsPublish,
};

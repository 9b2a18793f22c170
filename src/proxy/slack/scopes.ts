// The bot token scopes the proxy needs: what slack-app-manifest.yaml asks for (a test holds the two
// equal), and what `npm run doctor` compares with the scopes Slack reports for the token.
export const BOT_SCOPES = [
  'channels:manage',
  'channels:read',
  'channels:join',
  'channels:history',
  'groups:history',
  'groups:read',
  'groups:write',
  'chat:write',
  'users:read',
  'users:read.email',
  'usergroups:read',
  'bookmarks:read',
  'bookmarks:write',
  'pins:write',
  'commands',
] as const;

/** The bot scopes listed in a Slack app manifest (YAML), in order. */
export function manifestBotScopes(yaml: string): string[] {
  const block = /^ {4}bot:\n((?: {6}- .*\n?)+)/m.exec(yaml)?.[1] ?? '';
  return [...block.matchAll(/^ {6}- ([a-z_.:]+)/gm)].map((m) => m[1]!);
}

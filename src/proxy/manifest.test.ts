// The Slack app manifest must point at the routes the proxy serves and ask for the scopes it uses.
// (No YAML parser is a dependency: the file is read line by line, which its flat layout allows.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const text = readFileSync(join(process.cwd(), 'slack-app-manifest.yaml'), 'utf8');
const lines = text.split('\n').map((l) => l.replace(/\s+#.*$/, '').trimEnd());
const valueOf = (key: string) => lines.filter((l) => l.trim().startsWith(`${key}:`)).map((l) => l.trim().slice(key.length + 1).trim());

/** The "- item" lines right after `key:`. */
function listAfter(key: string): string[] {
  const start = lines.findIndex((l) => l.trim() === `${key}:`);
  const out: string[] = [];
  for (const l of lines.slice(start + 1)) {
    const m = /^\s*- (\S+)$/.exec(l);
    if (!m) break;
    out.push(m[1]!);
  }
  return out;
}

describe('slack-app-manifest.yaml', () => {
  it('sends the command, events and interactions to the proxy routes', () => {
    expect(text).toContain('- command: /outage-summary\n      url: https://escalations.example.com/slack/commands');
    expect(valueOf('request_url').sort()).toEqual(['https://escalations.example.com/slack/events', 'https://escalations.example.com/slack/interactions']);
    expect(listAfter('bot_events').sort()).toEqual(['message.channels', 'message.groups']);
    expect(valueOf('is_enabled')).toEqual(['true']);
    expect(valueOf('display_name')).toEqual(['escalation-bot']);
  });

  it('asks for every scope the proxy needs', () => {
    const needed = ['channels:manage', 'channels:read', 'channels:history', 'groups:history', 'groups:write', 'chat:write', 'users:read', 'users:read.email', 'usergroups:read', 'bookmarks:write', 'pins:write', 'commands'];
    expect(listAfter('bot')).toEqual(expect.arrayContaining(needed));
  });
});

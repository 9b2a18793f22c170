import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BOT_SCOPES, manifestBotScopes } from './scopes';

it('the Slack app manifest asks for exactly the scopes the proxy needs (and doctor checks)', () => {
  const yaml = readFileSync(join(__dirname, '..', '..', '..', 'slack-app-manifest.yaml'), 'utf8');
  expect(manifestBotScopes(yaml)).toEqual([...BOT_SCOPES]);
});

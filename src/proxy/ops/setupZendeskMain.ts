// `npm run setup:zendesk` (built: node dist-proxy/setup-zendesk.js): creates or updates the Zendesk
// webhook and trigger through the Zendesk API. Needs ZENDESK_SUBDOMAIN (or ZENDESK_API_URL),
// ZENDESK_EMAIL, ZENDESK_API_TOKEN (an admin's), PUBLIC_URL and the routing file for the tag.
import { fileURLToPath } from 'node:url';
import { loadZendeskSetupConfig } from '../config';
import { ZendeskAdmin } from '../zendesk/admin';
import { setupZendesk } from './zendeskSetup';

const routingFallback = fileURLToPath(new URL('./config/escalation.example.jsonc', import.meta.url));
const loaded = loadZendeskSetupConfig(process.env, process.cwd(), { routingFallback });
if (!loaded.ok) {
  for (const line of loaded.errors) console.error(`config: ${line}`);
  process.exit(1);
}
const { config } = loaded;
try {
  const result = await setupZendesk(new ZendeskAdmin(config), config);
  const { webhook, trigger } = result;
  console.log(`✓ webhook "${webhook.id}" ${webhook.action}: POST ${webhook.endpoint}`);
  if (webhook.signingSecret) {
    console.log(`  Its signing secret, shown this once: set ZENDESK_WEBHOOK_SECRET to it where the proxy runs:\n  ${webhook.signingSecret}`);
  } else {
    console.log('  Its signing secret is unchanged (Admin Center → Webhooks → Reveal secret shows it).');
  }
  console.log(`✓ trigger ${trigger.id} ${trigger.action}: a ticket tagged ${config.tag} solved or reopened calls the webhook`);
} catch (e) {
  console.error(`✗ setup:zendesk failed: ${(e as Error).message}`);
  console.error('  fix: check ZENDESK_EMAIL / ZENDESK_API_TOKEN (an admin may create webhooks and triggers) and the Zendesk address');
  process.exit(1);
}

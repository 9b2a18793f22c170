// Jira's issue webhook as an admin-registered webhook with a secret sends it: the JSON event, signed
// X-Hub-Signature: sha256=<hex HMAC-SHA256 of the raw body>, with a delivery id in
// X-Atlassian-Webhook-Identifier.
import { createHmac, randomUUID } from 'node:crypto';
import type { JiraIssue } from './site';
import { STATUSES } from './site';

export type JiraWebhookTarget = { url: string; secret: string };
export type JiraWebhookDelivery = { body: string; status: number | null; error: string | null };

export function signJiraWebhook(secret: string, body: string): string {
  return 'sha256=' + createHmac('sha256', secret).update(body).digest('hex');
}

export function issueUpdatedBody(issue: JiraIssue, from: string, baseUrl: string, at: Date): string {
  return JSON.stringify({
    timestamp: at.getTime(),
    webhookEvent: 'jira:issue_updated',
    issue_event_type_name: 'issue_generic',
    issue: {
      id: issue.id,
      key: issue.key,
      self: `${baseUrl}/rest/api/3/issue/${issue.id}`,
      fields: { summary: issue.summary, labels: issue.labels, status: { id: STATUSES[issue.status].id, name: issue.status, statusCategory: STATUSES[issue.status].category } },
    },
    changelog: { id: randomUUID(), items: [{ field: 'status', fieldtype: 'jira', fromString: from, toString: issue.status }] },
  });
}

export async function deliverJiraWebhook(target: JiraWebhookTarget, body: string, timeoutMs = 10_000): Promise<JiraWebhookDelivery> {
  try {
    const res = await fetch(target.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-atlassian-webhook-identifier': randomUUID(), 'x-hub-signature': signJiraWebhook(target.secret, body) },
      body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    await res.arrayBuffer();
    return { body, status: res.status, error: null };
  } catch (e) {
    return { body, status: null, error: (e as Error).message };
  }
}

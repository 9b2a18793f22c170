// The gateway's real jira.js client against the Jira stand-in: what it sends and how Jira's errors
// come back (retryable or not, Retry-After kept).
import { startJiraStandIn } from '../../sandbox/jira/server';
import type { JiraStandIn } from '../../sandbox/jira/server';
import { JiraCallError, JiraGateway } from './gateway';

const doc = (text: string) => ({ type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

let jira: JiraStandIn;
let gateway: JiraGateway;

beforeEach(async () => {
  jira = await startJiraStandIn({ log: () => {} });
  gateway = new JiraGateway({ baseUrl: jira.url, email: jira.email, apiToken: jira.apiToken, timeoutMs: 2000 });
});
afterEach(() => jira.close());

const failure = async (p: Promise<unknown>): Promise<JiraCallError> => {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!(e instanceof JiraCallError)) throw new Error(`expected a JiraCallError, got ${String(e)}`);
  return e;
};

test('creates an issue with its label, finds it by the label through /search/jql, reads its status', async () => {
  const { key } = await gateway.createIssue({ project: 'ENG', issueType: 'Bug', summary: 'Gradebook down', description: doc('hello'), labels: ['esc-1'] });
  expect(key).toBe('ENG-1');
  expect(await gateway.issuesWithLabel('esc-1')).toEqual([{ key: 'ENG-1', url: `${jira.url}/browse/ENG-1`, status: 'To Do' }]);
  expect(await gateway.issuesWithLabel('esc-2')).toEqual([]);
  expect(jira.calls().find((c) => c.op === 'searchJql')?.path).toMatch(/^\/rest\/api\/3\/search\/jql\?jql=labels/);
  await jira.move('ENG-1', 'In Progress');
  expect(await gateway.issue('eng-1')).toEqual({ key: 'ENG-1', url: `${jira.url}/browse/ENG-1`, status: 'In Progress' });
});

test('an unknown key is null; a refused create says which field, and is not retryable', async () => {
  expect(await gateway.issue('ENG-404')).toBeNull();
  const e = await failure(gateway.createIssue({ project: 'NOPE', issueType: 'Bug', summary: 'x', description: doc('x'), labels: [] }));
  expect(e).toMatchObject({ status: 400, retryable: false });
  expect(e.message).toContain('project: valid project is required');
  const badDoc = await failure(gateway.createIssue({ project: 'ENG', issueType: 'Bug', summary: 'x', description: { type: 'doc', content: [] }, labels: [] }));
  expect(badDoc.message).toContain('description');
});

test('remote links are created or updated by globalId; comments are found by a marker', async () => {
  const { key } = await gateway.createIssue({ project: 'ENG', issueType: 'Task', summary: 's', description: doc('d'), labels: [] });
  await gateway.addRemoteLink(key, { globalId: 'zendesk-ticket-1001', url: 'https://acme.zendesk.com/agent/tickets/1001', title: 'Zendesk #1001' });
  await gateway.addRemoteLink(key, { globalId: 'zendesk-ticket-1001', url: 'https://acme.zendesk.com/agent/tickets/1001', title: 'Zendesk ticket #1001' });
  expect(await gateway.remoteLinkIds(key)).toEqual(['zendesk-ticket-1001']);
  expect(jira.issues()[0]!.remoteLinks[0]!.object.title).toBe('Zendesk ticket #1001');
  expect(await gateway.hasCommentWith(key, '[escalation e1 summary s1]')).toBe(false);
  await gateway.addComment(key, doc('Summary [escalation e1 summary s1]'));
  expect(await gateway.hasCommentWith(key, '[escalation e1 summary s1]')).toBe(true);
  await expect(gateway.addComment(key, { type: 'doc', version: 1, content: [{ type: 'text', text: 'loose' }] })).rejects.toMatchObject({ status: 400 });
});

test('429 keeps Retry-After and 5xx is retryable; wrong credentials are a 401 that is not', async () => {
  jira.inject({ op: 'getIssue', status: 429, retryAfterSec: 7, times: 1 });
  expect(await failure(gateway.issue('ENG-1'))).toMatchObject({ status: 429, retryable: true, retryAfterMs: 7000, code: 'http_429' });
  jira.inject({ op: 'createIssue', status: 503, times: 1 });
  expect(await failure(gateway.createIssue({ project: 'ENG', issueType: 'Bug', summary: 's', description: doc('d'), labels: [] }))).toMatchObject({ status: 503, retryable: true });
  const wrong = new JiraGateway({ baseUrl: jira.url, email: jira.email, apiToken: 'wrong', timeoutMs: 2000 });
  expect(await failure(wrong.issue('ENG-1'))).toMatchObject({ status: 401, retryable: false });
});

test('an unreachable Jira is retryable', async () => {
  await jira.close();
  const e = await failure(gateway.issue('ENG-1'));
  expect(e).toMatchObject({ status: null, retryable: true, code: 'unreachable' });
  jira = await startJiraStandIn({ log: () => {} });
});

// The REST v3 subset the proxy's jira.js client calls, with Jira's wire shapes: issues as
// { id, key, self, fields }, errors as { errorMessages: [...], errors: { field: message } }, 401
// without or with wrong Basic credentials, 404 for an issue nobody can see, 429 with Retry-After
// (injected). A request the stand-in does not know fails loudly with 404 and a line in the log.
import { adfProblems } from './adf';
import { JqlError, matches, parseJql } from './jql';
import { STATUSES, TRANSITIONS } from './site';
import type { JiraIssue, JiraSite } from './site';

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export interface ApiResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiContext {
  site: JiraSite;
  /** The site's own address, for `self` links. */
  baseUrl: string;
  credentials: { email: string; apiToken: string };
  /** Told of every status change (the webhook). */
  onTransition: (issue: JiraIssue, from: string) => void;
}

/** Each call of the API by its operation name (what faults and the call log name). */
export type Operation =
  | 'createIssue' | 'getIssue' | 'searchJql' | 'getRemoteLinks' | 'createRemoteLink' | 'getComments' | 'addComment' | 'getTransitions' | 'doTransition';

const jiraError = (status: number, errorMessages: string[], errors: Record<string, string> = {}): ApiResponse => ({ status, body: { errorMessages, errors } });
const NOT_FOUND = jiraError(404, ['Issue does not exist or you do not have permission to see it.']);

const ROUTES: Array<{ method: string; pattern: RegExp; op: Operation }> = [
  { method: 'POST', pattern: /^\/rest\/api\/3\/issue$/, op: 'createIssue' },
  { method: 'GET', pattern: /^\/rest\/api\/3\/search\/jql$/, op: 'searchJql' },
  { method: 'GET', pattern: /^\/rest\/api\/3\/issue\/([^/]+)$/, op: 'getIssue' },
  { method: 'GET', pattern: /^\/rest\/api\/3\/issue\/([^/]+)\/remotelink$/, op: 'getRemoteLinks' },
  { method: 'POST', pattern: /^\/rest\/api\/3\/issue\/([^/]+)\/remotelink$/, op: 'createRemoteLink' },
  { method: 'GET', pattern: /^\/rest\/api\/3\/issue\/([^/]+)\/comment$/, op: 'getComments' },
  { method: 'POST', pattern: /^\/rest\/api\/3\/issue\/([^/]+)\/comment$/, op: 'addComment' },
  { method: 'GET', pattern: /^\/rest\/api\/3\/issue\/([^/]+)\/transitions$/, op: 'getTransitions' },
  { method: 'POST', pattern: /^\/rest\/api\/3\/issue\/([^/]+)\/transitions$/, op: 'doTransition' },
];

export function routeOf(method: string, path: string): { op: Operation; issueKey: string | null } | null {
  for (const r of ROUTES) {
    const m = r.method === method ? r.pattern.exec(path) : null;
    if (m) return { op: r.op, issueKey: m[1] ? decodeURIComponent(m[1]) : null };
  }
  return null;
}

export function authorized(headers: ApiRequest['headers'], creds: ApiContext['credentials']): boolean {
  const auth = Array.isArray(headers.authorization) ? headers.authorization[0] : headers.authorization;
  if (!auth?.startsWith('Basic ')) return false;
  return Buffer.from(auth.slice(6), 'base64').toString('utf8') === `${creds.email}:${creds.apiToken}`;
}

export const UNAUTHORIZED = jiraError(401, ['You are not authenticated. Authentication required to perform this operation.']);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function issueJson(ctx: ApiContext, issue: JiraIssue, fields: string[] | null): Record<string, unknown> {
  const status = STATUSES[issue.status];
  const all: Record<string, unknown> = {
    summary: issue.summary,
    description: issue.description,
    labels: issue.labels,
    issuetype: { name: issue.issueType },
    project: { key: issue.project },
    status: { id: status.id, name: issue.status, statusCategory: status.category },
    created: issue.created,
    updated: issue.updated,
  };
  const picked = fields && !fields.includes('*all') ? Object.fromEntries(Object.entries(all).filter(([k]) => fields.includes(k))) : all;
  return { id: issue.id, key: issue.key, self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}`, fields: picked };
}

const fieldList = (q: URLSearchParams) => {
  const raw = q.getAll('fields').join(',');
  return raw ? raw.split(',').map((f) => f.trim()).filter(Boolean) : null;
};

function createIssue(ctx: ApiContext, body: unknown): ApiResponse {
  const fields = isObject(body) && isObject(body.fields) ? body.fields : null;
  if (!fields) return jiraError(400, ['The request body must hold "fields".']);
  const errors: Record<string, string> = {};
  const projectKey = isObject(fields.project) ? (fields.project.key ?? fields.project.id) : undefined;
  const project = typeof projectKey === 'string' ? ctx.site.project(projectKey) : undefined;
  if (!project) errors.project = 'valid project is required';
  const typeName = isObject(fields.issuetype) ? fields.issuetype.name : undefined;
  if (typeof typeName !== 'string' || (project && !project.issueTypes.includes(typeName))) errors.issuetype = 'The issue type selected is invalid.';
  const summary = fields.summary;
  if (typeof summary !== 'string' || summary.trim() === '') errors.summary = 'You must specify a summary of the issue.';
  else if (summary.length > 255) errors.summary = 'Summary must be less than 255 characters.';
  else if (/[\r\n]/.test(summary)) errors.summary = 'The summary is invalid because it contains newline characters.';
  if (fields.description !== undefined && adfProblems(fields.description).length) {
    errors.description = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';
  }
  const labels = fields.labels ?? [];
  if (!Array.isArray(labels) || labels.some((l) => typeof l !== 'string' || l === '' || /\s/.test(l) || l.length > 255)) {
    errors.labels = 'The label must not contain spaces and must be at most 255 characters.';
  }
  if (Object.keys(errors).length) return jiraError(400, [], errors);
  const issue = ctx.site.create({ project: project!.key, issueType: typeName as string, summary: summary as string, description: fields.description ?? null, labels: labels as string[] });
  return { status: 201, body: { id: issue.id, key: issue.key, self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}` } };
}

function search(ctx: ApiContext, q: URLSearchParams): ApiResponse {
  let clauses;
  try {
    clauses = parseJql(q.get('jql') ?? '');
  } catch (e) {
    if (e instanceof JqlError) return jiraError(400, [e.message]);
    throw e;
  }
  const maxResults = Math.min(Math.max(Number(q.get('maxResults') ?? 50) || 50, 1), 5000);
  const start = Number(q.get('nextPageToken') ?? 0) || 0;
  const fields = fieldList(q);
  const found = ctx.site.state.issues.filter((i) => matches(i, clauses));
  const page = found.slice(start, start + maxResults);
  // The enhanced search answers only ids unless fields are asked for; the last page has no token.
  const issues = page.map((i) => (fields ? issueJson(ctx, i, fields) : { id: i.id }));
  const more = start + maxResults < found.length;
  return { status: 200, body: { issues, isLast: !more, ...(more ? { nextPageToken: String(start + maxResults) } : {}) } };
}

function createRemoteLink(ctx: ApiContext, issue: JiraIssue, body: unknown): ApiResponse {
  const object = isObject(body) && isObject(body.object) ? body.object : null;
  const errors: Record<string, string> = {};
  if (typeof object?.url !== 'string' || object.url === '') errors.url = "'url' is required.";
  if (typeof object?.title !== 'string' || object.title === '') errors.title = "'title' is required.";
  if (Object.keys(errors).length) return jiraError(400, [], errors);
  const b = body as Record<string, unknown>;
  const { link, created } = ctx.site.upsertRemoteLink(issue, {
    ...(typeof b.globalId === 'string' ? { globalId: b.globalId } : {}),
    ...(typeof b.relationship === 'string' ? { relationship: b.relationship } : {}),
    object: { url: object!.url as string, title: object!.title as string, ...(typeof object!.summary === 'string' ? { summary: object!.summary } : {}) },
  });
  return { status: created ? 201 : 200, body: { id: link.id, self: `${ctx.baseUrl}/rest/api/3/issue/${issue.key}/remotelink/${link.id}` } };
}

function addComment(ctx: ApiContext, issue: JiraIssue, body: unknown): ApiResponse {
  const doc = isObject(body) ? body.body : undefined;
  const problems = adfProblems(doc);
  if (problems.length) return jiraError(400, ['INVALID_INPUT'], { comment: `Comment body is not valid Atlassian Document Format: ${problems[0]}` });
  const c = ctx.site.addComment(issue, doc);
  return { status: 201, body: { id: c.id, self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}/comment/${c.id}`, body: c.body, created: c.created, updated: c.created } };
}

function doTransition(ctx: ApiContext, issue: JiraIssue, body: unknown): ApiResponse {
  const id = isObject(body) && isObject(body.transition) ? body.transition.id : undefined;
  const t = TRANSITIONS.find((x) => x.id === id && x.to !== issue.status);
  if (!t) return jiraError(400, ['Transition id is not valid for this issue.'], {});
  const { from } = ctx.site.transition(issue, t.to);
  ctx.onTransition(issue, from);
  return { status: 204 };
}

/** One API call, after authentication and faults (server.ts). */
export function handleJiraApi(ctx: ApiContext, op: Operation, issueKey: string | null, req: ApiRequest): ApiResponse {
  if (op === 'createIssue') return createIssue(ctx, req.body);
  if (op === 'searchJql') return search(ctx, req.query);
  const issue = issueKey ? ctx.site.issue(issueKey) : undefined;
  if (!issue) return NOT_FOUND;
  switch (op) {
    case 'getIssue':
      return { status: 200, body: issueJson(ctx, issue, fieldList(req.query)) };
    case 'getRemoteLinks':
      return { status: 200, body: issue.remoteLinks.map((l) => ({ ...l, self: `${ctx.baseUrl}/rest/api/3/issue/${issue.key}/remotelink/${l.id}` })) };
    case 'createRemoteLink':
      return createRemoteLink(ctx, issue, req.body);
    case 'getComments': {
      const startAt = Math.max(Number(req.query.get('startAt') ?? 0) || 0, 0);
      const maxResults = Math.min(Math.max(Number(req.query.get('maxResults') ?? 100) || 100, 1), 5000);
      const comments = issue.comments.slice(startAt, startAt + maxResults);
      return { status: 200, body: { startAt, maxResults, total: issue.comments.length, comments } };
    }
    case 'addComment':
      return addComment(ctx, issue, req.body);
    case 'getTransitions':
      return { status: 200, body: { transitions: TRANSITIONS.filter((t) => t.to !== issue.status).map((t) => ({ id: t.id, name: t.name, to: { name: t.to, statusCategory: STATUSES[t.to].category } })) } };
    case 'doTransition':
      return doTransition(ctx, issue, req.body);
  }
}

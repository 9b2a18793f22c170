// The proxy's only way to Jira Cloud: jira.js's Version3Client (its host is the stand-in in tests and
// the sandbox), Basic email/API-token auth and a timeout on every call. Failures become JiraCallError:
// retryable for 429, 5xx and the network (with Retry-After), not for 400/401/403/404.
import { HttpException, Version3Client } from 'jira.js';
import { HttpCallError } from '../httpCallError';
import { countCall } from '../metrics';
import { retryAfterMs } from '../zendesk/gateway';

export class JiraCallError extends HttpCallError {
  constructor(operation: string, status: number | null, detail: string, retryAfterMs?: number, cause?: unknown) {
    super('Jira', operation, status, detail, retryAfterMs, cause);
    this.name = 'JiraCallError';
  }
}

/** An issue as the proxy shows it: key, link, status name. */
export interface BoardIssue {
  key: string;
  url: string;
  status: string | null;
}

export interface NewBoardIssue {
  project: string;
  issueType: string;
  summary: string;
  /** Atlassian Document Format. */
  description: unknown;
  labels: string[];
}

export interface RemoteLink {
  globalId: string;
  url: string;
  title: string;
  summary?: string;
  /** The 16×16 icon Jira shows beside the link, and what its tooltip says. */
  icon?: { url16x16: string; title: string };
  /** The system the link points to: Jira groups an issue's links under its name. */
  application?: { type: string; name: string };
}

export interface JiraGatewayOptions {
  baseUrl: string;
  email: string;
  apiToken: string;
  timeoutMs?: number;
  /** Told after every call: the operation, 'ok' or the error code, and the seconds it took (metrics). */
  onCall?: (operation: string, code: string, seconds: number) => void;
}

/** Jira's words from an error body: errorMessages and errors joined, short. */
function jiraWords(data: unknown): string {
  if (typeof data !== 'object' || data === null) return '';
  const d = data as { errorMessages?: unknown; errors?: unknown };
  const messages = Array.isArray(d.errorMessages) ? d.errorMessages.filter((m): m is string => typeof m === 'string') : [];
  const fields = d.errors && typeof d.errors === 'object' ? Object.entries(d.errors as Record<string, unknown>).map(([k, v]) => `${k}: ${String(v)}`) : [];
  return [...messages, ...fields].join('; ').slice(0, 300);
}

function toJiraCallError(operation: string, e: unknown): JiraCallError {
  if (e instanceof HttpException) {
    const response = (e.cause as { response?: { headers?: Record<string, unknown>; data?: unknown } } | undefined)?.response;
    const header = response?.headers?.['retry-after'];
    return new JiraCallError(operation, e.status, jiraWords(response?.data), retryAfterMs(typeof header === 'string' ? header : null), e);
  }
  const code = (e as { code?: string }).code;
  return new JiraCallError(operation, null, code === 'ECONNABORTED' || code === 'ETIMEDOUT' ? 'timed out' : `unreachable (${code ?? (e as Error).message})`, undefined, e);
}

const STATUS_FIELDS = ['status'];

export class JiraGateway {
  private readonly client: Version3Client;
  readonly baseUrl: string;
  /** Which of issuesWithLabel's searches the site answered; null until one has. */
  private searchApi: number | null = null;

  constructor(private readonly opts: JiraGatewayOptions) {
    this.baseUrl = opts.baseUrl.replace(/\/+$/, '');
    this.client = new Version3Client({
      host: this.baseUrl,
      authentication: { basic: { email: opts.email, apiToken: opts.apiToken } },
      baseRequestConfig: { timeout: opts.timeoutMs ?? 10_000 },
    });
  }

  private call<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    return countCall(this.opts.onCall, operation, (e) => (e as JiraCallError).code, async () => {
      try {
        return await fn();
      } catch (e) {
        throw toJiraCallError(operation, e);
      }
    });
  }

  /** Where people open an issue. */
  browseUrl(key: string): string {
    return `${this.baseUrl}/browse/${encodeURIComponent(key)}`;
  }

  private boardIssue(issue: { key: string; fields?: { status?: { name?: string } } }): BoardIssue {
    return { key: issue.key, url: this.browseUrl(issue.key), status: issue.fields?.status?.name ?? null };
  }

  /** The account the API token signs in (GET /rest/api/3/myself): what `npm run doctor` checks first. */
  async myself(): Promise<{ accountId: string; email: string | null; displayName: string | null }> {
    const me = await this.call('myself', () => this.client.myself.getCurrentUser());
    return { accountId: me.accountId ?? '', email: me.emailAddress ?? null, displayName: me.displayName ?? null };
  }

  /** A project and the names of its issue types, or null when there is none by that key (or the bot may not see it). */
  async project(key: string): Promise<{ key: string; name: string; issueTypes: string[] } | null> {
    try {
      const p = await this.call('project get', () => this.client.projects.getProject({ projectIdOrKey: key }));
      return { key: p.key ?? key, name: p.name ?? key, issueTypes: (p.issueTypes ?? []).map((t) => t.name).filter((n): n is string => typeof n === 'string') };
    } catch (e) {
      if (e instanceof JiraCallError && e.status === 404) return null;
      throw e;
    }
  }

  /** The issue, or null when Jira has none by that key (or the bot may not see it). */
  async issue(key: string): Promise<BoardIssue | null> {
    try {
      const issue = await this.call('issue get', () => this.client.issues.getIssue({ issueIdOrKey: key, fields: STATUS_FIELDS }));
      return this.boardIssue(issue);
    } catch (e) {
      if (e instanceof JiraCallError && e.status === 404) return null;
      throw e;
    }
  }

  async createIssue(issue: NewBoardIssue): Promise<{ key: string }> {
    const created = await this.call('issue create', () =>
      this.client.issues.createIssue({
        fields: { project: { key: issue.project }, issuetype: { name: issue.issueType }, summary: issue.summary, description: issue.description as never, labels: issue.labels },
      }),
    );
    return { key: created.key };
  }

  /**
   * Issues carrying a label, oldest first. JQL through the enhanced search (/rest/api/3/search/jql,
   * what Jira Cloud answers today); a site that does not know it (404/405: an older Jira, or a fake
   * with only the older API) is asked through the older /rest/api/3/search instead, GET then POST, and
   * the search that answered is kept for the next calls. Once one has answered, its errors are final.
   */
  async issuesWithLabel(label: string): Promise<BoardIssue[]> {
    const params = { jql: `labels = "${label.replace(/["\\]/g, '')}" ORDER BY created ASC`, fields: STATUS_FIELDS, maxResults: 10 };
    const searches = [
      () => this.client.issueSearch.searchForIssuesUsingJqlEnhancedSearch(params),
      () => this.client.issueSearch.searchForIssuesUsingJql(params),
      () => this.client.issueSearch.searchForIssuesUsingJqlPost(params),
    ];
    for (let i = this.searchApi ?? 0; ; i++) {
      try {
        const found: { issues?: Array<{ key?: string; fields?: { status?: { name?: string } } }> } = await this.call('search', searches[i]!);
        this.searchApi = i;
        return (found.issues ?? []).filter((x): x is typeof x & { key: string } => typeof x.key === 'string').map((x) => this.boardIssue(x));
      } catch (e) {
        const unknownRoute = e instanceof JiraCallError && (e.status === 404 || e.status === 405);
        if (!unknownRoute || this.searchApi !== null || i === searches.length - 1) throw e;
      }
    }
  }

  /** The globalIds of the issue's remote links. */
  async remoteLinkIds(key: string): Promise<string[]> {
    const links = await this.call('remote links get', () => this.client.issueRemoteLinks.getRemoteIssueLinks({ issueIdOrKey: key }));
    return links.map((l) => l.globalId).filter((g): g is string => typeof g === 'string');
  }

  /** Create-or-update by globalId: Jira replaces a link with the same globalId. */
  async addRemoteLink(key: string, link: RemoteLink): Promise<void> {
    await this.call('remote link create', () =>
      this.client.issueRemoteLinks.createOrUpdateRemoteIssueLink({
        issueIdOrKey: key,
        globalId: link.globalId,
        ...(link.application ? { application: link.application } : {}),
        object: { url: link.url, title: link.title, ...(link.summary ? { summary: link.summary } : {}), ...(link.icon ? { icon: link.icon } : {}) },
      }),
    );
  }

  /** Whether any comment on the issue holds `marker` in its text (the first 1000 comments). */
  async hasCommentWith(key: string, marker: string): Promise<boolean> {
    const page = await this.call('comments get', () => this.client.issueComments.getComments({ issueIdOrKey: key, maxResults: 1000 }));
    return (page.comments ?? []).some((c) => JSON.stringify(c.body ?? '').includes(marker));
  }

  async addComment(key: string, doc: unknown): Promise<void> {
    await this.call('comment add', () => this.client.issueComments.addComment({ issueIdOrKey: key, comment: doc as never }));
  }
}

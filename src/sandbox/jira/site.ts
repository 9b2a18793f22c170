// The Jira site the stand-in keeps: projects with their issue types, issues with their status,
// labels, comments and remote links, and the To Do → In Progress → Done workflow. Plain state and
// operations; api.ts turns HTTP into these calls and their failures into Jira's error shapes.

export type StatusName = 'To Do' | 'In Progress' | 'Done';

export const STATUSES: Record<StatusName, { id: string; category: { key: 'new' | 'indeterminate' | 'done'; name: string } }> = {
  'To Do': { id: '10000', category: { key: 'new', name: 'To Do' } },
  'In Progress': { id: '3', category: { key: 'indeterminate', name: 'In Progress' } },
  Done: { id: '10001', category: { key: 'done', name: 'Done' } },
};

/** The workflow's transitions: each leads to one status and is offered from every other one. */
export const TRANSITIONS: ReadonlyArray<{ id: string; name: string; to: StatusName }> = [
  { id: '11', name: 'To Do', to: 'To Do' },
  { id: '21', name: 'In Progress', to: 'In Progress' },
  { id: '31', name: 'Done', to: 'Done' },
];

export interface JiraComment {
  id: string;
  body: unknown;
  created: string;
}

export interface JiraRemoteLink {
  id: number;
  globalId?: string;
  relationship?: string;
  object: { url: string; title: string; summary?: string };
}

export interface JiraIssue {
  id: string;
  key: string;
  project: string;
  issueType: string;
  summary: string;
  description: unknown;
  labels: string[];
  status: StatusName;
  created: string;
  updated: string;
  comments: JiraComment[];
  remoteLinks: JiraRemoteLink[];
}

export interface JiraProject {
  key: string;
  name: string;
  issueTypes: string[];
}

export interface SiteState {
  projects: JiraProject[];
  issues: JiraIssue[];
  nextId: number;
}

export const DEFAULT_PROJECTS: JiraProject[] = [
  { key: 'ENG', name: 'Engineering', issueTypes: ['Bug', 'Task', 'Story'] },
  { key: 'OPS', name: 'Operations', issueTypes: ['Task', 'Incident'] },
];

export class JiraSite {
  state: SiteState;

  constructor(
    projects: JiraProject[] = DEFAULT_PROJECTS,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.state = { projects: projects.map((p) => ({ ...p, issueTypes: [...p.issueTypes] })), issues: [], nextId: 10001 };
  }

  project(key: string): JiraProject | undefined {
    return this.state.projects.find((p) => p.key === key);
  }

  /** By key (case-insensitive, as Jira resolves them) or by numeric id. */
  issue(keyOrId: string): JiraIssue | undefined {
    const upper = keyOrId.toUpperCase();
    return this.state.issues.find((i) => i.key === upper || i.id === keyOrId);
  }

  create(fields: { project: string; issueType: string; summary: string; description: unknown; labels: string[] }): JiraIssue {
    const at = this.now().toISOString();
    const id = String(this.state.nextId++);
    const number = this.state.issues.filter((i) => i.project === fields.project).length + 1;
    const issue: JiraIssue = { id, key: `${fields.project}-${number}`, ...fields, status: 'To Do', created: at, updated: at, comments: [], remoteLinks: [] };
    this.state.issues.push(issue);
    return issue;
  }

  addComment(issue: JiraIssue, body: unknown): JiraComment {
    const comment = { id: String(this.state.nextId++), body, created: this.now().toISOString() };
    issue.comments.push(comment);
    issue.updated = comment.created;
    return comment;
  }

  /** Jira's create-or-update: a link with the same globalId is replaced. Answers whether it was new. */
  upsertRemoteLink(issue: JiraIssue, link: Omit<JiraRemoteLink, 'id'>): { link: JiraRemoteLink; created: boolean } {
    const existing = link.globalId ? issue.remoteLinks.find((l) => l.globalId === link.globalId) : undefined;
    if (existing) {
      Object.assign(existing, link);
      return { link: existing, created: false };
    }
    const created = { id: this.state.nextId++, ...link };
    issue.remoteLinks.push(created);
    return { link: created, created: true };
  }

  transition(issue: JiraIssue, to: StatusName): { from: StatusName; to: StatusName } {
    const from = issue.status;
    issue.status = to;
    issue.updated = this.now().toISOString();
    return { from, to };
  }
}

// The slice of JQL the stand-in answers: clauses `field = value`, `field != value` and
// `field in (a, b)` joined by AND, an optional ORDER BY (ignored), over labels, project, key, status
// and issuetype. Anything else is an error in Jira's words, so a query the proxy should not send fails
// loudly. Pure.
import type { JiraIssue } from './site';

type Clause = { field: string; op: '=' | '!=' | 'in'; values: string[] };

const FIELDS: Record<string, (i: JiraIssue) => string[]> = {
  labels: (i) => i.labels,
  project: (i) => [i.project],
  key: (i) => [i.key],
  issuekey: (i) => [i.key],
  status: (i) => [i.status],
  issuetype: (i) => [i.issueType],
};

export class JqlError extends Error {}

const TOKEN = /\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|!=|=|\(|\)|,|[^\s=!(),"']+)/y;

function tokens(jql: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < jql.length && (m = TOKEN.exec(jql))) out.push(m[1]!);
  if (jql.slice(TOKEN.lastIndex).trim() !== '') throw new JqlError(`Error in the JQL Query: the character at position ${TOKEN.lastIndex} is not understood.`);
  return out;
}

const unquote = (t: string) => (/^["']/.test(t) ? t.slice(1, -1).replace(/\\(.)/g, '$1') : t);

export function parseJql(jql: string): Clause[] {
  const all = tokens(jql);
  const orderAt = all.findIndex((t, i) => t.toLowerCase() === 'order' && all[i + 1]?.toLowerCase() === 'by');
  const ts = orderAt === -1 ? all : all.slice(0, orderAt);
  // The enhanced search refuses a query that would walk every issue.
  if (ts.length === 0) throw new JqlError('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  const clauses: Clause[] = [];
  let i = 0;
  while (i < ts.length) {
    const field = ts[i++]!.toLowerCase();
    if (!FIELDS[field]) throw new JqlError(`Field '${unquote(ts[i - 1]!)}' does not exist or you do not have permission to view it.`);
    const op = ts[i++]?.toLowerCase();
    if (op === '=' || op === '!=') {
      const v = ts[i++];
      if (v === undefined || ['(', ')', ','].includes(v)) throw new JqlError(`Error in the JQL Query: Expecting a value after '${op}'.`);
      clauses.push({ field, op, values: [unquote(v)] });
    } else if (op === 'in') {
      if (ts[i++] !== '(') throw new JqlError("Error in the JQL Query: Expecting '(' after 'in'.");
      const values: string[] = [];
      while (ts[i] !== ')') {
        const v = ts[i++];
        if (v === undefined) throw new JqlError("Error in the JQL Query: Expecting ')' before the end of the query.");
        if (v !== ',') values.push(unquote(v));
      }
      i++;
      clauses.push({ field, op: 'in', values });
    } else {
      throw new JqlError(`Error in the JQL Query: Expecting operator but got '${op ?? 'the end of the query'}'.`);
    }
    if (i < ts.length) {
      if (ts[i]!.toLowerCase() !== 'and') throw new JqlError(`Error in the JQL Query: Expecting 'AND' but got '${ts[i]}'.`);
      i++;
    }
  }
  return clauses;
}

export function matches(issue: JiraIssue, clauses: readonly Clause[]): boolean {
  return clauses.every((c) => {
    const have = FIELDS[c.field]!(issue).map((v) => v.toLowerCase());
    const hit = c.values.some((v) => have.includes(v.toLowerCase()));
    return c.op === '!=' ? !hit : hit;
  });
}

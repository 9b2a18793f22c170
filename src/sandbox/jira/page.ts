// The stand-in's page: every issue with its status, labels and links, and a button per transition
// (To Do → In Progress → Done) that moves the issue and sends the signed webhook to the proxy. Plain
// HTML forms, no script; every value a person or the proxy wrote is escaped.
import { adfText } from './adf';
import { TRANSITIONS } from './site';
import type { JiraIssue } from './site';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const safeHref = (url: string) => (/^https?:\/\//i.test(url) ? esc(url) : '#');

function issueRow(issue: JiraIssue): string {
  const moves = TRANSITIONS.filter((t) => t.to !== issue.status)
    .map((t) => `<form method="post" action="/_stand-in/issues/${encodeURIComponent(issue.key)}/move"><input type="hidden" name="to" value="${esc(t.to)}"><button>${esc(t.name)}</button></form>`)
    .join('');
  const links = issue.remoteLinks.map((l) => `<li><a href="${safeHref(l.object.url)}">${esc(l.object.title)}</a></li>`).join('');
  const comments = issue.comments.map((c) => `<li><pre>${esc(adfText(c.body))}</pre></li>`).join('');
  return `<article id="${esc(issue.key)}">
  <h2><span class="key">${esc(issue.key)}</span> ${esc(issue.summary)}</h2>
  <p><span class="status" data-status="${esc(issue.status)}">${esc(issue.status)}</span> · ${esc(issue.issueType)} · labels: ${esc(issue.labels.join(', ') || 'none')}</p>
  <div class="moves">${moves}</div>
  <details><summary>Description</summary><pre>${esc(adfText(issue.description))}</pre></details>
  <h3>Links</h3><ul>${links || '<li>none</li>'}</ul>
  <h3>Comments</h3><ul>${comments || '<li>none</li>'}</ul>
</article>`;
}

export function renderPage(issues: readonly JiraIssue[], lastDelivery: string | null): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Jira stand-in</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:24px;max-width:960px;color:#172b4d}
article{border:1px solid #dfe1e6;border-radius:4px;padding:12px 16px;margin:12px 0}
h2{font-size:16px;margin:0 0 4px}.key{color:#0052cc}
.status{font-weight:600;text-transform:uppercase;font-size:12px;padding:2px 6px;border-radius:3px;background:#dfe1e6}
.status[data-status="In Progress"]{background:#deebff;color:#0747a6}.status[data-status="Done"]{background:#e3fcef;color:#006644}
.moves form{display:inline;margin-right:6px}h3{font-size:13px;margin:8px 0 2px}pre{white-space:pre-wrap;margin:0}
</style></head><body>
<h1>Jira stand-in</h1>
<p>Issues the escalation proxy created or linked. Moving one sends <code>jira:issue_updated</code> to the proxy, signed with its webhook secret.${lastDelivery ? ` Last delivery: ${esc(lastDelivery)}.` : ''}</p>
${issues.length ? issues.map(issueRow).join('\n') : '<p>No issues yet.</p>'}
</body></html>`;
}

// Channel names from the routing template, within Slack's rules: lowercase letters, digits, - and _,
// at most 80 characters. Pure.
import type { IssueType } from '../../core/types';

export const SLACK_NAME_MAX = 80;

export function slugify(text: string, maxLength = 40): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Cut at a word boundary when one is near, so names do not end in half a word.
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

function sanitize(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
}

export function channelNameFor(template: string, v: { issueType: IssueType; ticketId: number; subject: string; product?: string | null }): string {
  const rendered = template
    .replaceAll('{type}', v.issueType.replace(/_/g, '-'))
    .replaceAll('{ticketId}', String(v.ticketId))
    .replaceAll('{product}', slugify(v.product ?? '', 20))
    .replaceAll('{slug}', slugify(v.subject));
  const name = sanitize(rendered).slice(0, SLACK_NAME_MAX).replace(/[-_]+$/, '');
  return name || `escalation-${v.ticketId}`;
}

/** The n-th candidate (1 = the name itself) when earlier ones are taken: name-2, name-3, ... within 80. */
export function candidateName(base: string, n: number): string {
  if (n <= 1) return base;
  const suffix = `-${n}`;
  return base.slice(0, SLACK_NAME_MAX - suffix.length).replace(/[-_]+$/, '') + suffix;
}

/** Which candidate number a name is for this base (1 for the base itself), or null. */
export function candidateIndex(base: string, name: string): number | null {
  if (name === base) return 1;
  const m = /-(\d+)$/.exec(name);
  if (!m) return null;
  const n = Number(m[1]);
  return candidateName(base, n) === name ? n : null;
}

import type { Escalation } from '../../../core/api';
import type { T } from '../../i18n/I18nProvider';

/** What the first draft promises: the agent edits it when the team works to another rhythm. */
export const NEXT_UPDATE_MINUTES = 30;

/** A Slack message as words a customer can read: links as their labels, mentions dropped, entities decoded. */
export function slackToPlain(text: string): string {
  return text
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]+)>/g, '$1')
    .replace(/<((?:https?|mailto):[^>]+)>/g, '$1')
    .replace(/<[@#!][^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[ \t]{2,}/g, ' ')
    .trim();
}

/**
 * The first draft an agent edits: it sets expectations (what is known, what is being done, when the
 * next update comes) and weaves in the summary's Summary and Immediate fix once engineering posted it,
 * or else the channel's latest update. Never the engineering summary as such.
 */
export function defaultCustomerText(t: T, escalation: Pick<Escalation, 'summary' | 'latestUpdate'>): string {
  const paragraphs = [t('customerUpdate.default.greeting')];
  const { summary, latestUpdate } = escalation;
  if (summary !== null) {
    const what = [t('customerUpdate.default.resolved')];
    if (summary.summary.trim() !== '') what.push(t('customerUpdate.default.summary', { summary: summary.summary.trim() }));
    if (summary.immediateFix.trim() !== '') what.push(t('customerUpdate.default.fix', { fix: summary.immediateFix.trim() }));
    paragraphs.push(what.join('\n'), t('customerUpdate.default.closing'));
  } else {
    const known = [t('customerUpdate.default.known')];
    const latest = latestUpdate === null ? '' : slackToPlain(latestUpdate.text);
    if (latest !== '') known.push(t('customerUpdate.default.latest', { update: latest }));
    paragraphs.push(known.join(' '), t('customerUpdate.default.next', { minutes: NEXT_UPDATE_MINUTES }));
  }
  return paragraphs.join('\n\n');
}

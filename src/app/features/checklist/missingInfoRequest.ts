import type { ChecklistItemKey } from '../../../core/types';
import type { T } from '../../i18n/I18nProvider';
import { ITEM_TEXT } from './itemText';

/**
 * The polite request appended to the reply: greeting, one line per missing item (in the order given),
 * closing. Plain text: the reply editor receives it with comment.appendText.
 */
export function missingInfoRequest(t: T, missing: readonly ChecklistItemKey[], requesterName?: string): string {
  const name = requesterName?.trim();
  const greeting = name ? t('ask.reply.greetingNamed', { name }) : t('ask.reply.greeting');
  const lines = missing.map((key) => `- ${t(ITEM_TEXT[key].request)}`);
  return [greeting, '', t('ask.reply.intro'), ...lines, '', t('ask.reply.closing')].join('\n');
}

/**
 * Where the app's own earlier request sits in the reply (plain text), so a second click replaces it
 * instead of adding it again: from its greeting line to its closing line, in the agent's language.
 */
export function findEarlierRequest(t: T, reply: string): { start: number; end: number } | null {
  const intro = reply.indexOf(t('ask.reply.intro'));
  if (intro < 0) return null;
  const closing = t('ask.reply.closing');
  const closingAt = reply.indexOf(closing, intro);
  if (closingAt < 0) return null;
  // The greeting is the last non-empty line before the intro, when it is one of ours.
  const before = reply.slice(0, intro).replace(/\s+$/, '');
  const lineStart = before.lastIndexOf('\n') + 1;
  const line = before.slice(lineStart);
  const MARK = '\u0000';
  const [head = '', tail = ''] = t('ask.reply.greetingNamed', { name: MARK }).split(MARK);
  const ours = line === t('ask.reply.greeting') || (line.startsWith(head) && line.endsWith(tail) && line.length > head.length + tail.length);
  return { start: ours ? lineStart : intro, end: closingAt + closing.length };
}

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

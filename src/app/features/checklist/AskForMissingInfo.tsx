import type { ChecklistItemKey } from '../../../core/types';
import { useT } from '../../i18n/I18nProvider';
import type { AppendToReply } from '../../zaf';
import { AppendToReplyButton } from '../reply/AppendToReplyButton';
import { findEarlierRequest, missingInfoRequest } from './missingInfoRequest';

type Props = {
  missing: readonly ChecklistItemKey[];
  requesterName?: string;
  appendToReply: AppendToReply;
};

/** One click appends a polite request for exactly the missing required items to the reply. */
export function AskForMissingInfo({ missing, requesterName, appendToReply }: Props) {
  const t = useT();
  const nothingMissing = missing.length === 0;
  return (
    <AppendToReplyButton
      primary
      testId="ask-missing-info"
      label={t('ask.button')}
      text={() => missingInfoRequest(t, missing, requesterName)}
      appendToReply={appendToReply}
      earlier={(reply) => findEarlierRequest(t, reply)}
      disabled={nothingMissing}
      hint={nothingMissing ? t('ask.nothingMissing') : undefined}
      doneMessage={t('ask.appended')}
      alreadyMessage={t('ask.alreadyThere')}
      replacedMessage={t('ask.replaced')}
      failedMessage={(error) => t('ask.failed', { error })}
    />
  );
}

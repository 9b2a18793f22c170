import { useT } from '../../i18n/I18nProvider';
import type { AppendToReply } from '../../zaf';
import { AppendToReplyButton } from '../reply/AppendToReplyButton';

type Props = {
  text: string;
  label: string;
  appendToReply: AppendToReply;
  testId: string;
};

/** A small button that appends plain text (an update, the summary) to the agent's reply. */
export function InsertIntoReply({ text, label, appendToReply, testId }: Props) {
  const t = useT();
  return (
    <AppendToReplyButton
      testId={testId}
      label={label}
      text={() => text}
      appendToReply={appendToReply}
      doneMessage={t('escalation.insert.done')}
      alreadyMessage={t('escalation.insert.alreadyThere')}
      failedMessage={(error) => t('escalation.insert.failed', { error })}
    />
  );
}

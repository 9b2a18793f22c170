import { useState, type ReactNode } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field } from '@zendeskgarden/react-forms';
import type { AppendToReply, FindEarlier, ReplyOutcome } from '../../zaf';
import { errorText } from '../../zaf/useSettings';

type Props = {
  /** Built on click, so it reflects the ticket at that moment. */
  text: () => string;
  label: string;
  testId: string;
  appendToReply: AppendToReply;
  /** Finds the app's own earlier version of the text in the reply, to be replaced rather than repeated. */
  earlier?: FindEarlier;
  /** What the agent reads once the text is in the reply, and when it could not be added. */
  doneMessage: string;
  /** When the reply already held the text (nothing added), and when an earlier version was replaced. */
  alreadyMessage: string;
  replacedMessage?: string;
  failedMessage: (error: string) => string;
  disabled?: boolean;
  hint?: ReactNode;
  primary?: boolean;
};

type Outcome = { kind: 'done'; how: ReplyOutcome } | { kind: 'failed'; error: string } | null;

/** A button that appends text to the agent's reply editor and says whether it worked. */
export function AppendToReplyButton(props: Props) {
  const { text, label, testId, appendToReply, earlier, failedMessage, disabled, hint, primary } = props;
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const append = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const how = await appendToReply(text(), earlier);
      setOutcome({ kind: 'done', how: how ?? 'appended' });
    } catch (e) {
      setOutcome({ kind: 'failed', error: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Field>
      <Button
        data-testid={testId}
        isPrimary={primary}
        isStretched={primary}
        size={primary ? 'medium' : 'small'}
        disabled={disabled || busy}
        onClick={() => void append()}
      >
        {label}
      </Button>
      {hint !== undefined && <Field.Hint>{hint}</Field.Hint>}
      {outcome?.kind === 'done' && (
        <Field.Message validation="success" role="status">
          {outcome.how === 'already'
            ? props.alreadyMessage
            : outcome.how === 'replaced'
              ? (props.replacedMessage ?? props.doneMessage)
              : props.doneMessage}
        </Field.Message>
      )}
      {outcome?.kind === 'failed' && (
        <Field.Message validation="error" role="alert">
          {failedMessage(outcome.error)}
        </Field.Message>
      )}
    </Field>
  );
}

import { useState, type ReactNode } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field } from '@zendeskgarden/react-forms';
import { errorText } from '../../zaf/useSettings';

type Props = {
  /** Built on click, so it reflects the ticket at that moment. */
  text: () => string;
  label: string;
  testId: string;
  appendToReply: (text: string) => Promise<void>;
  /** What the agent reads once the text is in the reply, and when it could not be added. */
  doneMessage: string;
  failedMessage: (error: string) => string;
  disabled?: boolean;
  hint?: ReactNode;
  primary?: boolean;
};

type Outcome = { kind: 'done' } | { kind: 'failed'; error: string } | null;

/** A button that appends text to the agent's reply editor and says whether it worked. */
export function AppendToReplyButton({ text, label, testId, appendToReply, doneMessage, failedMessage, disabled, hint, primary }: Props) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);

  const append = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      await appendToReply(text());
      setOutcome({ kind: 'done' });
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
          {doneMessage}
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

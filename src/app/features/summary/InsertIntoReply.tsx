import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field } from '@zendeskgarden/react-forms';
import { useT } from '../../i18n/I18nProvider';
import { errorText } from '../../zaf/useSettings';

type Props = {
  text: string;
  label: string;
  appendToReply: (text: string) => Promise<void>;
  testId: string;
};

type Outcome = { kind: 'done' } | { kind: 'failed'; error: string } | null;

/** A small button that appends plain text to the agent's reply and says whether it worked. */
export function InsertIntoReply({ text, label, appendToReply, testId }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const insert = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      await appendToReply(text);
      setOutcome({ kind: 'done' });
    } catch (e) {
      setOutcome({ kind: 'failed', error: errorText(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Field>
      <Button data-testid={testId} size="small" disabled={busy} onClick={() => void insert()}>
        {label}
      </Button>
      {outcome?.kind === 'done' && (
        <Field.Message validation="success" role="status">
          {t('escalation.insert.done')}
        </Field.Message>
      )}
      {outcome?.kind === 'failed' && (
        <Field.Message validation="error" role="alert">
          {t('escalation.insert.failed', { error: outcome.error })}
        </Field.Message>
      )}
    </Field>
  );
}

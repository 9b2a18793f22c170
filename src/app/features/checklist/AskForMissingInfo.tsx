import { useState } from 'react';
import { Button } from '@zendeskgarden/react-buttons';
import { Field } from '@zendeskgarden/react-forms';
import type { ChecklistItemKey } from '../../../core/types';
import { useT } from '../../i18n/I18nProvider';
import { errorText } from '../../zaf/useSettings';
import { missingInfoRequest } from './missingInfoRequest';

type Props = {
  missing: readonly ChecklistItemKey[];
  requesterName?: string;
  appendToReply: (text: string) => Promise<void>;
};

type Outcome = { kind: 'appended' } | { kind: 'failed'; error: string } | null;

/** One click appends a polite request for exactly the missing required items to the reply. */
export function AskForMissingInfo({ missing, requesterName, appendToReply }: Props) {
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const nothingMissing = missing.length === 0;

  const ask = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      await appendToReply(missingInfoRequest(t, missing, requesterName));
      setOutcome({ kind: 'appended' });
    } catch (e) {
      setOutcome({ kind: 'failed', error: errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Field>
      <Button data-testid="ask-missing-info" isPrimary isStretched disabled={nothingMissing || busy} onClick={() => void ask()}>
        {t('ask.button')}
      </Button>
      {nothingMissing && <Field.Hint>{t('ask.nothingMissing')}</Field.Hint>}
      {outcome?.kind === 'appended' && (
        <Field.Message validation="success" role="status">
          {t('ask.appended')}
        </Field.Message>
      )}
      {outcome?.kind === 'failed' && (
        <Field.Message validation="error" role="alert">
          {t('ask.failed', { error: outcome.error })}
        </Field.Message>
      )}
    </Field>
  );
}

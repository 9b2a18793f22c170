import { useState } from 'react';
import { Field, Select } from '@zendeskgarden/react-forms';
import { ISSUE_TYPE_IDS, type IssueType } from '../../../core/types';
import { isIssueType } from '../../../core/issueTypes';
import { useT } from '../../i18n/I18nProvider';
import { errorText } from '../../zaf/useSettings';
import { ISSUE_TYPE_TEXT } from './issueTypeText';
import { TypeMeanings } from './TypeMeanings';

type Props = {
  /** The type recorded on the ticket, or null. */
  value: IssueType | null;
  onSave: (type: IssueType) => Promise<void>;
};

/**
 * A native select (light, and native in a 320px sidebar) with each type's meaning as the option's
 * title and the chosen type's meaning as the hint. It shows what the ticket holds, not a local choice.
 */
export function IssueTypePicker({ value, onSave }: Props) {
  const t = useT();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async (next: string) => {
    if (!isIssueType(next) || next === value) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(next);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <div>
      <Field>
        <Field.Label>{t('issueType.label')}</Field.Label>
        <Field.Hint>{value === null ? t('issueType.none') : t(ISSUE_TYPE_TEXT[value].meaning)}</Field.Hint>
        <Select
          data-testid="issue-type-picker"
          value={value ?? ''}
          disabled={saving}
          onChange={(e) => void choose(e.target.value)}
          validation={error === null ? undefined : 'error'}
        >
          {value === null && (
            <option value="" disabled>
              {t('issueType.placeholder')}
            </option>
          )}
          {ISSUE_TYPE_IDS.map((id) => (
            <option key={id} value={id} title={t(ISSUE_TYPE_TEXT[id].meaning)}>
              {t(ISSUE_TYPE_TEXT[id].label)}
            </option>
          ))}
        </Select>
        {error !== null && <Field.Message validation="error">{t('issueType.saveFailed', { error })}</Field.Message>}
      </Field>
      <TypeMeanings />
    </div>
  );
}

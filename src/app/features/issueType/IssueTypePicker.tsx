import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import styled from 'styled-components';
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

// Keys that move a closed native select's value in Chromium and Firefox without choosing anything.
const BROWSE_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);
// Keys that open the option list: the change that follows is a choice (Enter or a click in the list).
const OPEN_KEYS = new Set([' ', 'F4']);
const BROWSE_CHANGE_MS = 250;

/** The picker's label and hint (the chosen type's meaning), around the control: shared with its placeholder. */
function PickerField({ value, children }: { value: IssueType | null; children: ReactNode }) {
  const t = useT();
  return (
    <Field>
      <Field.Label>{t('issueType.label')}</Field.Label>
      <Field.Hint>{value === null ? t('issueType.none') : t(ISSUE_TYPE_TEXT[value].meaning)}</Field.Hint>
      {children}
    </Field>
  );
}

// Empty boxes as tall as the select and the "show meanings" link, in the select's place.
const ControlPlaceholder = styled.div`
  margin-top: ${(p) => p.theme.space.xs};
  height: ${(p) => p.theme.space.base * 10}px;
`;
const LinkPlaceholder = styled.div`
  height: ${(p) => p.theme.lineHeights.md};
`;

/**
 * What the card's first paint shows where the picker goes (the picker comes a task later): the same
 * label and hint, so it is as tall as the picker in every language and width and the card stays put.
 */
export function IssueTypePickerPlaceholder({ value }: { value: IssueType | null }) {
  return (
    // Hidden from assistive tech: a label with no control yet, for one task.
    <div data-testid="issue-type-placeholder" aria-hidden="true">
      <PickerField value={value}>
        <ControlPlaceholder />
      </PickerField>
      <LinkPlaceholder />
    </div>
  );
}

/**
 * A native select (light, and native in a 320px sidebar) with each type's meaning as the option's
 * title and the chosen type's meaning as the hint. It shows what the ticket holds, not a local choice.
 * A type is saved when it is chosen (a click in the list, Enter), not while the agent browses it with
 * the arrow keys on the closed select: browsing shows "Press Enter to save"; leaving undoes it.
 * The select stays enabled while saving so the focus stays on it.
 */
export function IssueTypePicker({ value, onSave }: Props) {
  const t = useT();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The type the agent browsed to with the keyboard and has not chosen yet.
  const [browsed, setBrowsed] = useState<IssueType | null>(null);
  // When the last browsing key went down: a closed select changes its value within that key's default
  // action, while a change from an opened list (macOS opens it on ArrowDown) comes when the agent picks.
  const browsingAt = useRef<number | null>(null);

  const choose = async (next: string) => {
    setBrowsed(null);
    if (saving || !isIssueType(next) || next === value) return;
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
      <PickerField value={value}>
        <Select
          data-testid="issue-type-picker"
          value={browsed ?? value ?? ''}
          aria-busy={saving}
          onKeyDown={(e: KeyboardEvent<HTMLSelectElement>) => {
            if (e.key === 'Enter' && browsed !== null) {
              e.preventDefault();
              void choose(browsed);
            } else if (e.key === 'Escape' && browsed !== null) {
              setBrowsed(null);
            }
            const typed = e.key.length === 1 && e.key !== ' ' && !e.ctrlKey && !e.metaKey;
            const browses = !(OPEN_KEYS.has(e.key) || (e.altKey && e.key === 'ArrowDown')) && (BROWSE_KEYS.has(e.key) || typed);
            browsingAt.current = browses ? Date.now() : null;
          }}
          onMouseDown={() => {
            browsingAt.current = null;
          }}
          onBlur={() => setBrowsed(null)}
          onChange={(e) => {
            const next = e.target.value;
            const fromBrowsing = browsingAt.current !== null && Date.now() - browsingAt.current < BROWSE_CHANGE_MS;
            browsingAt.current = null;
            if (fromBrowsing) {
              setBrowsed(isIssueType(next) && next !== value ? next : null);
            } else void choose(next);
          }}
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
        {browsed !== null && (
          <Field.Message data-testid="issue-type-browsed">{t('issueType.pressEnter', { type: t(ISSUE_TYPE_TEXT[browsed].label) })}</Field.Message>
        )}
        {error !== null && <Field.Message validation="error">{t('issueType.saveFailed', { error })}</Field.Message>}
      </PickerField>
      <TypeMeanings />
    </div>
  );
}

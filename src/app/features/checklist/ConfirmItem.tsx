import { useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { getColor } from '@zendeskgarden/react-theming';
import { SM } from '@zendeskgarden/react-typography';
import type { ChecklistConfirmation, ChecklistItem } from '../../../core/types';
import { useT } from '../../i18n/I18nProvider';

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xs};
  padding-top: ${(p) => p.theme.space.xxs};
`;

const Failed = styled(SM)`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.danger' })};
`;

type Props = {
  item: ChecklistItem;
  /** The item's label, to name the group for screen readers. */
  label: string;
  onConfirm: (confirmation: ChecklistConfirmation | null) => Promise<void>;
};

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The agent's word on one item: "It's there" for an item not found, "Not needed here" for a required
 * one, or Undo once given. What the row shows comes from the ticket's tags, read back after the save:
 * nothing optimistic. Focus stays in the group when its buttons change.
 */
export function ConfirmItem({ item, label, onConfirm }: Props) {
  const t = useT();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const group = useRef<HTMLDivElement>(null);
  const refocus = useRef(false);

  useEffect(() => {
    if (saving || !refocus.current) return;
    refocus.current = false;
    // The button pressed is gone (Undo replaced it, or the other way round): keep focus here.
    const target = group.current?.querySelector('button');
    if (target && document.activeElement !== target) target.focus();
  }, [saving, item.confirmation]);

  const save = async (confirmation: ChecklistConfirmation | null) => {
    // Not `disabled` while saving: a disabled button drops keyboard focus to the page.
    if (saving) return;
    setSaving(true);
    setError(null);
    try {
      await onConfirm(confirmation);
    } catch (e) {
      setError(errorText(e));
    } finally {
      refocus.current = true;
      setSaving(false);
    }
  };

  const mayConfirm = item.status !== 'present';
  const mayDismiss = item.required && item.status !== 'present';
  if (item.confirmation === undefined && !mayConfirm && !mayDismiss) return null;
  return (
    <>
      <Actions ref={group} role="group" aria-label={t('checklist.confirm.actions', { item: label })} aria-busy={saving}>
        {item.confirmation !== undefined ? (
          <Button size="small" isBasic data-testid="checklist-undo" onClick={() => void save(null)}>
            {t('checklist.confirm.undo')}
          </Button>
        ) : (
          <>
            {mayConfirm && (
              <Button size="small" data-testid="checklist-confirm-present" onClick={() => void save('present')}>
                {t('checklist.confirm.present')}
              </Button>
            )}
            {mayDismiss && (
              <Button size="small" isBasic data-testid="checklist-confirm-not-needed" onClick={() => void save('not_needed')}>
                {t('checklist.confirm.notNeeded')}
              </Button>
            )}
          </>
        )}
      </Actions>
      {error !== null && (
        <Failed role="alert" data-testid="checklist-confirm-error">
          {t('checklist.confirm.failed', { error })}
        </Failed>
      )}
    </>
  );
}

import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { MD, SM } from '@zendeskgarden/react-typography';
import type { ChecklistConfirmation, ChecklistItemKey, ChecklistResult } from '../../../core/types';
import { useT } from '../../i18n/I18nProvider';
import { ChecklistItemRow } from './ChecklistItemRow';

const Header = styled.div`
  display: flex;
  align-items: baseline;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.xs};
  margin-bottom: ${(p) => p.theme.space.xxs};
`;

const Summary = styled(SM)<{ $complete: boolean }>`
  color: ${(p) => getColor({ theme: p.theme, variable: p.$complete ? 'foreground.success' : 'foreground.danger' })};
  white-space: nowrap;
`;

const List = styled.ul`
  margin: 0 0 ${(p) => p.theme.space.xs};
  padding: 0;
  list-style: none;
`;

const GroupLabel = styled(SM)`
  margin-top: ${(p) => p.theme.space.xs};
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

const Note = styled(SM)`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

type Props = {
  result: ChecklistResult;
  /** Shown when the ticket has no issue type yet and the card is checked as this type's label. */
  previewTypeLabel?: string;
  /** The items the issue type requires before the agent's word; a "not needed" one stays among them. */
  requiredByType?: readonly ChecklistItemKey[];
  /** Saves the agent's word on an item; without it the rows offer no choice. */
  onConfirm?: (key: ChecklistItemKey, confirmation: ChecklistConfirmation | null) => Promise<void>;
};

/**
 * "5 of 7 required", then each required item, then the optional ones. An item the agent said is not
 * needed here stays among the required ones, marked so, but no longer counts.
 */
export function CompletenessCard({ result, previewTypeLabel, requiredByType, onConfirm }: Props) {
  const t = useT();
  const required = result.items.filter((item) => item.required);
  const shownAsRequired = result.items.filter(
    (item) => item.required || (item.confirmation === 'not_needed' && (requiredByType?.includes(item.key) ?? true)),
  );
  const optional = result.items.filter((item) => !shownAsRequired.includes(item));
  const present = required.filter((item) => item.status === 'present').length;
  const confirm = (key: ChecklistItemKey) =>
    onConfirm === undefined ? undefined : (confirmation: ChecklistConfirmation | null) => onConfirm(key, confirmation);
  return (
    <section aria-labelledby="completeness-title">
      <Header>
        <MD isBold id="completeness-title">
          {t('checklist.title')}
        </MD>
        <Summary data-testid="completeness-summary" $complete={result.complete} isBold>
          {t('checklist.summary', { present, total: required.length })}
        </Summary>
      </Header>
      {previewTypeLabel !== undefined && <Note>{t('checklist.preview', { type: previewTypeLabel })}</Note>}
      {result.complete && <Note>{t('checklist.complete')}</Note>}
      <GroupLabel isBold>{t('checklist.required')}</GroupLabel>
      <List>
        {shownAsRequired.map((item) => (
          <ChecklistItemRow key={item.key} item={item} onConfirm={confirm(item.key)} />
        ))}
      </List>
      {optional.length > 0 && (
        <>
          <GroupLabel isBold>{t('checklist.optional')}</GroupLabel>
          <List>
            {optional.map((item) => (
              <ChecklistItemRow key={item.key} item={item} onConfirm={confirm(item.key)} />
            ))}
          </List>
        </>
      )}
    </section>
  );
}

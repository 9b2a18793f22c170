import { useId, useState } from 'react';
import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { SM } from '@zendeskgarden/react-typography';
import type { ChecklistConfirmation, ChecklistItem } from '../../../core/types';
import { useT } from '../../i18n/I18nProvider';
import { ConfirmItem } from './ConfirmItem';
import { CONFIRMATION_TEXT, ITEM_TEXT, STATUS_TEXT } from './itemText';
import { StatusIcon } from './StatusIcon';

const Row = styled.li`
  border-top: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
`;

const Toggle = styled.button`
  display: flex;
  gap: ${(p) => p.theme.space.xs};
  align-items: center;
  width: 100%;
  padding: ${(p) => p.theme.space.xs} 0;
  border: 0;
  background: none;
  cursor: pointer;
  text-align: start;
  color: inherit;
  font: inherit;

  &:focus-visible {
    outline: ${(p) => p.theme.borders.md} ${(p) => getColor({ theme: p.theme, variable: 'border.primaryEmphasis' })};
  }
`;

const Label = styled.span`
  flex: 1;
  min-width: 0;
`;

const Status = styled(SM)`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

const Details = styled.div`
  padding: 0 0 ${(p) => p.theme.space.xs} ${(p) => p.theme.space.lg};

  & > * + * {
    margin-top: ${(p) => p.theme.space.xxs};
  }
`;

const Evidence = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
  overflow-wrap: anywhere;
`;

type Props = {
  item: ChecklistItem;
  /** Saves the agent's word on the item (null takes it back); without it the row offers no choice. */
  onConfirm?: (confirmation: ChecklistConfirmation | null) => Promise<void>;
};

/**
 * One checklist item: status at a glance (or the agent's word on it); on expand, the evidence, what to
 * ask for and why, and "It's there" / "Not needed here" (or Undo).
 */
export function ChecklistItemRow({ item, onConfirm }: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const text = ITEM_TEXT[item.key];
  const confirmation = item.confirmation === undefined ? null : CONFIRMATION_TEXT[item.confirmation];
  const status = t(confirmation?.status ?? STATUS_TEXT[item.status]);
  const icon = item.confirmation === 'not_needed' ? 'not_needed' : item.status;
  return (
    <Row
      data-testid={`checklist-item-${item.key}`}
      data-status={item.status}
      data-required={item.required}
      data-confirmation={item.confirmation ?? 'none'}
    >
      <Toggle type="button" aria-expanded={open} aria-controls={detailsId} onClick={() => setOpen((o) => !o)}>
        <StatusIcon status={icon} label={status} muted={!item.required} />
        <Label>{t(text.label)}</Label>
        <Status>{status}</Status>
      </Toggle>
      {open && (
        <Details id={detailsId}>
          {item.evidence.length > 0 ? (
            <SM>
              <SM tag="span" isBold>
                {t('checklist.foundIn')}
              </SM>
              <Evidence>
                {item.evidence.map((evidence, i) => (
                  <li key={i}>{evidence}</li>
                ))}
              </Evidence>
            </SM>
          ) : (
            <SM>{t('checklist.notFound')}</SM>
          )}
          {confirmation !== null && <SM data-testid="checklist-confirmation-note">{t(confirmation.note)}</SM>}
          {item.status !== 'present' && item.confirmation === undefined && (
            <>
              <SM>
                <SM tag="span" isBold>
                  {t('checklist.askFor')}:
                </SM>{' '}
                {t(text.ask)}
              </SM>
              <SM>
                <SM tag="span" isBold>
                  {t('checklist.why')}:
                </SM>{' '}
                {t(text.why)}
              </SM>
            </>
          )}
          {onConfirm !== undefined && <ConfirmItem item={item} label={t(text.label)} onConfirm={onConfirm} />}
        </Details>
      )}
    </Row>
  );
}

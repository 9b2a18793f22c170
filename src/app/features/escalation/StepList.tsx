import styled from 'styled-components';
import { getColor } from '@zendeskgarden/react-theming';
import { SM } from '@zendeskgarden/react-typography';
import type { EscalationStep } from '../../../core/api';
import { useT } from '../../i18n/I18nProvider';
import { STEP_STATUS_TEXT, STEP_TEXT } from './escalationText';

const List = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Row = styled.li`
  display: flex;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.xs};
`;

const Status = styled(SM)<{ $status: EscalationStep['status'] }>`
  white-space: nowrap;
  color: ${(p) =>
    getColor({
      theme: p.theme,
      variable: p.$status === 'done' ? 'foreground.success' : p.$status === 'failed' ? 'foreground.danger' : 'foreground.subtle',
    })};
`;

const ErrorText = styled(SM)`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.danger' })};
  overflow-wrap: anywhere;
`;

/** Each step the proxy ran for the escalation, its state, and the last error if any. */
export function StepList({ steps, ticketId }: { steps: readonly EscalationStep[]; ticketId: number }) {
  const t = useT();
  if (steps.length === 0) return null;
  return (
    <section aria-labelledby="escalation-steps-title">
      <SM isBold id="escalation-steps-title">
        {t('escalation.status.steps')}
      </SM>
      <List>
        {steps.map((step) => {
          // This ticket's own steps keep the plain id; a linked ticket's carry its number.
          const own = step.ticketId === null || step.ticketId === ticketId;
          const testId = own ? `escalation-step-${step.name}` : `escalation-step-${step.name}-${step.ticketId}`;
          return (
            <li key={`${step.name}:${step.ticketId ?? ''}`} data-testid={testId} data-status={step.status}>
              <Row as="div">
                <SM>{t(STEP_TEXT[step.name], { ticket: step.ticketId ?? '' })}</SM>
                <Status $status={step.status}>{t(STEP_STATUS_TEXT[step.status])}</Status>
              </Row>
              {step.lastError !== null && step.status !== 'done' && (
                <ErrorText>
                  {t('escalation.status.lastError', { error: step.lastError })} · {t('escalation.status.attempts', { count: step.attempts })}
                </ErrorText>
              )}
            </li>
          );
        })}
      </List>
    </section>
  );
}

import { useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Input } from '@zendeskgarden/react-forms';
import { Dots } from '@zendeskgarden/react-loaders';
import { Well } from '@zendeskgarden/react-notifications';
import { getColor } from '@zendeskgarden/react-theming';
import { MD, SM } from '@zendeskgarden/react-typography';
import { BOARD_KEY_PATTERN, OVERRIDE_REASON_MAX, type Escalation } from '../../../core/api';
import { parseFieldEvidence } from '../../../core/checklist/fieldEvidence';
import type { ChecklistResult, IssueType, TicketSnapshot } from '../../../core/types';
import { useT } from '../../i18n/I18nProvider';
import type { AppendToReply } from '../../zaf';
import { ITEM_TEXT } from '../checklist/itemText';
import { AskForMissingInfo } from '../checklist/AskForMissingInfo';
import { ISSUE_TYPE_TEXT } from '../issueType/issueTypeText';
import { useFocusOnMount } from '../text/useFocusOnMount';
import { ActiveOutages } from './ActiveOutages';
import { SCOPE_TEXT } from './escalationText';

// Garden's Well pads for a full page; the sidebar is 320px wide.
const Box = styled(Well)`
  padding: ${(p) => p.theme.space.sm};
`;

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xs};
`;

const Facts = styled.dl`
  display: grid;
  grid-template-columns: auto 1fr;
  gap: ${(p) => p.theme.space.xxs} ${(p) => p.theme.space.xs};
  margin: 0;
`;

const Term = styled(SM).attrs({ tag: 'dt', isBold: true })``;
const Detail = styled(SM).attrs({ tag: 'dd' })`
  margin: 0;
  overflow-wrap: anywhere;
`;

const Missing = styled.div`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.danger' })};
`;

const MissingList = styled.ul`
  margin: 0;
  padding-inline-start: 1.2em;
  font-size: ${(p) => p.theme.fontSizes.sm};
`;

const Row = styled.div`
  display: flex;
  gap: ${(p) => p.theme.space.xs};
`;

export type OutageList = { kind: 'loading' } | { kind: 'failed'; error: string } | { kind: 'ready'; outages: Escalation[] };

type Props = {
  ticket: TicketSnapshot;
  issueType: IssueType;
  checklist: ChecklistResult;
  /** Only for a new outage channel: open ones to join instead. */
  outages: OutageList | null;
  busy: boolean;
  /** Escalates; `overrideReason` is given when required items are missing, `boardKey` when the work is on the board already. */
  onConfirm: (overrideReason?: string, boardKey?: string) => void;
  onCancel: () => void;
  onJoin: (escalation: Escalation) => void;
  appendToReply: AppendToReply;
};

/**
 * Where the school was found: the organization, else the mapped field's value (as the Slack card shows
 * it), else the checklist's first piece of evidence.
 */
function schoolOf(ticket: TicketSnapshot, checklist: ChecklistResult): string | undefined {
  const evidence = checklist.items.find((i) => i.key === 'school' && i.status !== 'missing')?.evidence[0];
  return ticket.organization?.name ?? (evidence === undefined ? undefined : (parseFieldEvidence(evidence)?.value ?? evidence));
}

/** The reason as the proxy takes it (overrideReasonSchema): one line, trimmed, 1..300 characters. */
function reasonOf(text: string): { value: string | null; tooLong: boolean } {
  const value = text.replace(/\s+/g, ' ').trim();
  const tooLong = value.length > OVERRIDE_REASON_MAX;
  return { value: value === '' || tooLong ? null : value, tooLong };
}

/** The board key as the proxy takes it (boardKeySchema): empty is none, else ENG-123 in any case. */
function boardKeyOf(text: string): { value: string | undefined; invalid: boolean } {
  const value = text.trim().toUpperCase();
  if (value === '') return { value: undefined, invalid: false };
  return BOARD_KEY_PATTERN.test(value) ? { value, invalid: false } : { value: undefined, invalid: true };
}

/**
 * The confirm step: what will be posted, what is still missing, and open outages to join first. The
 * checklist never blocks: with required items missing, any type goes after a one-line reason, which is
 * posted on the Slack card.
 */
export function ConfirmEscalation(props: Props) {
  const { ticket, issueType, checklist, outages, busy } = props;
  const t = useT();
  const [reasonText, setReasonText] = useState('');
  const [boardText, setBoardText] = useState('');
  const boardKey = boardKeyOf(boardText);
  // The button the agent pressed is gone: the focus moves to this step's heading.
  const title = useFocusOnMount<HTMLDivElement>();
  const missing = checklist.missingRequired;
  const anyway = missing.length > 0;
  const reason = reasonOf(reasonText);
  const blocked = anyway && reason.value === null;
  const channel = outages !== null;
  const submit = channel
    ? t(anyway ? 'escalation.confirm.submit.channelAnyway' : 'escalation.confirm.submit.channel')
    : t(anyway ? 'escalation.confirm.submit.threadAnyway' : 'escalation.confirm.submit.thread');
  const disabled = busy || blocked || boardKey.invalid || outages?.kind === 'loading';
  const confirm = () => {
    if (!disabled) props.onConfirm(anyway ? (reason.value ?? undefined) : undefined, boardKey.value);
  };
  const school = schoolOf(ticket, checklist);
  // Open outages are listed before a new channel can be opened: the agent should see them (and the
  // button should not move under the pointer when the list arrives).

  return (
    <Box isRecessed data-testid="escalate-confirm">
      <Stack>
        {/* One line in the same place while looking and after finding none: the submit button below does not move under the pointer when the answer comes. */}
        {outages?.kind === 'loading' && <SM data-testid="escalate-outages-status">{t('escalation.active.loading')}</SM>}
        {outages?.kind === 'ready' && outages.outages.length === 0 && <SM data-testid="escalate-outages-status">{t('escalation.active.none')}</SM>}
        {outages?.kind === 'failed' && <SM>{t('escalation.active.failed', { error: outages.error })}</SM>}
        {outages?.kind === 'ready' && outages.outages.length > 0 && (
          <ActiveOutages outages={outages.outages} organization={ticket.organization?.name} busy={busy} onJoin={props.onJoin} />
        )}
        <MD isBold ref={title} tabIndex={-1} data-testid="escalate-confirm-title">
          {t('escalation.confirm.title')}
        </MD>
        <Facts>
          <Term>{t('escalation.confirm.subject')}</Term>
          <Detail data-testid="escalate-subject">{ticket.subject.trim() === '' ? t('escalation.confirm.noSubject') : ticket.subject}</Detail>
          <Term>{t('escalation.confirm.type')}</Term>
          <Detail>{t(ISSUE_TYPE_TEXT[issueType].label)}</Detail>
          <Term>{t('escalation.confirm.school')}</Term>
          <Detail>{school ?? t('escalation.confirm.unknown')}</Detail>
          <Term>{t('escalation.confirm.scope')}</Term>
          <Detail>{checklist.scopeLevel === null ? t('escalation.confirm.unknown') : t(SCOPE_TEXT[checklist.scopeLevel])}</Detail>
        </Facts>
        {missing.length === 0 ? (
          <SM>{t('escalation.confirm.allPresent')}</SM>
        ) : (
          <Missing data-testid="escalate-missing">
            <SM isBold>{t('escalation.confirm.missingTitle')}</SM>
            <MissingList>
              {missing.map((key) => (
                <li key={key}>{t(ITEM_TEXT[key].label)}</li>
              ))}
            </MissingList>
          </Missing>
        )}
        {anyway && (
          <>
            <AskForMissingInfo missing={missing} requesterName={ticket.requester?.name} appendToReply={props.appendToReply} />
            <SM data-testid="escalate-anyway">{t('escalation.confirm.missingAnyway')}</SM>
          </>
        )}
        {anyway && (
          <Field>
            <Field.Label>{t('escalation.confirm.reasonLabel')}</Field.Label>
            <Field.Hint>{t('escalation.confirm.reasonHint', { max: OVERRIDE_REASON_MAX })}</Field.Hint>
            <Input
              data-testid="escalate-reason"
              isCompact
              value={reasonText}
              validation={reason.tooLong ? 'error' : undefined}
              onChange={(e) => setReasonText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') confirm();
              }}
            />
            {reason.tooLong && (
              <Field.Message validation="error" data-testid="escalate-reason-error">
                {t('escalation.confirm.reasonTooLong', { count: reasonText.trim().length, max: OVERRIDE_REASON_MAX })}
              </Field.Message>
            )}
          </Field>
        )}
        <Field>
          <Field.Label>{t('escalation.confirm.boardLabel')}</Field.Label>
          <Field.Hint>{t('escalation.confirm.boardHint')}</Field.Hint>
          <Input
            data-testid="escalate-board-key"
            isCompact
            value={boardText}
            placeholder={t('escalation.confirm.boardPlaceholder')}
            validation={boardKey.invalid ? 'error' : undefined}
            onChange={(e) => setBoardText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') confirm();
            }}
          />
          {boardKey.invalid && (
            <Field.Message validation="error" data-testid="escalate-board-key-error">
              {t('escalation.confirm.boardInvalid')}
            </Field.Message>
          )}
        </Field>
        <Row>
          <Button data-testid="escalate-submit" size="small" isPrimary={!blocked} isDanger={anyway && !blocked} disabled={disabled} onClick={confirm}>
            {busy ? <Dots /> : submit}
          </Button>
          <Button data-testid="escalate-cancel" size="small" isBasic disabled={busy} onClick={props.onCancel}>
            {t('escalation.confirm.cancel')}
          </Button>
        </Row>
      </Stack>
    </Box>
  );
}

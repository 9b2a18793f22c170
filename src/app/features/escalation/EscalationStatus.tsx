import styled from 'styled-components';
import { Anchor, Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { getColor } from '@zendeskgarden/react-theming';
import { MD, SM } from '@zendeskgarden/react-typography';
import type { Escalation } from '../../../core/api';
import { useLocaleTag, useT } from '../../i18n/I18nProvider';
import type { AppendToReply } from '../../zaf';
import { InsertIntoReply } from '../reply/InsertIntoReply';
import { LongText } from '../text/LongText';
import { useFocusOnMount } from '../text/useFocusOnMount';
import { STATE_TEXT } from './escalationText';
import { StepList } from './StepList';
import { updateAge } from './staleness';

const Section = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xs};
`;

const Header = styled.div`
  display: flex;
  align-items: baseline;
  justify-content: space-between;
  gap: ${(p) => p.theme.space.xs};
`;

const Subtle = styled(SM)`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  overflow-wrap: anywhere;
`;

const Age = styled(SM)<{ $stale: boolean }>`
  color: ${(p) => getColor({ theme: p.theme, variable: p.$stale ? 'foreground.danger' : 'foreground.subtle' })};
`;

const Quote = styled(SM)`
  margin: ${(p) => p.theme.space.xxs} 0 ${(p) => p.theme.space.xs};
  border-inline-start: ${(p) => p.theme.borders.md} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  padding-inline-start: ${(p) => p.theme.space.xs};
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

const STATE_HUE = { pending: 'yellow', active: 'green', failed: 'red', resolved: 'blue', archived: 'grey' } as const;

type Props = {
  escalation: Escalation;
  /** The open ticket: its own steps keep the plain test ids. */
  ticketId: number;
  now: number;
  busy: boolean;
  onRetrySteps: () => void;
  appendToReply: AppendToReply;
  /** The status just replaced the control the agent used (escalate, join): it takes the focus. */
  takeFocus?: boolean;
};

/** The escalation as the proxy stored it: channel, people, steps, how long the channel has been quiet. */
export function EscalationStatus({ escalation, ticketId, now, busy, onRetrySteps, appendToReply, takeFocus = false }: Props) {
  const t = useT();
  const title = useFocusOnMount<HTMLDivElement>(takeFocus);
  const locale = useLocaleTag();
  const { slack, latestUpdate } = escalation;
  const age = updateAge(escalation, now);
  // With an update on screen and the channel not quiet, its heading says how old it is: said once.
  const ageInHeading = latestUpdate !== null && age.hasUpdate && !age.stale;
  const channelLabel = slack.channelName !== undefined ? `#${slack.channelName}` : t('escalation.status.threadLink');
  const ageText = age.stale
    ? t('escalation.age.stale', { minutes: age.minutes })
    : !age.hasUpdate
      ? t('escalation.age.none')
      : age.minutes === 0
        ? t('escalation.age.justNow')
        : t('escalation.age.recent', { minutes: age.minutes });
  const invited = (escalation.invited ?? []).map((p) => p.name ?? p.id);
  // A customer update a ticket did not take (Zendesk down past its attempts) is retried by the same button.
  const failed =
    escalation.steps.some((s) => s.status === 'failed') || (escalation.customerUpdates ?? []).some((u) => u.tickets.some((t) => t.status === 'failed'));

  return (
    <Section data-testid="escalation-status" data-state={escalation.state} aria-labelledby="escalation-status-title">
      <Header>
        <MD isBold id="escalation-status-title" ref={title} tabIndex={-1}>
          {t('escalation.status.title')}
        </MD>
        <Tag size="small" hue={STATE_HUE[escalation.state]} data-testid="escalation-state">
          {t(STATE_TEXT[escalation.state])}
        </Tag>
      </Header>
      <div>
        <Subtle>{escalation.mode === 'channel' ? t('escalation.status.channel') : t('escalation.status.thread')}</Subtle>
        {slack.url !== undefined ? (
          <Anchor data-testid="escalation-channel-link" href={slack.url} target="_blank" rel="noopener noreferrer" isExternal>
            {channelLabel}
          </Anchor>
        ) : (
          <SM>{t('escalation.status.noLink')}</SM>
        )}
      </div>
      <BoardItem escalation={escalation} />
      {invited.length > 0 && (
        <div data-testid="escalation-invited">
          <Subtle>{t('escalation.status.invited')}</Subtle>
          <SM>{invited.join(', ')}</SM>
        </div>
      )}
      {escalation.ticketIds.length > 1 && (
        <div>
          <Subtle>{t('escalation.status.tickets')}</Subtle>
          <SM>{escalation.ticketIds.map((id) => `#${id}`).join(', ')}</SM>
        </div>
      )}
      {!ageInHeading && (
        <div>
          <Age data-testid="last-update-age" data-stale={String(age.stale)} $stale={age.stale} isBold={age.stale} role={age.stale ? 'alert' : undefined}>
            {ageText}
          </Age>
          {age.stale && age.cadence !== null && <Subtle>{t('escalation.age.staleHint', { cadence: age.cadence })}</Subtle>}
        </div>
      )}
      {latestUpdate !== null && (
        <div>
          <Subtle data-testid={ageInHeading ? 'last-update-age' : undefined} data-stale={ageInHeading ? 'false' : undefined}>
            {ageInHeading
              ? age.minutes === 0
                ? t('escalation.latest.justNow')
                : t('escalation.latest.recent', { minutes: age.minutes })
              : t('escalation.latest.title')}{' '}
            · {t('escalation.latest.by', { user: slackUserName(escalation, latestUpdate.user), time: formatTime(latestUpdate.at, locale) })}
          </Subtle>
          <Quote>
            <LongText text={latestUpdate.text} testId="latest-update" />
          </Quote>
          <InsertIntoReply testId="insert-latest-update" label={t('escalation.latest.insert')} text={latestUpdate.text} appendToReply={appendToReply} />
        </div>
      )}
      <StepList steps={escalation.steps} ticketId={ticketId} />
      {failed && (
        <Button data-testid="escalation-retry-steps" size="small" disabled={busy} onClick={onRetrySteps}>
          {t('escalation.status.retrySteps')}
        </Button>
      )}
    </Section>
  );
}

/** The board item (Jira): "ENG-123 · In Progress" with its link, being created, or missing and why. */
function BoardItem({ escalation }: { escalation: Escalation }) {
  const t = useT();
  const { board } = escalation;
  const creating = escalation.steps.some((s) => s.name === 'board_item' && s.status === 'pending');
  if (!board && !creating) return null;
  return (
    <div data-testid="escalation-board">
      <Subtle>{t('escalation.status.board')}</Subtle>
      {board?.key !== undefined && board.url ? (
        <Anchor data-testid="escalation-board-link" href={board.url} target="_blank" rel="noopener noreferrer" isExternal>
          {board.status ? t('escalation.status.boardItem', { key: board.key, status: board.status }) : board.key}
        </Anchor>
      ) : board?.error !== undefined && !creating ? (
        <SM data-testid="escalation-board-missing">
          {board.errorCode === 'not_configured' ? t('escalation.status.boardNotConfigured') : t('escalation.status.boardMissing', { error: board.error })}
        </SM>
      ) : (
        <SM>{t('escalation.status.boardCreating')}</SM>
      )}
    </div>
  );
}

/** In the agent's locale (24 h "16:13" in Spanish, "4:13 PM" in US English) and the browser's zone. */
export function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleTimeString(locale, { hour: 'numeric', minute: '2-digit' });
}

/** Slack events carry user ids; the invited list has names for the people who usually post. */
function slackUserName(escalation: Escalation, userId: string): string {
  return escalation.invited?.find((person) => person.id === userId)?.name ?? userId;
}

import { useEffect, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Field } from '@zendeskgarden/react-forms';
import { Dots } from '@zendeskgarden/react-loaders';
import { getColor } from '@zendeskgarden/react-theming';
import { SM } from '@zendeskgarden/react-typography';
import type { Escalation } from '../../../core/api';
import { ISSUE_TYPES } from '../../../core/issueTypes';
import type { ChecklistResult, IssueType, TicketSnapshot } from '../../../core/types';
import { useT } from '../../i18n/I18nProvider';
import { useHostInfo, type HostInfo, type ProxyApi, type AppendToReply } from '../../zaf';
import { ProxyError, useProxyClient } from '../../zaf/proxyClient';
import { CustomerUpdates } from '../customerUpdates/CustomerUpdates';
import { SummaryCard } from '../summary/SummaryCard';
import { relevantOutages } from './ActiveOutages';
import { ConfirmEscalation, type OutageList } from './ConfirmEscalation';
import { createEscalationBody, linkTicketBody } from './escalationRequest';
import { BUTTON_TEXT, PROGRESS_TEXT } from './escalationText';
import { EscalationStatus } from './EscalationStatus';
import { ProxyErrorNotice } from './ProxyErrorNotice';
import { useEscalation } from './useEscalation';

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
  border-top: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  padding-top: ${(p) => p.theme.space.sm};
`;

export type EscalationPanelProps = {
  ticket: TicketSnapshot;
  checklist: ChecklistResult;
  /** The type recorded on the ticket; null until the agent picks one. */
  issueType: IssueType | null;
  proxyUrl: string | null;
  appendToReply: AppendToReply;
};

type Action = { kind: 'create' | 'join' | 'retry'; busy: boolean; error: ProxyError | null; again: () => void };

const asProxyError = (e: unknown) => (e instanceof ProxyError ? e : new ProxyError(0, 'network', String(e)));

/** Escalate, or follow the escalation: loaded lazily, it only matters once the card is on screen. */
export default function EscalationPanel(props: EscalationPanelProps) {
  const t = useT();
  const api = useProxyClient(props.proxyUrl);
  if (api === null) {
    return (
      <Stack>
        <SM data-testid="escalation-no-proxy">{t('escalation.noProxy')}</SM>
      </Stack>
    );
  }
  return <EscalationForTicket {...props} api={api} />;
}

function EscalationForTicket({ api, ticket, checklist, issueType, appendToReply }: EscalationPanelProps & { api: ProxyApi }) {
  const t = useT();
  const load = useEscalation(api, ticket.id);
  const host = useHostInfo();
  const [action, setAction] = useState<Action | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [outages, setOutages] = useState<OutageList | null>(null);
  // Where the focus goes when what the agent used goes away: the status after escalating or joining,
  // the escalate button again after cancelling the confirm step.
  const [escalatedHere, setEscalatedHere] = useState(false);
  const [cancelled, setCancelled] = useState(false);
  const escalateButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (cancelled) escalateButton.current?.focus();
  }, [cancelled]);

  const run = async (kind: Action['kind'], call: () => Promise<Escalation>) => {
    const again = () => void run(kind, call);
    setAction({ kind, busy: true, error: null, again });
    try {
      load.receive(await call());
      if (kind !== 'retry') setEscalatedHere(true);
      setAction(null);
      setConfirming(false);
    } catch (e) {
      setAction({ kind, busy: false, error: asProxyError(e), again });
    }
  };

  const { escalation } = load;
  const busy = action?.busy === true;
  const progress = busy && <SM role="status">{t(PROGRESS_TEXT[action.kind])}</SM>;
  const actionError = action?.error != null && (
    <ProxyErrorNotice error={action.error} title={t('escalation.errors.titleAction')} onRetry={action.again} busy={busy} />
  );
  const refreshError = load.error !== null && (
    <ProxyErrorNotice error={load.error} title={t('escalation.errors.refresh')} tone="warning" onRetry={() => void load.refresh()} />
  );

  if (escalation === undefined) {
    return (
      <Stack>
        {load.error !== null ? (
          <ProxyErrorNotice error={load.error} title={t('escalation.errors.titleLoad')} onRetry={() => void load.refresh()} />
        ) : (
          <Dots aria-label={t('escalation.checking')} />
        )}
      </Stack>
    );
  }

  if (escalation !== null) {
    return (
      <Stack>
        {refreshError}
        {actionError}
        {progress}
        <EscalationStatus
          escalation={escalation}
          ticketId={ticket.id}
          now={load.now}
          busy={busy}
          onRetrySteps={() => void run('retry', () => api.retryEscalation(escalation.id))}
          appendToReply={appendToReply}
          takeFocus={escalatedHere}
        />
        <CustomerUpdates escalation={escalation} api={api} onSent={load.refresh} />
        {escalation.summary !== null && <SummaryCard summary={escalation.summary} appendToReply={appendToReply} />}
      </Stack>
    );
  }

  const mode = issueType === null ? null : ISSUE_TYPES[issueType].mode;
  const ready = readyHost(host);
  const reason =
    issueType === null
      ? t('escalation.pickType')
      : mode === 'none'
        ? t('escalation.notEscalated')
        : host !== null && ready === null
          ? t('escalation.noHostInfo')
          : null;

  const start = () => {
    setConfirming(true);
    setCancelled(false);
    setAction(null);
    if (mode !== 'channel') return setOutages(null);
    setOutages({ kind: 'loading' });
    api.listActiveEscalations().then(
      (list) => setOutages({ kind: 'ready', outages: relevantOutages(list, ticket.id, ticket.organization?.name) }),
      (e: unknown) => setOutages({ kind: 'failed', error: asProxyError(e).message }),
    );
  };

  return (
    <Stack>
      {refreshError}
      {confirming && issueType !== null && ready !== null ? (
        <ConfirmEscalation
          ticket={ticket}
          issueType={issueType}
          checklist={checklist}
          outages={outages}
          busy={busy}
          onConfirm={(overrideReason, boardKey) =>
            void run('create', () => api.createEscalation(createEscalationBody(ticket, issueType, checklist, ready, { overrideReason, boardKey })))
          }
          onJoin={(e) => void run('join', () => api.linkTicket(e.id, linkTicketBody(ticket, ready)))}
          onCancel={() => {
            setConfirming(false);
            setCancelled(true);
            setAction(null);
          }}
          appendToReply={appendToReply}
        />
      ) : (
        <Field>
          <Button ref={escalateButton} data-testid="escalate-button" isStretched disabled={reason !== null || ready === null} onClick={start}>
            {t(BUTTON_TEXT[mode ?? 'none'])}
          </Button>
          {reason !== null && <Field.Hint data-testid="escalate-disabled-reason">{reason}</Field.Hint>}
        </Field>
      )}
      {progress}
      {actionError}
    </Stack>
  );
}

function readyHost(host: HostInfo | null): { subdomain: string; agent: NonNullable<HostInfo['agent']> } | null {
  if (host === null || host.subdomain === null || host.agent === null) return null;
  return { subdomain: host.subdomain, agent: host.agent };
}

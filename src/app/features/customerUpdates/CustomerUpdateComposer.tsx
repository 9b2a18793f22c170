import { useEffect, useMemo, useRef, useState } from 'react';
import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Field, Fieldset, Radio, Textarea } from '@zendeskgarden/react-forms';
import { getColor } from '@zendeskgarden/react-theming';
import { MD, SM } from '@zendeskgarden/react-typography';
import { CUSTOMER_UPDATE_TEXT_MAX, customerUpdateRequestSchema, type CustomerUpdateRequest, type Escalation } from '../../../core/api';
import { customerUpdateParagraphs } from '../../../core/customerUpdate';
import { useT } from '../../i18n/I18nProvider';
import type { HostInfo, ProxyApi } from '../../zaf';
import { ProxyError } from '../../zaf/proxyClient';
import { ProxyErrorNotice } from '../escalation/ProxyErrorNotice';
import { useFocusOnMount } from '../text/useFocusOnMount';
import { defaultCustomerText } from './customerText';

const Panel = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
  border: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  border-radius: ${(p) => p.theme.borderRadii.md};
  padding: ${(p) => p.theme.space.sm};
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${(p) => p.theme.space.xs};
`;

/** The reply as the customer reads it: the same paragraphs the proxy sends, as text. */
const Reply = styled.div`
  border-inline-start: ${(p) => p.theme.borders.md} ${(p) => getColor({ theme: p.theme, variable: 'border.default' })};
  padding-inline-start: ${(p) => p.theme.space.xs};
  overflow-wrap: anywhere;
  & p {
    margin: 0 0 ${(p) => p.theme.space.xs};
  }
`;

type SetStatus = NonNullable<CustomerUpdateRequest['setStatus']>;
type Step = 'closed' | 'editing' | 'previewing';

const STATUS_CHOICES = [
  { value: 'keep', label: 'customerUpdate.statusKeep' },
  { value: 'pending', label: 'customerUpdate.statusPending' },
  { value: 'solved', label: 'customerUpdate.statusSolved' },
] as const;

/** One key per draft: a retry of the same text and status is the same send, an edited draft a new one. */
function newDraftKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `draft-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

type Props = {
  escalation: Escalation;
  api: ProxyApi;
  agent: HostInfo['agent'];
  /** After a send: read the escalation again, so the sends show as the proxy stored them. */
  onSent: () => Promise<void>;
};

/** "Update all N customers": edit a customer-facing text, preview exactly what they read, send once. */
export function CustomerUpdateComposer({ escalation, api, agent, onSent }: Props) {
  const t = useT();
  const count = escalation.ticketIds.length;
  const [step, setStep] = useState<Step>('closed');
  const [text, setText] = useState('');
  const [status, setStatus] = useState<SetStatus | 'keep'>('keep');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProxyError | null>(null);
  const draftKey = useRef(newDraftKey());
  const openButton = useRef<HTMLButtonElement>(null);
  // Closing the panel (sent or cancelled) gives the focus back to the button that opened it.
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (step !== 'closed' || !refocus) return;
    openButton.current?.focus();
    setRefocus(false);
  }, [step, refocus]);

  const checked = useMemo(() => customerUpdateRequestSchema.shape.text.safeParse(text), [text]);
  const problem = checked.success
    ? null
    : text.trim() === ''
      ? t('customerUpdate.empty')
      : t('customerUpdate.tooLong', { max: CUSTOMER_UPDATE_TEXT_MAX, count: text.trim().length });

  const edit = (change: () => void) => {
    change();
    draftKey.current = newDraftKey();
    setError(null);
  };
  const close = () => {
    setStep('closed');
    setError(null);
    setRefocus(true);
  };
  const send = async () => {
    if (!checked.success) return;
    setBusy(true);
    setError(null);
    try {
      const body: CustomerUpdateRequest = {
        text: checked.data,
        ...(status === 'keep' ? {} : { setStatus: status }),
        ...(agent ? { agent } : {}),
      };
      await api.sendCustomerUpdate(escalation.id, body, draftKey.current);
      draftKey.current = newDraftKey();
      close();
      await onSent();
    } catch (e) {
      setError(e instanceof ProxyError ? e : new ProxyError(0, 'network', String(e)));
    } finally {
      setBusy(false);
    }
  };

  if (step === 'closed') {
    return (
      <Button
        ref={openButton}
        data-testid="customer-update-open"
        isStretched
        onClick={() => {
          edit(() => setText(defaultCustomerText(t, escalation)));
          setStatus('keep');
          setStep('editing');
        }}
      >
        {count === 1 ? t('customerUpdate.openOne') : t('customerUpdate.openMany', { count })}
      </Button>
    );
  }

  const tickets = escalation.ticketIds.map((id) => `#${id}`).join(', ');
  return (
    <Panel data-testid="customer-update-panel" aria-labelledby="customer-update-title">
      <MD isBold id="customer-update-title">
        {t('customerUpdate.title')}
      </MD>
      {step === 'editing' ? (
        <Editing
          text={text}
          status={status}
          tickets={tickets}
          problem={problem}
          onText={(v) => edit(() => setText(v))}
          onStatus={(v) => edit(() => setStatus(v))}
          onPreview={() => setStep('previewing')}
          onCancel={close}
        />
      ) : (
        <Previewing
          text={checked.success ? checked.data : text}
          status={status}
          count={count}
          busy={busy}
          onEdit={() => setStep('editing')}
          onSend={() => void send()}
        />
      )}
      {busy && <SM role="status">{t('customerUpdate.sending')}</SM>}
      {error !== null && <ProxyErrorNotice error={error} title={t('customerUpdate.errorTitle')} onRetry={() => void send()} busy={busy} />}
    </Panel>
  );
}

type EditingProps = {
  text: string;
  status: SetStatus | 'keep';
  tickets: string;
  problem: string | null;
  onText: (text: string) => void;
  onStatus: (status: SetStatus | 'keep') => void;
  onPreview: () => void;
  onCancel: () => void;
};

function Editing({ text, status, tickets, problem, onText, onStatus, onPreview, onCancel }: EditingProps) {
  const t = useT();
  const textarea = useFocusOnMount<HTMLTextAreaElement>(true);
  return (
    <>
      <Field>
        <Field.Label>{t('customerUpdate.textLabel')}</Field.Label>
        <Field.Hint>{t('customerUpdate.textHint', { tickets })}</Field.Hint>
        <Textarea
          ref={textarea}
          data-testid="customer-update-text"
          minRows={6}
          maxRows={14}
          value={text}
          validation={problem === null ? undefined : 'error'}
          onChange={(e) => onText(e.target.value)}
        />
        {problem !== null && <Field.Message validation="error">{problem}</Field.Message>}
      </Field>
      <Fieldset>
        <Fieldset.Legend>{t('customerUpdate.statusLabel')}</Fieldset.Legend>
        {STATUS_CHOICES.map((choice) => (
          <Field key={choice.value}>
            <Radio
              name="customer-update-status"
              value={choice.value}
              data-testid={`customer-update-status-${choice.value}`}
              checked={status === choice.value}
              onChange={() => onStatus(choice.value)}
            >
              <Field.Label>{t(choice.label)}</Field.Label>
            </Radio>
          </Field>
        ))}
      </Fieldset>
      <Actions>
        <Button data-testid="customer-update-preview" size="small" isPrimary disabled={problem !== null} onClick={onPreview}>
          {t('customerUpdate.preview')}
        </Button>
        <Button data-testid="customer-update-cancel" size="small" isBasic onClick={onCancel}>
          {t('customerUpdate.cancel')}
        </Button>
      </Actions>
    </>
  );
}

type PreviewingProps = { text: string; status: SetStatus | 'keep'; count: number; busy: boolean; onEdit: () => void; onSend: () => void };

function Previewing({ text, status, count, busy, onEdit, onSend }: PreviewingProps) {
  const t = useT();
  const title = useFocusOnMount<HTMLDivElement>(true);
  return (
    <>
      <SM isBold id="customer-update-preview-title" ref={title} tabIndex={-1}>
        {t('customerUpdate.previewTitle')}
      </SM>
      <Reply data-testid="customer-update-preview-text">
        {customerUpdateParagraphs(text).map((lines, i) => (
          <SM tag="p" key={i}>
            {lines.map((line, j) => (
              <span key={j}>
                {j > 0 && <br />}
                {line}
              </span>
            ))}
          </SM>
        ))}
      </Reply>
      {status !== 'keep' && (
        <SM data-testid="customer-update-preview-status">
          {t('customerUpdate.previewStatus', { status: t(status === 'pending' ? 'customerUpdate.status.pending' : 'customerUpdate.status.solved') })}
        </SM>
      )}
      <Actions>
        <Button data-testid="customer-update-send" size="small" isPrimary disabled={busy} onClick={onSend}>
          {count === 1 ? t('customerUpdate.sendOne') : t('customerUpdate.sendMany', { count })}
        </Button>
        <Button data-testid="customer-update-edit" size="small" isBasic disabled={busy} onClick={onEdit}>
          {t('customerUpdate.edit')}
        </Button>
      </Actions>
    </>
  );
}

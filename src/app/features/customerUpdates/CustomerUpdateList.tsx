import styled from 'styled-components';
import { Tag } from '@zendeskgarden/react-tags';
import { getColor } from '@zendeskgarden/react-theming';
import { SM } from '@zendeskgarden/react-typography';
import type { CustomerUpdate } from '../../../core/api';
import { useLocaleTag, useT } from '../../i18n/I18nProvider';
import { formatTime } from '../escalation/EscalationStatus';
import { LongText } from '../text/LongText';

const List = styled.ol`
  margin: 0;
  padding: 0;
  list-style: none;
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
`;

const Subtle = styled(SM)`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
`;

const Text = styled(SM)`
  margin: ${(p) => p.theme.space.xxs} 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

const Tickets = styled.ul`
  margin: 0;
  padding: 0;
  list-style: none;
`;

const Failed = styled(SM)`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.danger' })};
  overflow-wrap: anywhere;
`;

const HUE = { sent: 'green', pending: 'yellow', failed: 'red' } as const;

/** What was sent to the customers, newest first, and per ticket whether it went, when, or why not. */
export function CustomerUpdateList({ updates }: { updates: readonly CustomerUpdate[] }) {
  const t = useT();
  const locale = useLocaleTag();
  if (updates.length === 0) return null;
  const time = (iso: string) => formatTime(iso, locale);
  return (
    <section data-testid="customer-updates" aria-labelledby="customer-updates-title">
      <SM isBold id="customer-updates-title" tag="h3">
        {t('customerUpdate.sentTitle')}
      </SM>
      <List>
        {[...updates].reverse().map((u) => (
          <li key={u.id} data-testid="customer-update" data-update-id={u.id}>
            <Subtle>
              {u.sentBy === null ? t('customerUpdate.sentAt', { time: time(u.createdAt) }) : t('customerUpdate.sentBy', { time: time(u.createdAt), agent: u.sentBy })}
              {u.setStatus !== null && ` · ${t('customerUpdate.setTo', { status: t(u.setStatus === 'pending' ? 'customerUpdate.status.pending' : 'customerUpdate.status.solved') })}`}
            </Subtle>
            <Text>
              <LongText text={u.text} testId="customer-update-text-sent" />
            </Text>
            <Tickets aria-label={t('customerUpdate.ticketsLabel')}>
              {u.tickets.map((s) => (
                <li key={s.ticketId} data-testid="customer-update-ticket" data-ticket={s.ticketId} data-status={s.status}>
                  <Tag size="small" hue={HUE[s.status]}>
                    {s.status === 'sent'
                      ? t('customerUpdate.ticketSent', { ticket: s.ticketId, time: time(s.sentAt ?? u.createdAt) })
                      : s.status === 'pending'
                        ? t('customerUpdate.ticketPending', { ticket: s.ticketId })
                        : t('customerUpdate.ticketFailed', { ticket: s.ticketId })}
                  </Tag>
                  {s.status === 'failed' && s.error !== null && <Failed data-testid="customer-update-error">{s.error}</Failed>}
                  {s.status === 'pending' && s.error !== null && <Subtle>{t('customerUpdate.ticketRetrying', { error: s.error })}</Subtle>}
                </li>
              ))}
            </Tickets>
          </li>
        ))}
      </List>
    </section>
  );
}

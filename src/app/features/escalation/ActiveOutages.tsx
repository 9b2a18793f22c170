import styled from 'styled-components';
import { Button } from '@zendeskgarden/react-buttons';
import { Tag } from '@zendeskgarden/react-tags';
import { getColor } from '@zendeskgarden/react-theming';
import { SM } from '@zendeskgarden/react-typography';
import type { Escalation } from '../../../core/api';
import { useT } from '../../i18n/I18nProvider';

const List = styled.ul`
  margin: ${(p) => p.theme.space.xxs} 0 0;
  padding: 0;
  list-style: none;
`;

const Item = styled.li`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.xxs};
  padding: ${(p) => p.theme.space.xs} 0;
  border-bottom: ${(p) => p.theme.borders.sm} ${(p) => getColor({ theme: p.theme, variable: 'border.subtle' })};
`;

const Meta = styled(SM)`
  color: ${(p) => getColor({ theme: p.theme, variable: 'foreground.subtle' })};
  overflow-wrap: anywhere;
`;

/** Open outages this ticket could join, the same school first, then the newest. */
export function relevantOutages(list: readonly Escalation[], ticketId: number, organization: string | undefined): Escalation[] {
  const org = organization?.trim().toLowerCase();
  const same = (e: Escalation) => org !== undefined && org !== '' && e.organization?.trim().toLowerCase() === org;
  return list
    .filter((e) => e.mode === 'channel' && !e.ticketIds.includes(ticketId))
    .sort((a, b) => Number(same(b)) - Number(same(a)) || b.createdAt.localeCompare(a.createdAt));
}

type Props = {
  outages: readonly Escalation[];
  organization: string | undefined;
  busy: boolean;
  onJoin: (escalation: Escalation) => void;
};

export function ActiveOutages({ outages, organization, busy, onJoin }: Props) {
  const t = useT();
  const org = organization?.trim().toLowerCase();
  return (
    <section data-testid="active-outages" aria-labelledby="active-outages-title">
      <SM isBold id="active-outages-title">
        {t('escalation.active.title')}
      </SM>
      <Meta>{t('escalation.active.intro')}</Meta>
      <List>
        {outages.map((e) => (
          <Item key={e.id}>
            <SM isBold>{e.slack.channelName !== undefined ? `#${e.slack.channelName}` : e.subject}</SM>
            <Meta>{e.subject}</Meta>
            <Meta>
              {e.organization !== null && org !== undefined && e.organization.trim().toLowerCase() === org && (
                <Tag size="small" hue="green">
                  {t('escalation.active.sameSchool')}
                </Tag>
              )}{' '}
              {[e.organization, t('escalation.active.tickets', { count: e.ticketIds.length })].filter(Boolean).join(' · ')}
            </Meta>
            <Button data-testid={`join-outage-${e.id}`} size="small" disabled={busy} onClick={() => onJoin(e)}>
              {t('escalation.active.join')}
            </Button>
          </Item>
        ))}
      </List>
    </section>
  );
}

import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import styled from 'styled-components';
import { Dots } from '@zendeskgarden/react-loaders';
import { Alert } from '@zendeskgarden/react-notifications';
import { evaluateChecklist } from '../../../core/checklist';
import { requiredItemsFor } from '../../../core/issueTypes';
import type { IssueType } from '../../../core/types';
import { useT } from '../../i18n/I18nProvider';
import { mappedFieldIds, useFieldTitles, useSettings, useTicket, useTicketActions, type AppSettings } from '../../zaf';
import { AskForMissingInfo } from '../checklist/AskForMissingInfo';
import { CompletenessCard } from '../checklist/CompletenessCard';
import { currentIssueType } from '../issueType/currentIssueType';
import { IssueTypePicker, IssueTypePickerPlaceholder } from '../issueType/IssueTypePicker';
import { ISSUE_TYPE_TEXT } from '../issueType/issueTypeText';
import { SettingsNotice } from '../SettingsNotice';

// Escalation only matters once the card is read: its code (and the proxy's schemas) load after it.
const EscalationPanel = lazy(() => import('../escalation/EscalationPanel'));

// Until the agent picks a type, the card shows the full incident checklist (Problem's), which is
// what engineering needs for most escalations.
export const PREVIEW_ISSUE_TYPE: IssueType = 'problem';

/** False until the card has been committed once, then true from the next task: the rest renders then. */
function useAfterCard(cardShown: boolean): boolean {
  const [after, setAfter] = useState(false);
  useEffect(() => {
    if (!cardShown || after) return;
    const timer = setTimeout(() => setAfter(true));
    return () => clearTimeout(timer);
  }, [cardShown, after]);
  return after;
}

const Stack = styled.div`
  display: flex;
  flex-direction: column;
  gap: ${(p) => p.theme.space.sm};
`;

export function Sidebar() {
  const t = useT();
  const settings = useSettings();
  if (settings === null) return <Dots aria-label={t('common.loading')} />;
  return <SidebarForSettings settings={settings} />;
}

function SidebarForSettings({ settings }: { settings: AppSettings }) {
  const t = useT();
  const { ticket, error, refresh } = useTicket(mappedFieldIds(settings));
  const actions = useTicketActions(settings);
  // Only mapped fields show up as evidence, so their titles are only read when there are some.
  const fieldTitles = useFieldTitles(Object.keys(settings.itemFields).length > 0);
  const recorded = ticket === null ? null : currentIssueType(ticket, settings.issueTypeFieldId);
  const checkedAs = recorded ?? PREVIEW_ISSUE_TYPE;
  // Re-evaluated on every new snapshot, i.e. whenever the host reports a change.
  const result = useMemo(
    () =>
      ticket === null
        ? null
        : evaluateChecklist(ticket, checkedAs, { fields: settings.itemFields, requiredItems: settings.requiredItems, fieldTitles }),
    [ticket, checkedAs, settings.itemFields, settings.requiredItems, fieldTitles],
  );
  const rest = useAfterCard(result !== null);

  return (
    <Stack>
      <SettingsNotice problems={settings.problems} />
      {error !== null && (
        <Alert type="error" role="alert">
          {t('common.ticketError', { error })}
        </Alert>
      )}
      {ticket === null || result === null ? (
        error === null && <Dots aria-label={t('common.loading')} />
      ) : (
        <>
          {rest ? (
            <IssueTypePicker
              value={recorded}
              onSave={async (type) => {
                await actions.saveIssueType(type);
                // Show what the ticket now holds even if the host sends no change event for our own write.
                await refresh();
              }}
            />
          ) : (
            <IssueTypePickerPlaceholder value={recorded} />
          )}
          <CompletenessCard
            result={result}
            previewTypeLabel={recorded === null ? t(ISSUE_TYPE_TEXT[checkedAs].label) : undefined}
            requiredByType={requiredItemsFor(checkedAs, settings.requiredItems)}
            onConfirm={async (key, confirmation) => {
              await actions.saveConfirmation(key, confirmation);
              // The row shows what the ticket's tags now say, read back from the host.
              await refresh();
            }}
          />
          {rest && (
            <>
              <AskForMissingInfo
                // A new list of missing items starts afresh: an old "added to your reply" would mislead.
                key={result.missingRequired.join(',')}
                missing={result.missingRequired}
                requesterName={ticket.requester?.name}
                appendToReply={actions.appendToReply}
              />
              <Suspense fallback={null}>
                <EscalationPanel
                  ticket={ticket}
                  checklist={result}
                  issueType={recorded}
                  proxyUrl={settings.proxyUrl}
                  appendToReply={actions.appendToReply}
                />
              </Suspense>
            </>
          )}
        </>
      )}
    </Stack>
  );
}

import type { Escalation } from '../../../core/api';
import { useHostInfo, type ProxyApi } from '../../zaf';
import { CustomerUpdateComposer } from './CustomerUpdateComposer';
import { CustomerUpdateList } from './CustomerUpdateList';

type Props = { escalation: Escalation; api: ProxyApi; onSent: () => Promise<void> };

/** One update for every affected customer: compose and send it, then see per ticket what went out. */
export function CustomerUpdates({ escalation, api, onSent }: Props) {
  const host = useHostInfo();
  return (
    <>
      {/* An archived escalation's channel is closed: its tickets are answered one by one. */}
      {escalation.state !== 'archived' && <CustomerUpdateComposer escalation={escalation} api={api} agent={host?.agent ?? null} onSent={onSent} />}
      <CustomerUpdateList updates={escalation.customerUpdates ?? []} />
    </>
  );
}

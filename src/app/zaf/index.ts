// The app's only door to ZAF: components import from here, never from the SDK.
export { ClientProvider, useClient } from './ClientProvider';
export { useTicket, type TicketState } from './useTicket';
export { useSettings } from './useSettings';
export { useFieldTitles } from './useFieldTitles';
export { useLocale } from './useLocale';
export { useTicketActions, ISSUE_TYPE_TAG_PREFIX, type AppendToReply, type FindEarlier, type ReplyOutcome, type TicketActions } from './useTicketActions';
export { useAutoResize } from './useAutoResize';
export { initZafClient } from './init';
export { firstReadDone, startFirstRead } from './firstRead';
export { mappedFieldIds, parseSettings, SETTING_NAMES, ITEM_FIELD_SETTINGS, type AppSettings } from './settings';
export type { ZafClient } from './types';
// The proxy client is imported from './proxyClient' directly, not re-exported here: it builds zod
// schemas at load, and App.tsx imports this file, so re-exporting would put zod in the first paint.
export type { ProxyApi, ProxyErrorCode } from './proxyClient';
export { useAppVisible, useHostInfo, type Agent, type HostInfo } from './useHost';
export { useEscalationUpdates, readEscalationUpdate, ESCALATION_UPDATED_EVENT, type EscalationUpdate } from './useEscalationUpdates';
export type { ZafRequestOptions } from './types';

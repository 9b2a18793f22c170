import ZAFClient from 'zendesk_app_framework_sdk';
import type { ZafClient } from './types';

/** Starts the SDK handshake with the host. False when the page was opened outside Zendesk. */
export function initZafClient(): ZafClient | false {
  return ZAFClient.init();
}

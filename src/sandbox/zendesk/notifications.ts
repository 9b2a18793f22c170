// Zendesk's Apps API notify (POST /api/v2/apps/notify.json) in the sandbox: the API records each
// notification and hands it to the host pages (over their event stream), which deliver it to the app
// iframe as `zaf.api_notification.<event>`, as Zendesk does for the app's open instances.

export const SANDBOX_APP_ID = 4242;

export type AppNotification = {
  appId: number;
  event: string;
  /** As the caller sent it (any JSON); the app receives it as `body`. */
  body: unknown;
  agentId: number | null;
  at: string;
};

export class AppNotifications {
  /** Every notification accepted so far, oldest first. */
  readonly received: AppNotification[] = [];
  private listeners = new Set<(n: AppNotification) => void>();

  publish(n: AppNotification): void {
    this.received.push(n);
    for (const l of this.listeners) l(n);
  }

  subscribe(listener: (n: AppNotification) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

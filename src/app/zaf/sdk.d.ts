// zendesk_app_framework_sdk ships without types; this is the one declaration of it.
declare module 'zendesk_app_framework_sdk' {
  const ZAFClient: {
    /** Returns false when the page was not opened by a Zendesk host (no origin/app_guid in the URL). */
    init(callback?: (context: unknown) => void): import('./types').ZafClient | false;
  };
  export default ZAFClient;
}

// The subset of the ZAF client the app uses (see /work/briefs/zaf-contract.md). The real SDK client and
// the test fake both satisfy it, so nothing else in the app depends on the SDK.

export type ZafPathError = { name?: string; message?: string };

/** What client.get resolves with: one key per path, plus per-path errors. */
export type ZafGetResult = { errors?: Record<string, ZafPathError> } & Record<string, unknown>;

export type ZafHandler = (payload?: unknown) => void;

export type ZafMetadata = {
  appId?: number;
  installationId?: number;
  name?: string;
  version?: string;
  settings?: Record<string, unknown>;
};

export type ZafContext = {
  instanceGuid?: string;
  product?: string;
  location?: string;
  ticketId?: number;
  account?: { subdomain?: string };
};

/** client.request options (ZAF "Making API requests from a Zendesk app"); only what the app sends. */
export type ZafRequestOptions = {
  url: string;
  type: 'GET' | 'POST' | 'PUT' | 'DELETE';
  contentType?: string;
  /** A JSON string for contentType application/json. */
  data?: string;
  headers?: Record<string, string>;
  /** Lets Zendesk's proxy fill in secure settings ({{setting.x}}) server-side. */
  secure?: boolean;
  jwt?: { algorithm: 'HS256'; secret_key: string; expiry: number; claims?: Record<string, unknown> };
  /** Resolve with {status, headers, responseText, responseJSON} rather than the body. */
  httpCompleteResponse?: boolean;
  /** Milliseconds before the host gives up. */
  timeout?: number;
};

export interface ZafClient {
  /** Set by the SDK once the host answered the handshake with app.registered. */
  readonly ready?: boolean;
  get(paths: string | string[]): Promise<ZafGetResult>;
  set(path: string, value: unknown): Promise<unknown>;
  invoke(name: string, ...args: unknown[]): Promise<unknown>;
  on(event: string, handler: ZafHandler): void;
  off(event: string, handler: ZafHandler): void;
  metadata(): Promise<ZafMetadata>;
  context(): Promise<ZafContext>;
  /** Resolves or rejects with what the host's request proxy answered (see ZafRequestOptions). */
  request(options: ZafRequestOptions): Promise<unknown>;
}

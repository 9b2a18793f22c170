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
}

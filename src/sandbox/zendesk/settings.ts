import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The app installation's settings, and what the sandbox reads from manifest.json (which settings
// are secure, which hosts client.request may reach).

/** The checklist-field settings the app understands (zaf-contract.md), each optional. */
export const FIELD_SETTING_NAMES = [
  'school_field_id',
  'user_ids_field_id',
  'description_field_id',
  'steps_field_id',
  'troubleshooting_field_id',
  'scope_field_id',
  'visuals_field_id',
  'course_name_field_id',
  'course_url_field_id',
  'course_revision_field_id',
] as const;

export const DEFAULT_PROXY_URL = 'http://127.0.0.1:8787';

export function defaultSettings(): Record<string, string> {
  const settings: Record<string, string> = {
    proxy_url: DEFAULT_PROXY_URL,
    // A fresh secret per run unless one is passed in: the sandbox never ships a fixed secret.
    shared_secret: randomBytes(24).toString('hex'),
    issue_type_field_id: '',
    required_items_json: '',
  };
  for (const name of FIELD_SETTING_NAMES) settings[name] = '';
  settings.school_field_id = '360001';
  settings.scope_field_id = '360002';
  return settings;
}

export type ManifestInfo = {
  /** Hosts (or URLs) client.request may reach through the proxy. */
  domainWhitelist: string[];
  /** Names of parameters marked `secure: true`. */
  secureNames: string[];
  /** Every parameter name, in manifest order. */
  parameterNames: string[];
  name: string;
};

type ManifestJson = {
  name?: unknown;
  domainWhitelist?: unknown;
  parameters?: Array<{ name?: unknown; secure?: unknown }>;
};

/** Reads manifest.json from `dir`; a missing or unreadable one yields the contract's defaults. */
export function readManifest(dir: string): ManifestInfo {
  let json: ManifestJson = {};
  try {
    json = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestJson;
  } catch {
    // No manifest yet (or a broken one): fall back, the sandbox must still start.
  }
  const params = Array.isArray(json.parameters) ? json.parameters : [];
  const names = params.map((p) => p.name).filter((n): n is string => typeof n === 'string');
  const secure = params.filter((p) => p.secure === true && typeof p.name === 'string').map((p) => p.name as string);
  return {
    name: typeof json.name === 'string' ? json.name : 'Support escalation',
    domainWhitelist: Array.isArray(json.domainWhitelist)
      ? json.domainWhitelist.filter((d): d is string => typeof d === 'string')
      : [],
    // shared_secret is secure by contract even before the manifest says so.
    secureNames: [...new Set([...secure, 'shared_secret'])],
    parameterNames: names,
  };
}

/** Settings as ZAF gives them to the app: secure ones left out. */
export function publicSettings(settings: Record<string, string>, secureNames: readonly string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(settings).filter(([name]) => !secureNames.includes(name)));
}

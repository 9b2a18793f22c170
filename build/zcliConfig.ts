// The settings `zcli apps:server` reads: zcli looks for zcli.apps.config.json inside the app folder
// (dist/) and prompts for every manifest parameter the file does not name, optional ones included
// (and exits when it cannot prompt). So the project-root file is checked against the manifest here
// and written into dist/ with every parameter named; dist/.zcliignore keeps it out of a package.

export const SETTINGS_FILE = 'zcli.apps.config.json';
export const EXAMPLE_FILE = 'zcli.apps.config.example.json';

export type ManifestParameter = { name: string; required?: boolean };
type SettingsFile = { parameters?: Record<string, unknown> } & Record<string, unknown>;

export type ServeSettings = { ok: true; file: SettingsFile } | { ok: false; message: string };

/** Checks the user's settings file text (null: no file) against the manifest's parameters. */
export function serveSettings(text: string | null, parameters: ManifestParameter[]): ServeSettings {
  if (text === null) {
    return {
      ok: false,
      message: `${SETTINGS_FILE} not found at the project root. Copy the example and fill in proxy_url and shared_secret:\n  cp ${EXAMPLE_FILE} ${SETTINGS_FILE}`,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `${SETTINGS_FILE} is not valid JSON (${(e as Error).message})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, message: `${SETTINGS_FILE} must hold a JSON object` };
  const file = parsed as SettingsFile;
  const given = file.parameters ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given)) return { ok: false, message: `${SETTINGS_FILE}: "parameters" must be an object` };
  const known = new Set(parameters.map((p) => p.name));
  const problems = [
    ...parameters.filter((p) => p.required && !String(given[p.name] ?? '').trim()).map((p) => `parameters.${p.name}: required, and empty or missing`),
    ...Object.keys(given).filter((k) => !known.has(k)).map((k) => `parameters.${k}: not a parameter of manifest.json`),
  ];
  if (problems.length) return { ok: false, message: `${SETTINGS_FILE}:\n  ${problems.join('\n  ')}` };
  // Every parameter named, so zcli asks for none.
  const all = Object.fromEntries(parameters.map((p) => [p.name, given[p.name] ?? '']));
  return { ok: true, file: { ...file, parameters: all } };
}

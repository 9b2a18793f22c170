import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLE_FILE, SETTINGS_FILE, serveSettings, type ManifestParameter } from './zcliConfig';

const root = join(__dirname, '..');
const parameters = (JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { parameters: ManifestParameter[] }).parameters;
const example = readFileSync(join(root, EXAMPLE_FILE), 'utf8');

describe('zcli:serve settings', () => {
  it('names the missing file and the example to copy', () => {
    const r = serveSettings(null, parameters);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain(SETTINGS_FILE);
    expect(r.ok ? '' : r.message).toContain(`cp ${EXAMPLE_FILE} ${SETTINGS_FILE}`);
  });

  it('the example names every manifest parameter, and only the secret is left to fill in', () => {
    const given = (JSON.parse(example) as { parameters: Record<string, string> }).parameters;
    expect(Object.keys(given).sort()).toEqual(parameters.map((p) => p.name).sort());
    const r = serveSettings(example, parameters);
    expect(r.ok ? [] : r.message.split('\n').slice(1).map((l) => l.trim())).toEqual(['parameters.shared_secret: required, and empty or missing']);
  });

  it('fills in optional parameters the file leaves out, so zcli prompts for none', () => {
    const r = serveSettings(JSON.stringify({ app_id: 42, parameters: { proxy_url: 'https://p.example', shared_secret: 's3cret' } }), parameters);
    if (!r.ok) throw new Error(r.message);
    expect(Object.keys(r.file.parameters ?? {}).sort()).toEqual(parameters.map((p) => p.name).sort());
    expect(r.file.parameters?.school_field_id).toBe('');
    expect(r.file.app_id).toBe(42);
  });

  it('refuses malformed JSON and parameters the manifest does not have', () => {
    expect(serveSettings('{ "parameters": ', parameters)).toMatchObject({ ok: false, message: expect.stringContaining('not valid JSON') });
    const typo = serveSettings(JSON.stringify({ parameters: { proxy_url: 'https://p', shared_secret: 's', proxy_ulr: 'x' } }), parameters);
    expect(typo).toMatchObject({ ok: false, message: expect.stringContaining('parameters.proxy_ulr: not a parameter of manifest.json') });
  });
});

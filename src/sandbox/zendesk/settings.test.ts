import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSettings, publicSettings, readManifest } from './settings';

describe('settings', () => {
  it('defaults to the contract: school and scope mapped, issue type as a tag, a fresh secret each time', () => {
    const a = defaultSettings();
    expect(a).toMatchObject({ school_field_id: '360001', scope_field_id: '360002', issue_type_field_id: '', required_items_json: '' });
    expect(a.shared_secret!.length).toBeGreaterThanOrEqual(32);
    expect(defaultSettings().shared_secret).not.toBe(a.shared_secret);
  });

  it('leaves secure settings out of what the app sees', () => {
    expect(publicSettings({ proxy_url: 'u', shared_secret: 's', other: 'o' }, ['shared_secret'])).toEqual({ proxy_url: 'u', other: 'o' });
  });

  it('reads whitelist and secure parameters from manifest.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    writeFileSync(
      join(dir, 'manifest.json'),
      JSON.stringify({ name: 'X', domainWhitelist: ['api.example.com', 3], parameters: [{ name: 'token', secure: true }, { name: 'proxy_url' }] }),
    );
    expect(readManifest(dir)).toEqual({
      name: 'X',
      domainWhitelist: ['api.example.com'],
      secureNames: ['token', 'shared_secret'],
      parameterNames: ['token', 'proxy_url'],
    });
  });

  it('falls back when manifest.json is missing or broken', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
    expect(readManifest(dir)).toMatchObject({ domainWhitelist: [], secureNames: ['shared_secret'] });
    writeFileSync(join(dir, 'manifest.json'), '{not json');
    expect(readManifest(dir).secureNames).toEqual(['shared_secret']);
  });
});

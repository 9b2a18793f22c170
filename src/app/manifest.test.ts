import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flatten, type Messages } from './i18n/translate';
import { SETTING_NAMES } from './zaf/settings';

// Checks manifest.json and translations/ against Zendesk's documented rules (developer.zendesk.com:
// "Manifest reference", "Localizing apps", "Create content" for the Marketplace listing).
const root = process.cwd();
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));

type Parameter = { name: string; type: string; secure?: boolean; required?: boolean; default?: unknown };
type Manifest = {
  name?: string;
  author?: { name?: string; email?: string; url?: string };
  defaultLocale?: string;
  private?: boolean;
  location?: Record<string, Record<string, { url?: string; flexible?: boolean }>>;
  frameworkVersion?: string;
  version?: string;
  domainWhitelist?: string[];
  parameters?: Parameter[];
};

const manifest = readJson('manifest.json') as Manifest;
const parameters = manifest.parameters ?? [];
const localeFiles = readdirSync(join(root, 'translations')).filter((f) => f.endsWith('.json'));
const locales = Object.fromEntries(localeFiles.map((f) => [f, flatten(readJson(`translations/${f}`) as Messages)]));
const en = locales['en.json'] ?? {};

// Parameter types the manifest reference lists.
const PARAMETER_TYPES = ['text', 'password', 'checkbox', 'url', 'number', 'multiline', 'hidden', 'oauth'];

describe('manifest.json', () => {
  it('has the required top-level fields', () => {
    expect(manifest.name).toEqual(expect.any(String));
    expect(manifest.author).toEqual({ name: expect.any(String), email: expect.stringMatching(/^[^@\s]+@[^@\s]+$/), url: expect.stringMatching(/^https?:\/\//) });
    expect(manifest.defaultLocale).toBe('en');
    expect(manifest.private).toBe(true);
    expect(manifest.frameworkVersion).toBe('2.0');
    expect(manifest.version).toMatch(/^\d+\.\d+(\.\d+)?$/);
  });

  it('declares a flexible ticket_sidebar served from assets/index.html', () => {
    expect(manifest.location?.support?.ticket_sidebar).toEqual({ url: 'assets/index.html', flexible: true });
  });

  it('whitelists bare host names for the proxy', () => {
    expect(manifest.domainWhitelist?.length).toBeGreaterThan(0);
    for (const domain of manifest.domainWhitelist ?? []) expect(domain).toMatch(/^[a-z0-9.-]+$/);
  });

  it('declares exactly the contract settings, once each, with documented types', () => {
    expect(parameters.map((p) => p.name).sort()).toEqual([...SETTING_NAMES].sort());
    for (const p of parameters) expect(PARAMETER_TYPES).toContain(p.type);
    expect(parameters.find((p) => p.name === 'proxy_url')).toMatchObject({ type: 'url', required: true });
  });

  it('marks every secret-looking parameter secure, and gives no secure one a default', () => {
    const secretLooking = parameters.filter((p) => /secret|token|key|password/i.test(p.name));
    expect(secretLooking.map((p) => p.name)).toContain('shared_secret');
    for (const p of secretLooking) expect(p).toMatchObject({ secure: true });
    for (const p of parameters.filter((q) => q.secure)) expect(p.default).toBeUndefined();
  });
});

describe('translations/', () => {
  it('names files after Zendesk locales and includes the default locale', () => {
    expect(localeFiles).toContain(`${manifest.defaultLocale}.json`);
    for (const file of localeFiles) expect(file).toMatch(/^[a-z]{2,3}(-[a-z0-9]{2,4})?\.json$/);
  });

  it('has the app.* keys Zendesk needs, within the listing limits', () => {
    for (const key of ['app.name', 'app.short_description', 'app.long_description', 'app.installation_instructions']) {
      expect(en[key]).toEqual(expect.any(String));
    }
    expect(en['app.name']!.length).toBeLessThanOrEqual(40);
  });

  it('has a label and help text for every parameter', () => {
    for (const p of parameters) {
      expect(en[`app.parameters.${p.name}.label`]).toEqual(expect.any(String));
      expect(en[`app.parameters.${p.name}.helpText`]).toEqual(expect.any(String));
    }
  });

  it.each(localeFiles)('%s has exactly the keys of en.json and no empty strings', (file) => {
    const messages = locales[file]!;
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(messages)) expect([key, value.trim()]).not.toEqual([key, '']);
  });

  it.each(localeFiles)('%s uses the same {{placeholders}} as en.json', (file) => {
    const names = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(locales[file]!)) expect([key, names(value)]).toEqual([key, names(en[key]!)]);
  });
});

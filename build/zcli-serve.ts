// `npm run zcli:serve`: the app served by zcli for a try-out in a real Zendesk account. Checks the
// settings file first (a missing or incomplete one stops here with the file's name, instead of zcli
// prompting for 14 settings), builds, writes the settings into dist/, and serves on ZCLI_PORT
// (default 4568: the sandbox has 4567, zcli's own default).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SETTINGS_FILE, serveSettings, type ManifestParameter } from './zcliConfig';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = process.env.ZCLI_PORT || '4568';

const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8')) as { parameters?: ManifestParameter[] };
const settingsPath = join(root, SETTINGS_FILE);
const settings = serveSettings(existsSync(settingsPath) ? readFileSync(settingsPath, 'utf8') : null, manifest.parameters ?? []);
if (!settings.ok) {
  console.error(settings.message);
  process.exit(1);
}

const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
writeFileSync(join(root, 'dist', SETTINGS_FILE), JSON.stringify(settings.file, null, 2));

console.log(`Serving dist/ with zcli on http://localhost:${port}: open a ticket in your Zendesk with ?zcli_apps=true`);
const zcli = spawn(join(root, 'node_modules/.bin/zcli'), ['apps:server', 'dist', '--port', port], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => zcli.kill(signal));
zcli.on('exit', (code) => process.exit(code ?? 1));

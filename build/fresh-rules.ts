// `npx tsx build/fresh-rules.ts`: writes build/fresh-rules.json, the checklist's verdict on every item
// and its scope level for every ticket of dev2 to dev8, as the engine stood at the commit that added
// the split (an engine that had never read it). The item models' "fresh" cross-validation reads them
// (build/itemTraining.ts): how rules read tickets they were not tuned on. Needs the git history;
// re-run only when a split's tickets or labels change.
import { execSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FRESH_RULES_PATH, freshRulesText, type FreshRules, type FreshVerdicts } from './itemTraining';

const ENGINES = {
  dev2: 'ee541a09e922d76551daca981faaa976fdedec65',
  dev3: '95b394d18dcb5648400fb4771ab70a2816e64666',
  dev4: 'a27f03621e17777baa64428f770bdd4d55971f00',
  dev5: '2343a649f835d64495ea0cbec16b58a62e45ef4e',
  dev6: '50e19238758d61580e422164a9431f630b55baae',
  dev7: '88152e00ba6ed9a8a472119ce7253849695f021e',
  dev8: 'd7c2681068f1a5d089a4a246cc29ed38ddb18b73',
} as const;

// Run inside the old engine's tree: today's tickets of the split, that engine's verdicts.
const READ_SPLIT = `
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateChecklist } from './src/core/checklist.ts';
const dir = process.argv[2];
const verdicts = {};
for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort())
  for (const c of JSON.parse(readFileSync(join(dir, f), 'utf8'))) {
    const result = evaluateChecklist(c.ticket, c.issueType, { fields: c.fields });
    verdicts[c.name] = { ...Object.fromEntries(result.items.map((i) => [i.key, i.status])), scopeLevel: result.scopeLevel };
  }
console.log(JSON.stringify(verdicts));
`;

const root = fileURLToPath(new URL('..', import.meta.url));
const out: FreshRules = {
  about: 'Verdicts (every item, and the scope level) of the checklist as it stood at the commit that added each dev split (engines), on that split today: written by build/fresh-rules.ts.',
  engines: ENGINES,
  verdicts: {},
};
for (const [split, commit] of Object.entries(ENGINES) as Array<[keyof typeof ENGINES, string]>) {
  const tree = mkdtempSync(join(tmpdir(), `fresh-rules-${split}-`));
  try {
    execSync(`git archive ${commit} src/core | tar -x -C ${JSON.stringify(tree)}`, { cwd: root });
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
    writeFileSync(join(tree, 'read-split.mts'), READ_SPLIT);
    const json = execSync(`${JSON.stringify(join(root, 'node_modules/.bin/tsx'))} read-split.mts ${JSON.stringify(join(root, 'src/core/fixtures', split))}`, { cwd: tree, encoding: 'utf8' });
    out.verdicts[split] = JSON.parse(json) as Record<string, FreshVerdicts>;
  } finally {
    rmSync(tree, { recursive: true, force: true });
  }
}
writeFileSync(join(root, FRESH_RULES_PATH), freshRulesText(out));
console.log(`${FRESH_RULES_PATH}: written`);

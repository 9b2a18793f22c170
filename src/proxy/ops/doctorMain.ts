// `npm run doctor` (built: node dist-proxy/doctor.js): one line per check, ✓ or ✗ with the fix;
// exit 1 when anything is wrong. Reads the same environment as the proxy.
import { fileURLToPath } from 'node:url';
import { formatReport, runDoctor } from './doctor';

const routingFallback = fileURLToPath(new URL('./config/escalation.example.jsonc', import.meta.url));
const lines = await runDoctor(process.env, process.cwd(), { routingFallback });
console.log(formatReport(lines));
const failed = lines.filter((l) => !l.ok).length;
console.log(failed ? `\n${failed} problem(s) to fix.` : '\nEverything the proxy needs is in place.');
process.exit(failed ? 1 : 0);

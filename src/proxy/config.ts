// One schema over the environment (plus the routing file it points at). A bad or missing value stops
// the proxy with one line naming it; the frozen result is handed to startProxy/buildServer.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { parseJsonc } from './jsonc';
import { routingSchema } from './routing';
import type { Routing } from './routing';

const nonEmpty = z.string().trim().min(1, 'must not be empty');
const int = (def: number, min: number, max: number) => z.coerce.number().int().min(min).max(max).default(def);

const envSchema = z
  .object({
    PORT: int(8787, 0, 65535),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z.string().default('./data/escalations.sqlite'),
    ZAF_SHARED_SECRET: nonEmpty.min(16, 'must be at least 16 characters'),
    SLACK_BOT_TOKEN: nonEmpty.regex(/^xox[bp]-/, 'must be a bot token (xoxb-…)'),
    SLACK_SIGNING_SECRET: nonEmpty,
    SLACK_API_URL: z.url({ protocol: /^https?$/ }).default('https://slack.com/api/'),
    ZENDESK_SUBDOMAIN: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'the part before .zendesk.com').optional(),
    ZENDESK_EMAIL: z.email(),
    ZENDESK_API_TOKEN: nonEmpty,
    ZENDESK_API_URL: z.url({ protocol: /^https?$/ }).optional(),
    ZENDESK_WEBHOOK_SECRET: nonEmpty,
    // The app's id in the account (Admin Center → Apps, or GET /api/v2/apps/installations.json); absent: polling only.
    ZENDESK_APP_ID: z.string().trim().regex(/^[1-9][0-9]{0,15}$/, 'must be the app id, a positive whole number').transform(Number).optional(),
    ESCALATION_CONFIG: z.string().default('config/escalation.example.jsonc'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    RATE_LIMIT_PER_MINUTE: int(600, 1, 1_000_000),
    BODY_LIMIT_BYTES: int(65536, 1024, 10 * 1024 * 1024),
    WORKER_CONCURRENCY: int(8, 1, 64),
    JOB_LEASE_SECONDS: int(60, 5, 3600),
    RESPOND_WITHIN_MS: int(3000, 0, 30000),
    SHUTDOWN_TIMEOUT_MS: int(10_000, 100, 120_000),
    METRICS_TOKEN: z.string().regex(/^[A-Za-z0-9_.-]{16,}$/, 'must be 16+ characters of A-Z a-z 0-9 _ . -').optional(),
    PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
    // The board (Jira Cloud): all four or none (then no board steps).
    JIRA_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
    JIRA_EMAIL: z.email().optional(),
    JIRA_API_TOKEN: nonEmpty.optional(),
    JIRA_WEBHOOK_SECRET: nonEmpty.min(16, 'must be at least 16 characters').optional(),
  });

export const JIRA_VARIABLES = ['JIRA_BASE_URL', 'JIRA_EMAIL', 'JIRA_API_TOKEN', 'JIRA_WEBHOOK_SECRET'] as const;
/** "JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN and JIRA_WEBHOOK_SECRET", for messages. */
export const JIRA_VARIABLES_TEXT = `${JIRA_VARIABLES.slice(0, -1).join(', ')} and ${JIRA_VARIABLES.at(-1)}`;

/** The board is on with all four Jira variables, off with none; some but not all is a mistake worth stopping for. */
function partialJira(cleaned: Record<string, string | undefined>): string[] {
  const set = JIRA_VARIABLES.filter((v) => cleaned[v] !== undefined);
  if (set.length === 0 || set.length === JIRA_VARIABLES.length) return [];
  return JIRA_VARIABLES.filter((v) => cleaned[v] === undefined).map((v) => `${v}: missing (the board needs all of ${JIRA_VARIABLES.join(', ')}, or none of them)`);
}

export type RetryPolicyName = 'standard' | 'fast';

export type ProxyConfig = Readonly<{
  port: number;
  host: string;
  /** A postgres:// URL, or a SQLite file path (':memory:' for tests). */
  databaseUrl: string;
  zafSharedSecret: string;
  slack: Readonly<{ botToken: string; signingSecret: string; apiUrl: string }>;
  /** appId: where the proxy pushes escalation_updated (Apps API notify); null means the sidebar polls only. */
  zendesk: Readonly<{ apiUrl: string; email: string; apiToken: string; webhookSecret: string; appId?: number | null }>;
  routing: Routing;
  logLevel: string;
  rateLimitPerMinute: number;
  bodyLimitBytes: number;
  worker: Readonly<{ concurrency: number; leaseMs: number; pollMs: number; retryPolicy: RetryPolicyName }>;
  /** How long POST /api/escalations waits for the channel before answering 'pending'. */
  respondWithinMs: number;
  /** On SIGTERM/SIGINT: how long running steps and requests may take before the process exits anyway. */
  shutdownMs?: number;
  /** Bearer token of GET /metrics; null or absent: no /metrics route. */
  metricsToken?: string | null;
  /** The proxy's address as Slack and Zendesk reach it (setup:zendesk, doctor); null when unset. */
  publicUrl?: string | null;
  /** Jira Cloud (the board); null or absent: no board steps. */
  jira?: JiraConfig | null;
}>;

export type JiraConfig = Readonly<{ baseUrl: string; email: string; apiToken: string; webhookSecret: string }>;

export type ConfigResult = { ok: true; config: ProxyConfig } | { ok: false; errors: string[] };

function issueLines(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((i) => {
    const where = prefix + (i.path.length ? i.path.join('.') : '(root)');
    const missing = i.code === 'invalid_type' && i.input === undefined;
    return `${where}: ${missing ? 'missing' : i.message}`;
  });
}

export function parseRouting(text: string, source: string): { ok: true; routing: Routing } | { ok: false; errors: string[] } {
  let raw: unknown;
  try {
    raw = parseJsonc(text);
  } catch (e) {
    return { ok: false, errors: [`${source}: not valid JSON (${(e as Error).message})`] };
  }
  const parsed = routingSchema.safeParse(raw);
  return parsed.success ? { ok: true, routing: parsed.data } : { ok: false, errors: issueLines(parsed.error, `${source}: `) };
}

export interface LoadOptions {
  /** Read when ESCALATION_CONFIG is unset and the working directory has no config/ (a folder holding only the build). */
  routingFallback?: string;
}

/** Reads the environment and the routing file it names; never throws, never echoes a secret. */
export function loadConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd(), opts: LoadOptions = {}): ConfigResult {
  // An empty variable counts as unset, as shells and .env files produce them.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  // Checked beside the schema so it is reported together with every other bad variable.
  const zendeskTarget = cleaned.ZENDESK_API_URL || cleaned.ZENDESK_SUBDOMAIN ? [] : ['ZENDESK_SUBDOMAIN: missing (or set ZENDESK_API_URL)'];
  const jiraMissing = partialJira(cleaned);
  if (!parsed.success || zendeskTarget.length || jiraMissing.length) {
    return { ok: false, errors: [...(parsed.success ? [] : issueLines(parsed.error)), ...zendeskTarget, ...jiraMissing] };
  }
  const e = parsed.data;

  const routing = readRouting(e.ESCALATION_CONFIG, cleaned.ESCALATION_CONFIG !== undefined, cwd, opts);
  if (!routing.ok) return routing;

  const isPg = /^postgres(ql)?:\/\//.test(e.DATABASE_URL);
  const config: ProxyConfig = {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: isPg || e.DATABASE_URL === ':memory:' ? e.DATABASE_URL : resolve(cwd, e.DATABASE_URL),
    zafSharedSecret: e.ZAF_SHARED_SECRET,
    slack: { botToken: e.SLACK_BOT_TOKEN, signingSecret: e.SLACK_SIGNING_SECRET, apiUrl: e.SLACK_API_URL },
    zendesk: {
      apiUrl: (e.ZENDESK_API_URL ?? `https://${e.ZENDESK_SUBDOMAIN}.zendesk.com`).replace(/\/+$/, ''),
      email: e.ZENDESK_EMAIL,
      apiToken: e.ZENDESK_API_TOKEN,
      webhookSecret: e.ZENDESK_WEBHOOK_SECRET,
      appId: e.ZENDESK_APP_ID ?? null,
    },
    routing: routing.routing,
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    worker: { concurrency: e.WORKER_CONCURRENCY, leaseMs: e.JOB_LEASE_SECONDS * 1000, pollMs: 1000, retryPolicy: 'standard' },
    respondWithinMs: e.RESPOND_WITHIN_MS,
    shutdownMs: e.SHUTDOWN_TIMEOUT_MS,
    metricsToken: e.METRICS_TOKEN ?? null,
    publicUrl: e.PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    jira:
      e.JIRA_BASE_URL && e.JIRA_EMAIL && e.JIRA_API_TOKEN && e.JIRA_WEBHOOK_SECRET
        ? { baseUrl: e.JIRA_BASE_URL.replace(/\/+$/, ''), email: e.JIRA_EMAIL, apiToken: e.JIRA_API_TOKEN, webhookSecret: e.JIRA_WEBHOOK_SECRET }
        : null,
  };
  return { ok: true, config: deepFreeze(config) };
}

function readRouting(file: string, named: boolean, cwd: string, opts: LoadOptions): { ok: true; routing: Routing } | { ok: false; errors: string[] } {
  const defaultPath = resolve(cwd, file);
  const useFallback = !named && opts.routingFallback !== undefined && !existsSync(defaultPath);
  const routingPath = useFallback ? opts.routingFallback! : defaultPath;
  let text: string;
  try {
    text = readFileSync(routingPath, 'utf8');
  } catch (err) {
    return { ok: false, errors: [`ESCALATION_CONFIG: cannot read ${routingPath} (${(err as NodeJS.ErrnoException).code ?? 'error'})`] };
  }
  return parseRouting(text, 'ESCALATION_CONFIG ' + file);
}

/** What setup:zendesk needs, before the proxy's other variables exist (it makes ZENDESK_WEBHOOK_SECRET). */
export type ZendeskSetupConfig = Readonly<{ apiUrl: string; email: string; apiToken: string; publicUrl: string; tag: string }>;

export function loadZendeskSetupConfig(env: NodeJS.ProcessEnv, cwd: string = process.cwd(), opts: LoadOptions = {}): { ok: true; config: ZendeskSetupConfig } | { ok: false; errors: string[] } {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const schema = envSchema.pick({ ZENDESK_SUBDOMAIN: true, ZENDESK_EMAIL: true, ZENDESK_API_TOKEN: true, ZENDESK_API_URL: true, ESCALATION_CONFIG: true }).extend({ PUBLIC_URL: z.url({ protocol: /^https?$/ }) });
  const parsed = schema.safeParse(cleaned);
  const zendeskTarget = cleaned.ZENDESK_API_URL || cleaned.ZENDESK_SUBDOMAIN ? [] : ['ZENDESK_SUBDOMAIN: missing (or set ZENDESK_API_URL)'];
  if (!parsed.success || zendeskTarget.length) return { ok: false, errors: [...(parsed.success ? [] : issueLines(parsed.error)), ...zendeskTarget] };
  const e = parsed.data;
  const routing = readRouting(e.ESCALATION_CONFIG, cleaned.ESCALATION_CONFIG !== undefined, cwd, opts);
  if (!routing.ok) return routing;
  return {
    ok: true,
    config: {
      apiUrl: (e.ZENDESK_API_URL ?? `https://${e.ZENDESK_SUBDOMAIN}.zendesk.com`).replace(/\/+$/, ''),
      email: e.ZENDESK_EMAIL,
      apiToken: e.ZENDESK_API_TOKEN,
      publicUrl: e.PUBLIC_URL.replace(/\/+$/, ''),
      tag: routing.routing.zendeskTag,
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServerResponse } from 'node:http';
import { z } from 'zod';
import { FIELD_DEFINITIONS, FORM_STATUSES, TICKET_STATUSES, fieldValueError } from './page/model';
import type { PageAsset } from './pageAssets';
import { forwardZafRequest } from './requestProxy';
import { publicSettings, type ManifestInfo } from './settings';
import { readStatic } from './static';
import type { AppNotifications } from './notifications';
import type { SandboxTickets } from './tickets';

// What the host page talks to: its own state and edits, a live stream of ticket changes, the
// installation settings, and client.request forwarding. Plus the built app and attachment files.

export type SandboxContext = {
  tickets: SandboxTickets;
  /** The installation's settings, secure ones included; changed by the settings panel. */
  settings: Record<string, string>;
  manifest: ManifestInfo;
  hostOrigin: string;
  appOrigin: string;
  apiUrl: string;
  appDist: string;
  alwaysAllowed: string[];
  apiAuthorization: string;
  requestTimeoutMs: number;
  /** Loaded in the background after listen; page requests wait for it. */
  pageAssets: () => Promise<Map<string, PageAsset>>;
  streams: Set<ServerResponse>;
  appId: number;
  notifications: AppNotifications;
};

const patchBody = z
  .object({
    clientId: z.string().max(64).optional(),
    subject: z.string().optional(),
    description: z.string().optional(),
    status: z.enum(TICKET_STATUSES).optional(),
    tags: z.array(z.string()).optional(),
    addTags: z.array(z.string()).optional(),
    removeTags: z.array(z.string()).optional(),
    customFields: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()])).optional(),
  })
  .strict();

const commentBody = z.object({
  clientId: z.string().max(64).optional(),
  body: z.string().trim().min(1),
  public: z.boolean(),
  attachments: z.array(z.object({ fileName: z.string().trim().min(1), contentType: z.string().min(1) })).max(5).default([]),
});

const settingsBody = z.record(z.string().regex(/^[a-z][a-z0-9_]*$/), z.string().max(20_000));

function badRequest(reply: FastifyReply, issues: z.core.$ZodIssue[]) {
  return reply.code(400).send({ error: issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ') });
}

/** The host's own endpoints answer only pages on the host origin (no other site may drive them). */
function fromHostPage(request: FastifyRequest, ctx: SandboxContext): boolean {
  const origin = request.headers.origin;
  return origin === undefined || origin === ctx.hostOrigin;
}

export async function hostRoutes(app: FastifyInstance, ctx: SandboxContext): Promise<void> {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && !fromHostPage(request, ctx)) {
      return reply.code(403).send({ error: 'Only the sandbox host page may call this' });
    }
  });

  const sendAsset = async (reply: FastifyReply, name: string) => {
    const asset = (await ctx.pageAssets()).get(name);
    if (!asset) return reply.code(404).send({ error: 'Not found' });
    return reply.header('cache-control', 'no-store').type(asset.type).send(asset.body);
  };
  app.get('/', async (_request, reply) => sendAsset(reply, 'index.html'));
  app.get('/__host/:name', async (request, reply) => sendAsset(reply, (request.params as { name: string }).name));

  app.get('/__sandbox/state', async () => ({
    hostOrigin: ctx.hostOrigin,
    appId: ctx.appId,
    appUrl: `${ctx.appOrigin}/app/assets/index.html`,
    appBuilt: (await readStatic(ctx.appDist, 'assets/index.html')) !== null,
    appName: ctx.manifest.name,
    tickets: ctx.tickets.list(),
    fields: FIELD_DEFINITIONS,
    statuses: FORM_STATUSES,
    settings: publicSettings(ctx.settings, ctx.manifest.secureNames),
    // The page shows secure settings as set or not, never their values.
    secureSettings: Object.fromEntries(ctx.manifest.secureNames.map((n) => [n, (ctx.settings[n] ?? '') !== ''])),
    settingNames: [...new Set([...ctx.manifest.parameterNames, ...Object.keys(ctx.settings)])],
  }));

  app.put('/__sandbox/tickets/:id', async (request, reply) => {
    const parsed = patchBody.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error.issues);
    const { clientId, ...patch } = parsed.data;
    const fieldError = Object.entries(patch.customFields ?? {})
      .map(([id, value]) => fieldValueError(id, value))
      .find((e) => e !== null);
    if (fieldError) return reply.code(400).send({ error: fieldError });
    const ticket = ctx.tickets.update(Number((request.params as { id: string }).id), patch, clientId ?? 'host');
    return ticket ? { ticket } : reply.code(404).send({ error: 'No such ticket' });
  });

  app.post('/__sandbox/tickets/:id/comments', async (request, reply) => {
    const parsed = commentBody.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error.issues);
    const { clientId, ...comment } = parsed.data;
    const ticket = ctx.tickets.addComment(Number((request.params as { id: string }).id), comment, clientId ?? 'host');
    return ticket ? { ticket } : reply.code(404).send({ error: 'No such ticket' });
  });

  app.post('/__sandbox/settings', async (request, reply) => {
    const parsed = settingsBody.safeParse(request.body);
    if (!parsed.success) return badRequest(reply, parsed.error.issues);
    for (const [name, value] of Object.entries(parsed.data)) {
      // An empty secure field in the form means "keep the current secret".
      if (ctx.manifest.secureNames.includes(name) && value === '') continue;
      ctx.settings[name] = value;
    }
    return { settings: publicSettings(ctx.settings, ctx.manifest.secureNames) };
  });

  // Server-sent events: every ticket change, so edits through the API show on the page at once.
  app.get('/__sandbox/events', (request, reply) => {
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    ctx.streams.add(res);
    const stop = ctx.tickets.subscribe((change) => {
      res.write(`event: ticket\ndata: ${JSON.stringify({ ticket: change.ticket, origin: change.origin })}\n\n`);
    });
    // Apps API notifications, for the page to hand to the app iframe over the ZAF protocol.
    const stopNotifications = ctx.notifications.subscribe((n) => {
      res.write(`event: app_notification\ndata: ${JSON.stringify(n)}\n\n`);
    });
    request.raw.on('close', () => {
      stop();
      stopNotifications();
      ctx.streams.delete(res);
    });
  });

  app.post('/__zaf/request', async (request) =>
    forwardZafRequest((request.body as { options?: unknown } | null)?.options, {
      settings: ctx.settings,
      secureNames: ctx.manifest.secureNames,
      domainWhitelist: ctx.manifest.domainWhitelist,
      alwaysAllowed: ctx.alwaysAllowed,
      ownBaseUrl: ctx.apiUrl,
      ownAuthorization: ctx.apiAuthorization,
      timeoutMs: ctx.requestTimeoutMs,
    }),
  );

  app.get('/app/*', async (request, reply) => {
    const file = await readStatic(ctx.appDist, (request.params as { '*': string })['*']);
    if (!file) return reply.code(404).type('text/plain').send('Not built: run `npm run build` first.');
    return reply.header('cache-control', 'no-store').type(file.type).send(file.body);
  });

  // Attachments are placeholders: an image for image types, a line of text otherwise.
  app.get('/attachments/:id/:name', async (request, reply) => {
    const name = (request.params as { name: string }).name;
    if (/\.(png|jpe?g|gif|webp)$/i.test(name)) {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180"><rect width="100%" height="100%" fill="#e9ebed"/><text x="16" y="96" font-family="sans-serif" font-size="14" fill="#49545c">sandbox attachment</text></svg>`;
      return reply.type('image/svg+xml').send(svg);
    }
    return reply.type('text/plain; charset=utf-8').send(`Sandbox attachment ${name}\n`);
  });
}

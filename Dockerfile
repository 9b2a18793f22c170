# The escalation proxy as an image: the same steps as README's production section.
#   docker build -t escalation-proxy .
#   docker run --env-file .env -p 8787:8787 escalation-proxy      (or: docker compose up, see compose.yaml)

# better-sqlite3 is native: its install script fetches a prebuilt binary or compiles one, hence a
# compiler in the stages that run npm ci, and none in the final image.
FROM node:20-bookworm-slim AS toolchain
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*

# 1. Build with every dependency: the app into dist/, the proxy into dist-proxy/.
FROM toolchain AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# 2. Production dependencies only.
FROM toolchain AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# 3. What runs: node, production node_modules, the built proxy, the example routing file; as `node`.
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    PORT=8787 \
    HOST=0.0.0.0 \
    DATABASE_URL=/app/data/escalations.sqlite
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json ./
COPY --from=build /src/dist-proxy ./dist-proxy
COPY config ./config
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 8787
VOLUME ["/app/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8787)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# What `npm run start:proxy` runs, without npm in between, so SIGTERM reaches node and the proxy
# drains its running steps before it exits.
CMD ["node", "--enable-source-maps", "dist-proxy/main.js"]

# syntax=docker/dockerfile:1
# Sift: one image for every role (APP_ROLE=web|worker|all).
# Build:  docker build -t sift .
# Run:    docker compose up   (see compose.yaml)

FROM node:24-bookworm-slim AS base
WORKDIR /app
ENV npm_config_update_notifier=false

# All dependencies, to build. The postinstall script patches pdf.js's worker
# (scripts/patch_pdfjs.mjs) and builds the default word vectors
# (app/nlp/embeddings/data/) from a devDependency and the skills taxonomy.
FROM base AS deps
COPY package.json package-lock.json ./
COPY scripts/patch_pdfjs.mjs scripts/build_embeddings.mjs scripts/
COPY app/nlp/skills/data/taxonomy.json app/nlp/skills/data/
RUN npm ci --no-audit --no-fund

# Compile TypeScript to build/ (node ace build copies views, public/ and
# app/nlp/**/data/, which holds the word vectors built above).
FROM deps AS build
COPY . .
RUN test -f app/nlp/embeddings/data/glove-sif.bin && node ace build

# Production dependencies only. The `node` npm package stays a regular
# dependency, but the image already runs Node 24. The word-vector source is a
# devDependency, so postinstall only notes that it has nothing to build here;
# it does patch this copy of pdf.js.
FROM base AS production-deps
COPY package.json package-lock.json ./
COPY scripts/patch_pdfjs.mjs scripts/build_embeddings.mjs scripts/
RUN npm ci --omit=dev --no-audit --no-fund

FROM base AS production
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3333 \
    STORAGE_PATH=/app/storage \
    LOG_LEVEL=info
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=build /app/build ./
RUN mkdir -p /app/storage && chown -R node:node /app/storage
USER node
VOLUME ["/app/storage"]
EXPOSE 3333
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3333)+'/health/live').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "bin/server.js"]

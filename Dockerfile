# One image for every Tongban role; docker-compose.yml picks the role by command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY scripts ./scripts
# Sources are needed by the prepare (build) step that npm ci runs.
COPY tsconfig.json tsconfig.build.json ./
COPY runtime ./runtime
COPY identity ./identity
COPY crypto ./crypto
COPY eventlog ./eventlog
COPY catalog ./catalog
COPY gateway ./gateway
COPY adapters ./adapters
COPY audit ./audit
COPY cli ./cli
COPY bench ./bench
RUN npm ci && npm prune --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=development TONGBAN_DATA_DIR=/data
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY schemas ./schemas
COPY contracts ./contracts
# Volumes mount over these; created here so they belong to the unprivileged user every role runs as.
RUN mkdir -p /data /keys && chown node:node /data /keys
USER node
# A young generation of 64 MB, as `npm start` runs it (test/unit/node-flags.test.ts): 32 MB gave +17 %
# cases/s over the default, 64 MB 3–9 % more again (bench/README.md).
ENTRYPOINT ["node", "--max-semi-space-size=64", "dist/cli/main.js"]
CMD ["--help"]

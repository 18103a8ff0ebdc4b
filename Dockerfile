# Concord: build with every dependency, run with the production ones only, as a non-root user.
# docker build -t concord . && docker compose up (compose.yaml adds PostgreSQL)

FROM node:24-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:24-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000 BACKUP_DIR=/var/lib/concord/backups
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY scripts/build-inputs.mjs scripts/layers.mjs ./scripts/
COPY data/demo ./data/demo
RUN mkdir -p /var/lib/concord/backups && chown -R node:node /var/lib/concord
USER node
EXPOSE 4000
VOLUME /var/lib/concord
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "bin/concord.js", "serve"]

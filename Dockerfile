# The API image for docker-compose.yml: compiled once in a build stage, then run as plain JavaScript
# (`node dist/cli/serve.js`), exactly as `npm start` runs it. Node 22 LTS: inside package.json's engines.
FROM node:22-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:explorer

FROM node:22-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
# What the server reads at run time, at the same places relative to dist/ as to src/.
COPY --from=build /app/dist ./dist
COPY --from=build /app/public/build ./public/build
COPY cypher ./cypher
COPY schema ./schema
COPY seeds ./seeds
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["node", "dist/cli/serve.js", "--load-seeds"]

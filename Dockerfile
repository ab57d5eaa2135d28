# The API image for docker-compose.yml. Runs TypeScript with tsx, as `npm start` does.
FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
ENV HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["npx", "tsx", "src/cli/serve.ts", "--load-seeds"]

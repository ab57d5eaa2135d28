/** `npm run neo4j -- start|stop|status|restart` — the local Neo4j server, by hand. */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../local-neo4j/local-server.ts';

const HELP = `Usage: npm run neo4j -- <start|stop|status|restart> [--instance NAME] [--port N]

Runs a local Neo4j Community 5.26 from Maven Central jars with Java 17/21 (no Docker needed).
  start     start in the background (keeps running after this command) and wait until ready
  stop      stop it (SIGTERM, then SIGKILL after 30 s)
  status    say whether it runs, with pid and Bolt URI
  restart   stop, then start
Options:
  --instance NAME   instance folder under .neo4j/instances (default: $LOCAL_NEO4J_INSTANCE or "dev")
  --port N          Bolt port (default: $LOCAL_NEO4J_PORT or 7688)
Ignored when NEO4J_URI is set: then the project uses that server and starts nothing.`;

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { instance: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const command = positionals[0];
  if (values.help || !command) {
    console.log(HELP);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig({
    ...process.env,
    ...(values.instance ? { LOCAL_NEO4J_INSTANCE: values.instance } : {}),
    ...(values.port ? { LOCAL_NEO4J_PORT: values.port } : {}),
  });
  if (config.neo4j) console.error(`Note: NEO4J_URI is set (${config.neo4j.uri}); the API will use that server, not this local one.`);
  const local = config.localNeo4j;
  switch (command) {
    case 'start': {
      const s = await startLocalNeo4j(local, { detached: true });
      console.log(`running: instance=${local.instance} pid=${s.pid} uri=${s.uri}`);
      return 0;
    }
    case 'stop':
      console.log((await stopLocalNeo4j(local)) ? `stopped instance '${local.instance}'` : `instance '${local.instance}' was not running`);
      return 0;
    case 'restart':
      await stopLocalNeo4j(local);
      console.log(`running: ${(await startLocalNeo4j(local, { detached: true })).uri}`);
      return 0;
    case 'status': {
      const s = localNeo4jStatus(local);
      console.log(s.running ? `running: instance=${local.instance} pid=${s.pid} uri=${s.uri}` : `stopped: instance=${local.instance} (${s.home})`);
      return s.running ? 0 : 3;
    }
    default:
      console.error(`Unknown command '${command}'.\n\n${HELP}`);
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(`neo4j: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);

/** Which Neo4j errors mean "the database is not reachable", as opposed to a failed statement. */
import { Neo4jError } from 'neo4j-driver';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

/** The server went away (or is not there, or its database is starting): waiting may help, retrying at once will not. */
export function isUnavailableError(e: unknown): boolean {
  return e instanceof Neo4jError && UNAVAILABLE_CODES.has(e.code);
}

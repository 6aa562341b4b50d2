import { afterAll, beforeAll } from 'vitest';
import { freshSchema, startPostgres } from '../support/postgres.mjs';

/**
 * A throwaway PostgreSQL server for the test file that calls this (tests/support/postgres.mjs):
 * started before its tests, stopped after. It fails the file loudly when PostgreSQL is missing.
 * `schema()` gives a URL to a new empty schema, dropped when the file ends.
 */
export function usePostgres() {
  let server: Awaited<ReturnType<typeof startPostgres>> | undefined;
  const drops: (() => Promise<void>)[] = [];
  beforeAll(async () => {
    server = await startPostgres();
  }, 120_000);
  afterAll(async () => {
    for (const drop of drops) await drop().catch(() => {});
    await server?.stop();
  });
  return {
    url: () => server!.url,
    schema: async () => {
      const fresh = await freshSchema(server!.url);
      drops.push(fresh.drop);
      return fresh.url;
    },
  };
}

// No N+1: a page costs a fixed number of SQL statements, whatever its size.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Database } from '../../src/db/connect.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

type Row = Record<string, unknown>;

/**
 * Copies of the most-flown spacecraft, each with copies of its flights, crews and dockings,
 * so that a page of 10 and a page of 100 reach exactly the same kinds of relations.
 */
async function cloneRichestSpacecraft(database: Database, copies: number): Promise<void> {
  const { db } = database;
  const richest = (await db.selectFrom('spacecraft').selectAll().orderBy('flights_count', 'desc').limit(1).executeTakeFirstOrThrow()) as Row;
  const flights = (await db.selectFrom('spacecraft_flights').selectAll().where('spacecraft_id', '=', richest.id).execute()) as Row[];
  const crewTables = ['spacecraft_flight_launch_crew', 'spacecraft_flight_onboard_crew', 'spacecraft_flight_landing_crew'];
  for (let copy = 1; copy <= copies; copy++) {
    const spacecraftId = 100_000 + copy;
    await db.insertInto('spacecraft').values({ ...richest, id: spacecraftId }).execute();
    for (const flight of flights) {
      const flightId = spacecraftId * 100 + Number(flight.id) % 100;
      await db.insertInto('spacecraft_flights').values({ ...flight, id: flightId, spacecraft_id: spacecraftId }).execute();
      for (const table of crewTables) {
        const links = await db.selectFrom(table).selectAll().where('spacecraft_flight_id', '=', flight.id).execute();
        for (const { id: _id, ...link } of links) await db.insertInto(table).values({ ...link, spacecraft_flight_id: flightId }).execute();
      }
      const dockings = await db.selectFrom('docking_events').selectAll().where('flight_vehicle_chaser_id', '=', flight.id).execute();
      for (const docking of dockings) {
        await db.insertInto('docking_events').values({ ...docking, id: flightId * 10 + Number(docking.id) % 10, flight_vehicle_chaser_id: flightId }).execute();
      }
    }
  }
}

describe('statements per page', () => {
  let server: TestApp;
  before(async () => {
    server = await startTestApp('sqlite', async (database) => {
      await loadBundledData(database);
      await cloneRichestSpacecraft(database, 120);
    });
  });
  after(() => server?.close());

  async function statementsFor(url: string): Promise<number> {
    server.statements.length = 0;
    const response = await server.get(url);
    assert.equal(response.status, 200, response.text);
    return server.statements.length;
  }

  for (const path of ['/2.3.0/spacecraft/?mode=detailed&ordering=-flights_count', '/2.3.0/spacecraft_flights/?mode=detailed&ordering=-spacecraft']) {
    test(`${path}: a page of 100 costs what a page of 10 costs`, async () => {
      const small = await statementsFor(`${path}&limit=10`);
      const large = await statementsFor(`${path}&limit=100`);
      assert.equal(large, small);
      // Bounded by the depth and breadth of the view tree, not by the number of rows.
      assert.ok(small < 120, `${small} statements`);
    });
  }
});

// No N+1: a page costs a fixed number of SQL statements, whatever its size.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/connect.ts';
import type { Key } from '../../src/engine/row-store.ts';
import type { Model } from '../../src/engine/spec.ts';
import { launch } from '../../src/models/launches.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

type Row = Record<string, unknown>;

/**
 * Copies of Crew Dragon Endeavour (C206), each with copies of its flights, crews and dockings:
 * every one of its flights has a crew, a docking and a landing, so a page of 10 and a page of
 * 100 reach exactly the same kinds of relations.
 */
async function cloneRichestSpacecraft(database: Database, copies: number): Promise<void> {
  const { db } = database;
  const richest = (await db.selectFrom('spacecraft').selectAll().where('serial_number', '=', 'C206').executeTakeFirstOrThrow()) as Row;
  const flights = (await db.selectFrom('spacecraft_flights').selectAll().where('spacecraft_id', '=', richest.id).execute()) as Row[];
  const crewTables = ['spacecraft_flight_launch_crew', 'spacecraft_flight_onboard_crew', 'spacecraft_flight_landing_crew'];
  for (let copy = 1; copy <= copies; copy++) {
    const spacecraftId = 100_000 + copy;
    await db.insertInto('spacecraft').values({ ...richest, id: spacecraftId }).execute();
    for (const [index, flight] of flights.entries()) {
      const flightId = spacecraftId * 100 + index;
      await db.insertInto('spacecraft_flights').values({ ...flight, id: flightId, spacecraft_id: spacecraftId }).execute();
      for (const table of crewTables) {
        const links = await db.selectFrom(table).selectAll().where('spacecraft_flight_id', '=', flight.id).execute();
        for (const { id: _id, ...link } of links) await db.insertInto(table).values({ ...link, spacecraft_flight_id: flightId }).execute();
      }
      const dockings = await db.selectFrom('docking_events').selectAll().where('flight_vehicle_chaser_id', '=', flight.id).execute();
      for (const [dockingIndex, docking] of dockings.entries()) {
        await db.insertInto('docking_events').values({ ...docking, id: flightId * 10 + dockingIndex, flight_vehicle_chaser_id: flightId }).execute();
      }
    }
  }
}

let nextId = 10_000_000;

/** A copy of a row under a new id, with copies of its to-many children and its links. */
async function cloneRow(database: Database, model: Model, id: Key): Promise<Key> {
  const { db } = database;
  const newId = model.idType === 'uuid' ? randomUUID() : nextId++;
  const row = (await db.selectFrom(model.table).selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as Row;
  await db.insertInto(model.table).values({ ...row, id: newId }).execute();
  for (const field of Object.values(model.fields)) {
    if (field.kind === 'many') {
      const target = field.target();
      const children = (await db.selectFrom(target.table).selectAll().where(field.foreignKey, '=', id).execute()) as Row[];
      for (const child of children) {
        const childId = target.idType === 'uuid' ? randomUUID() : nextId++;
        await db.insertInto(target.table).values({ ...child, id: childId, [field.foreignKey]: newId }).execute();
      }
    }
    if (field.kind === 'manyToMany') {
      const links = (await db.selectFrom(field.through).selectAll().where(field.from, '=', id).execute()) as Row[];
      for (const { id: _linkId, ...link } of links) await db.insertInto(field.through).values({ ...link, [field.from]: newId }).execute();
    }
  }
  return newId;
}

/** The launch with the most kinds of related objects, so that its copies reach every relation. */
async function richestLaunch(database: Database): Promise<Row> {
  const rows = (await database.db.selectFrom('launches').selectAll().execute()) as Row[];
  let best: Row = rows[0];
  let bestScore = -1;
  for (const row of rows) {
    let score = ['rocket_id', 'mission_id', 'pad_id', 'image_id', 'status_id'].filter((column) => row[column] !== null).length;
    for (const field of Object.values(launch.fields)) {
      if (field.kind === 'many') {
        const children = await database.db.selectFrom(field.target().table).select('id').where(field.foreignKey, '=', row.id).limit(1).execute();
        score += children.length;
      } else if (field.kind === 'manyToMany') {
        const links = await database.db.selectFrom(field.through).select(field.from).where(field.from, '=', row.id).limit(1).execute();
        score += links.length;
      }
    }
    if (score > bestScore) [best, bestScore] = [row, score];
  }
  return best;
}

describe('statements per page of detailed launches', () => {
  let server: TestApp;
  let name = '';
  before(async () => {
    server = await startTestApp('sqlite', async (database) => {
      await loadBundledData(database);
      const original = await richestLaunch(database);
      name = String(original.name);
      for (let copy = 0; copy < 120; copy++) await cloneRow(database, launch, original.id as Key);
    });
  });
  after(() => server?.close());

  test('a page of 100 costs what a page of 10 costs', async () => {
    const path = `/2.3.0/launches/?mode=detailed&search=${encodeURIComponent(`"${name}"`)}`;
    server.statements.length = 0;
    const small = await server.get(`${path}&limit=10`);
    const smallCount = server.statements.length;
    server.statements.length = 0;
    const large = await server.get(`${path}&limit=100`);
    assert.equal(small.status, 200);
    assert.equal(large.json.results.length, 100);
    assert.equal(server.statements.length, smallCount);
  });
});

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

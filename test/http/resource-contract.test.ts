// Every registered endpoint, driven by its own spec: every mode, every filter (valid and
// invalid values), every ordering field in both directions, on SQLite and on PostgreSQL.
// Expected results are computed from the full list, so the tests hold for any dataset.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { findView, type Filter, type Resource } from '../../src/engine/spec.ts';
import { choiceTarget } from '../../src/engine/lookups.ts';
import { resolvePath } from '../../src/engine/paths.ts';
import { listView, orderingFields } from '../../src/engine/query.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { resources } from '../../src/resources/index.ts';
import { type DatabaseKind, postgresSkipReason } from '../support/databases.ts';
import { skipUnlessRequired } from '../support/skips.ts';
import { durationSeconds, fetchAll, ids, type Json } from '../support/pages.ts';
import { startTestApp, type TestApp } from '../support/test-app.ts';

const INVALID_CHOICE = 'Select a valid choice. That choice is not one of the available choices.';

/** The mode whose view is the richest (the `{id}/` view), to see every field a filter reads. */
function richestQuery(resource: Resource): string {
  const mode = Object.entries(resource.modes).find(([, view]) => view === resource.retrieve)?.[0];
  return mode ? `mode=${mode}&` : '';
}

/** The lightest mode, for requests whose ids are all a test reads. */
function lightQuery(resource: Resource): string {
  return 'list' in resource.modes ? 'mode=list&' : '';
}

/** The values a django-style path reaches in a rendered record (arrays fan out). */
function valuesAt(record: Json, path: string): Json[] {
  let values: Json[] = [record];
  for (const segment of path.split('__')) {
    values = values.flatMap((value) => {
      if (value === null || value === undefined) return [];
      const next = value[segment];
      return Array.isArray(next) ? next : [next];
    });
  }
  return values.map((value) => (value !== null && typeof value === 'object' && 'id' in value ? value.id : value));
}

const sortedIds = (records: Json[]) => ids(records).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function compareValues(a: Json, b: Json): number {
  if (typeof a === 'boolean') return Number(a) - Number(b);
  if (typeof a === 'number') return a - b;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** PostgreSQL's order (the one LL2 runs on): NULLs last ascending, first descending; then id. */
function expectedOrder(records: Json[], field: string, descending: boolean, isDuration: boolean): Json[] {
  // Durations sort by value; a relation sorts by its key.
  const valueOf = (record: Json) => {
    const value = valuesAt(record, field)[0];
    if (value === null || value === undefined) return null;
    return isDuration ? durationSeconds(value) : value;
  };
  return [...records].sort((x, y) => {
    const a = valueOf(x);
    const b = valueOf(y);
    if (a === null && b === null) return compareValues(x.id, y.id);
    if (a === null) return descending ? -1 : 1;
    if (b === null) return descending ? 1 : -1;
    const order = descending ? -compareValues(a, b) : compareValues(a, b);
    return order !== 0 ? order : compareValues(x.id, y.id);
  });
}

interface FilterCase {
  value: string;
  expected: Json[] | { status: 400; body: Json };
}

/** Valid and invalid values for one filter, with what LL2 answers for each. */
function filterCases(resource: Resource, name: string, filter: Filter, all: Json[]): FilterCase[] {
  const { path } = filter;
  const present = all.flatMap((record) => valuesAt(record, path)).filter((value) => value !== null && value !== undefined);
  // Paths through relations that no view shows cannot be checked from the JSON: only their errors are.
  const visible = all.some((record) => valuesAt(record, path).some((value) => value !== undefined));
  const matching = (predicate: (value: Json) => boolean) =>
    all.filter((record) => valuesAt(record, path).some((value) => value !== null && value !== undefined && predicate(value)));
  switch (filter.kind) {
    case 'boolean': {
      if (resolvePath(resource.model, path).end.kind === 'toMany') {
        // On a to-many path the question is "has any".
        if (!visible) return [{ value: 'maybe', expected: all }];
        const has = (record: Json) => valuesAt(record, path).some((value) => value !== undefined && value !== null);
        return [
          { value: 'true', expected: all.filter(has) },
          { value: 'False', expected: all.filter((record) => !has(record)) },
          { value: 'maybe', expected: all },
        ];
      }
      if (!visible) return [{ value: 'yes', expected: all }, { value: '', expected: all }];
      return [
        { value: 'true', expected: matching((value) => value === true) },
        { value: 'TRUE', expected: matching((value) => value === true) },
        { value: '1', expected: matching((value) => value === true) },
        { value: 'False', expected: matching((value) => value === false) },
        { value: '0', expected: matching((value) => value === false) },
        { value: 'yes', expected: all },
        { value: '', expected: all },
      ];
    }
    case 'exact': {
      const sample = present.find((value) => typeof value === 'string' && value.trim() !== '' && value === value.trim());
      const cases: FilterCase[] = [
        { value: 'a%00b', expected: { status: 400, body: { [name]: ['Null characters are not allowed.'] } } },
        { value: '', expected: all },
      ];
      if (sample) {
        cases.push({ value: encodeURIComponent(sample), expected: matching((value) => value === sample) });
        cases.push({ value: encodeURIComponent(`  ${sample} `), expected: matching((value) => value === sample) });
        const swapped = sample === sample.toLowerCase() ? sample.toUpperCase() : sample.toLowerCase();
        cases.push({ value: encodeURIComponent(swapped), expected: matching((value) => value === swapped) });
      }
      return cases;
    }
    case 'contains':
    case 'icontains': {
      const sample = present.find((value) => typeof value === 'string' && value.trim().length >= 4) as string | undefined;
      const cases: FilterCase[] = [{ value: 'x%00', expected: { status: 400, body: { [name]: ['Null characters are not allowed.'] } } }];
      if (sample) {
        const part = sample.trim().slice(1, 4);
        const fold = (text: string) => (filter.kind === 'icontains' ? text.toUpperCase() : text);
        cases.push({ value: encodeURIComponent(part), expected: matching((value) => fold(String(value)).includes(fold(part))) });
        cases.push({ value: encodeURIComponent(part.toUpperCase()), expected: matching((value) => fold(String(value)).includes(fold(part.toUpperCase()))) });
      }
      return cases;
    }
    case 'choice': {
      const error = { status: 400 as const, body: { [name]: [INVALID_CHOICE] } };
      const cases: FilterCase[] = [
        { value: '999999', expected: error },
        { value: 'abc', expected: error },
        { value: '1.0', expected: error },
        { value: '99999999999', expected: error },
        { value: '', expected: all },
      ];
      const sample = present[0];
      // A relation shown by name (a station's `orbit`) cannot tell its id.
      const showsIds = typeof sample === 'number' || choiceTarget(resource.model, path).idType === 'uuid';
      if (visible && showsIds && sample !== undefined) {
        cases.push({ value: String(sample), expected: matching((value) => value === sample) });
        if (typeof sample === 'number') cases.push({ value: `0${sample}`, expected: matching((value) => value === sample) });
      }
      return cases;
    }
    case 'number': {
      const cases: FilterCase[] = [
        { value: 'abc', expected: { status: 400, body: { [name]: ['Enter a number.'] } } },
        { value: 'NaN', expected: { status: 400, body: { [name]: ['Enter a number.'] } } },
        { value: '1e51', expected: { status: 400, body: { [name]: ['Ensure this value is less than or equal to 1e+50.'] } } },
        { value: '', expected: all },
      ];
      const compare = {
        exact: (a: number, b: number) => a === b,
        gt: (a: number, b: number) => a > b,
        gte: (a: number, b: number) => a >= b,
        lt: (a: number, b: number) => a < b,
        lte: (a: number, b: number) => a <= b,
        contains: (a: number, b: number) => String(a).includes(String(b)),
      }[filter.op];
      const numbers = present.filter((value) => typeof value === 'number') as number[];
      const sample = numbers[Math.floor(numbers.length / 2)];
      // A float column compares with the value itself; an integer column with the value truncated toward zero.
      const isFloat = numbers.some((value) => !Number.isInteger(value));
      if (visible && sample !== undefined && filter.path !== 'parent__id') {
        cases.push({ value: String(sample), expected: matching((value) => compare(value, sample)) });
        if (!isFloat && filter.op !== 'contains') cases.push({ value: `${sample}.7`, expected: matching((value) => compare(value, sample)) });
      }
      return cases;
    }
    case 'csv': {
      if (filter.item !== 'text') {
        const numbers = [...new Set(present.filter((value) => typeof value === 'number'))].slice(0, 2) as number[];
        return [
          ...(visible ? [{ value: numbers.join(','), expected: matching((value) => numbers.includes(value)) }] : []),
          { value: 'abc', expected: { status: 400 as const, body: { [name]: ['Enter a number.'] } } },
          { value: '', expected: all },
        ];
      }
      const distinct = [...new Set(present)].slice(0, 2) as string[];
      const cases: FilterCase[] = [{ value: '', expected: all }];
      if (visible && distinct.length) {
        cases.push({ value: encodeURIComponent(distinct.join(',')), expected: matching((value) => distinct.includes(value)) });
        cases.push({ value: 'ZZZ', expected: [] });
      }
      return cases;
    }
    case 'datetime':
    case 'date': {
      const message = filter.kind === 'datetime' ? 'Enter a valid date/time.' : 'Enter a valid date.';
      const cases: FilterCase[] = [
        { value: 'not-a-date', expected: { status: 400, body: { [name]: [message] } } },
        { value: '2024-02-30', expected: { status: 400, body: { [name]: [message] } } },
        { value: '', expected: all },
      ];
      const sample = present.find((value) => typeof value === 'string') as string | undefined;
      if (visible && sample) {
        const time = (text: string) => Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
        const compare = { exact: (a: number, b: number) => a === b, gt: (a: number, b: number) => a > b, gte: (a: number, b: number) => a >= b, lt: (a: number, b: number) => a < b, lte: (a: number, b: number) => a <= b }[filter.op];
        cases.push({ value: encodeURIComponent(sample), expected: matching((value) => compare(time(value), time(sample))) });
        const day = sample.slice(0, 10);
        cases.push({ value: day, expected: matching((value) => compare(time(value), time(day))) });
      }
      return cases;
    }
    case 'datePart': {
      const slice = { year: [0, 4], month: [5, 7], day: [8, 10] }[filter.part];
      const partOf = (value: string) => Number(value.slice(slice[0], slice[1]));
      const parts = [...new Set(present.filter((value) => typeof value === 'string').map(partOf))].slice(0, 2);
      return [
        ...(visible ? [{ value: parts.join(','), expected: matching((value) => parts.includes(partOf(value))) }] : []),
        { value: 'abc', expected: { status: 400 as const, body: { [name]: ['Enter a number.'] } } },
        { value: '', expected: all },
      ];
    }
    case 'multipleChoice': {
      const distinct = [...new Set(present)].slice(0, 2);
      return [
        ...(visible && distinct.length ? [{ value: distinct.join(`&${name}=`), expected: matching((value) => distinct.includes(value)) }] : []),
        { value: '999999', expected: { status: 400 as const, body: { [name]: ['Select a valid choice. 999999 is not one of the available choices.'] } } },
        { value: 'abc', expected: { status: 400 as const, body: { [name]: ['“abc” is not a valid value.'] } } },
      ];
    }
    case 'notPastWhenTrue': {
      const now = Date.now();
      return [
        ...(visible ? [{ value: 'true', expected: matching((value) => Date.parse(value) >= now) }] : []),
        { value: 'false', expected: all },
      ];
    }
    case 'excludeWhenFalse':
      return [
        ...(visible ? [{ value: 'false', expected: all.filter((record) => !valuesAt(record, path).includes(filter.value)) }] : []),
        { value: 'true', expected: all },
        { value: 'maybe', expected: all },
      ];
  }
}

for (const kind of ['sqlite', 'postgres'] as DatabaseKind[]) {
  const skip = skipUnlessRequired(kind === 'postgres' ? await postgresSkipReason() : false);

  describe(`every endpoint by its spec (${kind})`, { skip }, () => {
    let server: TestApp;
    before(async () => {
      // The hand-written records alone: they give every filter data; the catalog adds only volume.
      server = await startTestApp(kind, (database) => loadBundledData(database, { catalog: false }));
    });
    after(() => server?.close());

    for (const resource of resources) {
      const base = `/2.3.0/${resource.path}/`;

      describe(base, () => {
        let all: Json[];
        before(async () => {
          all = await fetchAll(server, `${base}?${richestQuery(resource)}limit=100`);
        });

        test('has data to test with', () => {
          assert.ok(all.length > 0, `the bundled dataset has no ${resource.path}`);
        });

        for (const [mode, viewName] of Object.entries(resource.modes)) {
          test(`mode=${mode} lists ${viewName} objects`, async () => {
            const response = await server.get(`${base}?mode=${mode}&limit=100`);
            assert.equal(response.status, 200);
            assert.equal(response.json.count, all.length);
            const expectedMode = findView(viewName).mode;
            for (const result of response.json.results) assert.equal(result.response_mode, expectedMode);
          });
        }

        test('{id}/ returns the detailed object of every row', async () => {
          for (const record of all) {
            const response = await server.get(`${base}${record.id}/`);
            assert.equal(response.status, 200, `${base}${record.id}/`);
            assert.equal(response.json.id, record.id);
          }
        });

        for (const [name, filter] of Object.entries(resource.filters)) {
          test(`filter ${name}`, async () => {
            const cases = filterCases(resource, name, filter, all);
            for (const { value, expected } of cases) {
              const url = `${base}?${lightQuery(resource)}limit=100&${name}=${value}`;
              const response = await server.get(url);
              if (Array.isArray(expected)) {
                assert.equal(response.status, 200, `${url}: ${response.text}`);
                assert.deepEqual(sortedIds(await fetchAll(server, url)), sortedIds(expected), url);
              } else {
                assert.equal(response.status, expected.status, url);
                assert.deepEqual(response.json, expected.body, url);
              }
            }
          });
        }

        if (resource.search.length > 0) {
          test(`search over ${resource.search.join(', ')}`, async () => {
            const haystacks = (record: Json) =>
              resource.search.flatMap((path) => valuesAt(record, path)).filter((value) => typeof value === 'string') as string[];
            const sample = all.flatMap(haystacks).find((value) => value.trim().length >= 3) ?? 'a';
            const term = sample.trim().slice(0, 3).toLowerCase();
            const expected = all.filter((record) => haystacks(record).some((value) => value.toLowerCase().includes(term)));
            const url = `${base}?${lightQuery(resource)}limit=100&search=${encodeURIComponent(term.toUpperCase())}`;
            assert.deepEqual(sortedIds(await fetchAll(server, url)), sortedIds(expected), url);
            const none = await server.get(`${base}?search=${encodeURIComponent(`${term} zzqqxx`)}`);
            assert.equal(none.json.count, 0, 'every term must match');
          });
        }

        // Without declared fields, what `ordering` accepts depends on the view the request uses.
        const lightView = listView(resource, 'list' in resource.modes ? [['mode', 'list']] : []);
        const orderable = [...orderingFields(resource, lightView)].filter(
          (field) => resource.ordering !== null || !['url'].includes(field),
        );
        for (const field of orderable) {
          for (const descending of [false, true]) {
            const term = `${descending ? '-' : ''}${field}`;
            test(`ordering=${term}`, async () => {
              const ordered = await fetchAll(server, `${base}?${lightQuery(resource)}limit=100&ordering=${term}`);
              const definition = resource.model.fields[field];
              const isDuration = definition?.kind === 'scalar' && definition.type === 'duration';
              assert.deepEqual(ids(ordered), ids(expectedOrder(all, field, descending, isDuration)));
            });
          }
        }
      });
    }
  });
}

// Which errors mean "the database is unreachable right now" (503) rather than a bug (500).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDatabaseUnavailable } from '../../src/db/unavailable.ts';

const withCode = (code: string, extra: Record<string, unknown> = {}) => Object.assign(new Error(code), { code, ...extra });

test('connection failures, server shutdowns and pool timeouts are outages', () => {
  const outages: unknown[] = [
    withCode('ECONNREFUSED', { syscall: 'connect' }),
    withCode('ENOENT', { syscall: 'connect' }), // a Unix socket that is gone
    withCode('ECONNRESET'),
    withCode('ETIMEDOUT'),
    withCode('57P01'), // terminating connection due to administrator command
    withCode('57P03'), // the database system is starting up
    withCode('08006'), // connection failure
    withCode('53300'), // too many connections
    withCode('SQLITE_BUSY'),
    new Error('Connection terminated unexpectedly'),
    new Error('timeout exceeded when trying to connect'),
    new Error('Client has encountered a connection error and is not queryable'),
    Object.assign(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]), { code: undefined }),
    new Error('query failed', { cause: withCode('ECONNREFUSED', { syscall: 'connect' }) }),
  ];
  for (const error of outages) assert.equal(isDatabaseUnavailable(error), true, String(error));
});

test('bugs and bad queries are not', () => {
  const bugs: unknown[] = [
    new TypeError("Cannot read properties of undefined (reading 'id')"),
    withCode('42601'), // syntax error
    withCode('22003'), // numeric value out of range
    withCode('42P01'), // undefined table
    withCode('SQLITE_ERROR'),
    withCode('ENOENT', { syscall: 'open' }),
    null,
    undefined,
    'ECONNREFUSED',
  ];
  for (const error of bugs) assert.equal(isDatabaseUnavailable(error), false, String(error));
});

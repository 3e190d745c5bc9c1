// Helpers that read a whole list endpoint and compute what a query should return, so that
// tests hold whatever the dataset contains.
import assert from 'node:assert/strict';
import type { TestApp } from './test-app.ts';

// biome-ignore lint/suspicious/noExplicitAny: records are arbitrary LL2 JSON
export type Json = any;

/** Every object of a list endpoint, following `next` links. */
export async function fetchAll(server: TestApp, path: string): Promise<Json[]> {
  const results: Json[] = [];
  let url: string | null = path;
  while (url) {
    const response = await server.get(url);
    assert.equal(response.status, 200, `GET ${url}: ${response.text}`);
    results.push(...response.json.results);
    url = response.json.next ? new URL(response.json.next).pathname + new URL(response.json.next).search : null;
  }
  return results;
}

export const ids = (records: Json[]) => records.map((record) => record.id);

/** Seconds of an isodate duration, for comparing durations by value. */
export function durationSeconds(text: string): number {
  const match = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(text);
  assert.ok(match, `not a duration: ${text}`);
  const [, minus, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  const total = Number(days) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
  return minus ? -total : total;
}

// API keys for `Authorization: Token <key>`: created, listed and revoked by the operator
// (`apogee keys …`), looked up by hash on each authenticated request.
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/connect.ts';
import { parseRate, type Rate } from './rate.ts';

/** A key request the operator got wrong (no name, a bad rate). */
export class KeyError extends Error {}

export interface ApiKey {
  id: number;
  name: string;
  prefix: string;
  rate: string;
  createdAt: string;
  revokedAt: string | null;
}

export interface ActiveKey {
  id: number;
  name: string;
  rate: Rate;
}

/** 40 hexadecimal characters, the shape of DRF's tokens (and of LL2's keys). */
export function generateKey(): string {
  return randomBytes(20).toString('hex');
}

export function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export async function createKey(db: Db, name: string, rate: string): Promise<{ id: number; key: string }> {
  if (!name.trim()) throw new KeyError('a key needs a name');
  if (!parseRate(rate)) throw new KeyError(`invalid rate "${rate}": use <requests>/<second|minute|hour|day>, e.g. 300/hour`);
  const key = generateKey();
  const row = await db
    .insertInto('api_keys')
    .values({ name, key_hash: hashKey(key), key_prefix: key.slice(0, 8), rate, created_at: new Date().toISOString() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), key };
}

export async function listKeys(db: Db): Promise<ApiKey[]> {
  const rows = await db.selectFrom('api_keys').selectAll().orderBy('id').execute();
  return rows.map((row) => ({
    id: Number(row.id),
    name: String(row.name),
    prefix: String(row.key_prefix),
    rate: String(row.rate),
    createdAt: String(row.created_at),
    revokedAt: row.revoked_at === null ? null : String(row.revoked_at),
  }));
}

/** Revokes by id or by the key's first characters; returns how many keys it revoked. */
export async function revokeKey(db: Db, idOrPrefix: string): Promise<number> {
  const byId = /^\d+$/.test(idOrPrefix) ? Number(idOrPrefix) : null;
  let query = db.updateTable('api_keys').set({ revoked_at: new Date().toISOString() }).where('revoked_at', 'is', null);
  query = byId !== null ? query.where('id', '=', byId) : query.where('key_prefix', '=', idOrPrefix.slice(0, 8));
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function findActiveKey(db: Db, key: string): Promise<ActiveKey | null> {
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'name', 'rate'])
    .where('key_hash', '=', hashKey(key))
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  const rate = row ? parseRate(String(row.rate)) : null;
  return row && rate ? { id: Number(row.id), name: String(row.name), rate } : null;
}

// The command-line tool as a user runs it: help, migrate (idempotent), seed, import.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

const bin = new URL('../bin/apogee.js', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'apogee-cli-'));
const env = { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'apogee.sqlite')}`, LOG_LEVEL: 'silent' };

function apogee(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', input });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('apogee command', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('--help lists the commands; every command has its own --help', () => {
    const help = apogee(['--help']);
    assert.equal(help.status, 0);
    for (const command of ['serve', 'migrate', 'seed', 'import', 'keys']) {
      assert.match(help.stdout, new RegExp(`\\b${command}\\b`));
      const own = apogee([command, '--help']);
      assert.equal(own.status, 0, command);
      assert.match(own.stdout, new RegExp(`Usage: apogee ${command}`));
    }
    const unknown = apogee(['launch-rockets']);
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /unknown command/);
  });

  test('migrate is idempotent', () => {
    assert.match(apogee(['migrate']).stdout, /applied: 001-initial, 002-meta, 003-api-keys, 004-launch-side/);
    assert.match(apogee(['migrate']).stdout, /up to date/);
  });

  test('seed loads the bundled dataset', () => {
    const seeded = apogee(['seed']);
    assert.equal(seeded.status, 0, seeded.stderr);
    assert.match(seeded.stdout, /loaded \d+ records/);
  });

  test('import reads LL2 JSON from a file or standard input, and rejects bad records whole', () => {
    const page = { count: 1, next: null, previous: null, results: [{ id: 9001, name: 'Test Status' }] };
    const file = join(dir, 'statuses.json');
    writeFileSync(file, JSON.stringify(page));
    const fromFile = apogee(['import', '--model', 'SpacecraftStatus', file]);
    assert.equal(fromFile.status, 0, fromFile.stderr);
    assert.match(fromFile.stdout, /imported 1 SpacecraftStatus records/);
    const fromStdin = apogee(['import', '--model', 'SpacecraftStatus'], JSON.stringify([{ id: 9002, name: 'Other' }]));
    assert.equal(fromStdin.status, 0, fromStdin.stderr);
    const bad = apogee(['import', '--model', 'SpacecraftStatus'], JSON.stringify([{ id: 9003, name: 'Fine' }, { id: 'x' }]));
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /\$\[1\]\.id: expected an integer id/);
    const missingModel = apogee(['import', file]);
    assert.equal(missingModel.status, 2);
  });

  test('keys: create shows the key once, list never shows it, revoke by id or prefix', () => {
    const created = apogee(['keys', 'create', '--name', 'my app', '--rate', '100/hour']);
    assert.equal(created.status, 0, created.stderr);
    const key = /\n([0-9a-f]{40})\n/.exec(created.stdout)?.[1];
    assert.ok(key, created.stdout);
    const second = /\n([0-9a-f]{40})\n/.exec(apogee(['keys', 'create', '--name', 'other']).stdout)?.[1];
    assert.ok(second);
    const listed = apogee(['keys', 'list']).stdout;
    assert.match(listed, /my app\t100\/hour/);
    assert.match(listed, /other\t300\/hour/);
    assert.ok(!listed.includes(key), 'the key itself is never listed');
    assert.match(apogee(['keys', 'revoke', '1']).stdout, /revoked 1 key/);
    assert.match(apogee(['keys', 'revoke', second.slice(0, 8)]).stdout, /revoked 1 key/);
    assert.match(apogee(['keys', 'list']).stdout, /revoked \d{4}-/);
    assert.equal(apogee(['keys', 'revoke', '1']).status, 1, 'already revoked');
    const badRate = apogee(['keys', 'create', '--name', 'x', '--rate', 'lots']);
    assert.equal(badRate.status, 1);
    assert.match(badRate.stderr, /invalid rate/);
    assert.equal(apogee(['keys', 'create']).status, 2);
  });
});

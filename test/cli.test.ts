// The command-line tool as a user runs it: help, migrate (idempotent), seed, import.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    for (const command of ['serve', 'migrate', 'seed', 'import', 'keys', 'generate', 'sync']) {
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
    assert.match(apogee(['migrate']).stdout, /applied: 001-initial, 002-meta, 003-api-keys, 004-launch-side, 005-docking-order, 006-sync/);
    assert.match(apogee(['migrate']).stdout, /up to date/);
  });

  test('seed loads the bundled dataset', () => {
    const seeded = apogee(['seed']);
    assert.equal(seeded.status, 0, seeded.stderr);
    assert.match(seeded.stdout, /loaded \d+ records/);
  });

  test('import reads LL2 JSON from a file, a folder or standard input, and rejects bad records whole', () => {
    const page = { count: 1, next: null, previous: null, results: [{ id: 9001, name: 'Test Status' }] };
    const file = join(dir, 'statuses.json');
    writeFileSync(file, JSON.stringify(page));
    const fromFile = apogee(['import', '--endpoint', 'config/spacecraft_statuses', file]);
    assert.equal(fromFile.status, 0, fromFile.stderr);
    assert.match(fromFile.stdout, /imported 1 records from 1 document in [\d.]+ s \(1 SpacecraftStatus\)/);
    assert.match(fromFile.stderr, /importing records: 1\/1 · /, 'progress and a summary on standard error');
    const fromStdin = apogee(['import', '--model', 'SpacecraftStatus', '--quiet'], JSON.stringify([{ id: 9002, name: 'Other' }]));
    assert.equal(fromStdin.status, 0, fromStdin.stderr);
    assert.equal(fromStdin.stderr, '', '--quiet prints no progress');

    // A folder: every .json below it, each document's endpoint read from its page links or urls.
    const folder = join(dir, 'dump');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    writeFileSync(join(folder, 'a.json'), JSON.stringify({ count: 2, next: 'https://ll.thespacedevs.com/2.3.0/config/spacecraft_statuses/?limit=1&offset=1', previous: null, results: [{ id: 9004, name: 'Paged' }] }));
    writeFileSync(join(folder, 'nested', 'b.json'), JSON.stringify([{ id: 9005, url: 'https://ll.thespacedevs.com/2.3.0/config/spacecraft_statuses/9005/', name: 'By url' }]));
    writeFileSync(join(folder, 'notes.txt'), 'not JSON, not read');
    const fromFolder = apogee(['import', folder]);
    assert.equal(fromFolder.status, 0, fromFolder.stderr);
    assert.match(fromFolder.stdout, /imported 2 records from 2 documents/);

    // All or nothing across files: the good file before the bad one is not written either.
    writeFileSync(join(folder, 'nested', 'c.json'), JSON.stringify([{ id: 9006, name: 'Fine' }, { id: 'x', name: 'Bad' }]));
    writeFileSync(join(folder, 'a.json'), JSON.stringify([{ id: 9007, name: 'Would be new' }]));
    const bad = apogee(['import', '--endpoint', 'config/spacecraft_statuses', folder]);
    assert.equal(bad.status, 1);
    assert.match(bad.stderr, /nested\/c\.json: \$\[1\]\.id: expected an integer id/);
    const missingEndpoint = apogee(['import', '--quiet', join(folder, 'a.json')]);
    assert.equal(missingEndpoint.status, 1);
    assert.match(missingEndpoint.stderr, /a\.json: cannot tell which endpoint/);
    assert.equal(apogee(['import', '--endpoint', 'rockets-to-mars', file]).status, 2);
  });

  test('generate: the same seed gives the same data, another seed other data', () => {
    const generated = (name: string, seed: string) => {
      const url = `sqlite:${join(dir, name)}`;
      const result = spawnSync(process.execPath, [bin, 'generate', '--spacecraft', '60', '--launches', '400', '--seed', seed], { env: { ...env, DATABASE_URL: url }, encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stdout, /generated 60 spacecraft \(\d+ flights\) and 400 launches with seed/);
      return join(dir, name);
    };
    const dump = (file: string) => {
      const script = `const D=require('better-sqlite3');const d=new D(process.argv[1],{readonly:true});const out=[];for(const t of ['spacecraft','spacecraft_flights','landings','docking_events','launches','missions','rockets'])out.push(t,JSON.stringify(d.prepare('select * from '+t+' order by id').all()));console.log(require('node:crypto').createHash('sha256').update(out.join('\\n')).digest('hex'), d.prepare('select count(*) n from launches').get().n, d.prepare('select count(*) n from spacecraft').get().n)`;
      return spawnSync(process.execPath, ['-e', script, file], { encoding: 'utf8' }).stdout.trim();
    };
    const first = dump(generated('gen-a.sqlite', '7'));
    const again = dump(generated('gen-b.sqlite', '7'));
    const other = dump(generated('gen-c.sqlite', '8'));
    assert.equal(first, again, 'same seed, same rows');
    assert.notEqual(first.split(' ')[0], other.split(' ')[0], 'another seed, other rows');
    const [, launches, spacecraft] = first.split(' ').map(Number);
    assert.ok(launches >= 400 && spacecraft >= 60, first);
    const refused = apogee(['generate', '--launches', 'many']);
    assert.equal(refused.status, 2);
    const notEmpty = spawnSync(process.execPath, [bin, 'generate'], { env: { ...env, DATABASE_URL: `sqlite:${join(dir, 'gen-a.sqlite')}` }, encoding: 'utf8' });
    assert.equal(notEmpty.status, 1);
    assert.match(notEmpty.stderr, /empty database/);
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

// Shared by the browsable-page suites: the bundled data plus a spacecraft whose name is
// markup (every page must show it as text), and small readers of the page's HTML.
import type { Database } from '../../src/db/connect.ts';
import { loadBundledData } from '../../src/ingest/bundled-data.ts';
import { importRecords } from '../../src/ingest/import-records.ts';
import { recomputeStatistics } from '../../src/ingest/statistics.ts';
import { spacecraft } from '../../src/models/spacecraft.ts';

export const XSS_NAME = '<script>alert(1)</script>';
export const XSS_ID = 99001;

export async function loadDataWithHostileName(database: Database): Promise<void> {
  await loadBundledData(database);
  await importRecords(database, spacecraft, [
    {
      id: XSS_ID,
      name: XSS_NAME,
      serial_number: `"><img src=x onerror=alert(2)>`,
      is_placeholder: false,
      image: null,
      status: { id: 1 },
      description: `It's a 'test' & "more" <b>bold</b>`,
      spacecraft_config: { id: 1 },
    },
  ]);
  await recomputeStatistics(database);
}

/** Numeric and the few named entities the pages use, back to text. */
export function unescapeHtml(html: string): string {
  return html
    .replace(/&#(\d+);/g, (_match, code) => String.fromCodePoint(Number(code)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');
}

/** The text of the JSON shown in the page's response block. */
export function jsonShownOn(html: string): string {
  const match = /<span class="json">([\s\S]*?)<\/span><\/pre>/.exec(html);
  if (!match) throw new Error('The page shows no JSON');
  return unescapeHtml(match[1].replace(/<[^>]+>/g, ''));
}

/** A JSON body with every `format=json` in its links as the browsable page's `format=api`. */
export function asBrowsableLinks(jsonText: string): string {
  return jsonText.replaceAll('format=json', 'format=api');
}

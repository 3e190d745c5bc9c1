// The browsable page that `?format=api` or a browser's Accept header gets: the request
// line, status, headers and the pretty-printed JSON with clickable links. A fuller page
// (help text, forms, pagination controls) is the browsable-API issue's work.
export interface PageContent {
  requestLine: string;
  status: number;
  headers: Record<string, string>;
  json: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  429: 'Too Many Requests',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Escapes the JSON and turns every quoted absolute URL into a link (Django's urlize). */
function linkify(json: string): string {
  return escapeHtml(json).replace(/(&#34;)(https?:\/\/[^\s&]+?)(&#34;)/g, (_match, open, url, close) => {
    return `${open}<a href="${url}" rel="nofollow">${url}</a>${close}`;
  });
}

function headerName(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_match, dash, letter) => `${dash}${letter.toUpperCase()}`);
}

export function browsablePage(content: PageContent): string {
  const headerLines = Object.entries(content.headers)
    .map(([name, value]) => [headerName(name), value])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => `<b>${escapeHtml(name)}:</b> <span>${escapeHtml(value)}</span>`)
    .join('\n');
  const status = `HTTP ${content.status} ${STATUS_TEXT[content.status] ?? ''}`.trimEnd();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Apogee — Launch Library 2 API</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1rem; }
pre { white-space: pre-wrap; word-break: break-word; background: #f6f8fa; padding: 1rem; border-radius: 4px; }
.request { font-weight: bold; }
</style>
</head>
<body>
<h1>Apogee</h1>
<pre class="request">${escapeHtml(content.requestLine)}</pre>
<pre class="response"><b>${escapeHtml(status)}</b>
${headerLines}

${linkify(content.json)}</pre>
</body>
</html>
`;
}

// The frame every HTML page of Apogee shares (the browsable API, the landing page): one
// document with its own small stylesheet, no external assets, readable on a phone and in
// dark mode, working without JavaScript.
import { API_PREFIX } from '../engine/render.ts';

/**
 * Escapes text for HTML content and attribute values alike. Numeric entities (`&#38;`),
 * as Django's escape writes them, so a page's text can be compared byte for byte.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface HtmlDocument {
  /** The `<title>`; " – Apogee" is appended. */
  title: string;
  /** Already-escaped HTML of `<main>`. */
  main: string;
  /** Already-escaped HTML placed at the end of `<body>` (a progressive-enhancement script). */
  tail?: string;
}

export const DOCS_PATH = `${API_PREFIX}/swagger/`;
export const THROTTLE_PATH = `${API_PREFIX}/api-throttle/`;

export function htmlDocument({ title, main, tail = '' }: HtmlDocument): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)} – Apogee</title>
<style>${STYLESHEET}</style>
</head>
<body>
<header class="topbar">
<div class="wrap">
<a class="brand" href="/">Apogee</a>
<nav aria-label="Site">
<a href="${API_PREFIX}/?format=api">API root</a>
<a href="${DOCS_PATH}">Docs</a>
<a href="${THROTTLE_PATH}?format=api">Throttle</a>
</nav>
</div>
</header>
<main class="wrap">
${main}
</main>
<footer class="wrap">Apogee — a self-hosted Launch Library 2 (2.3.0) API server.</footer>
${tail}</body>
</html>
`;
}

// Colours are variables so that dark mode only swaps the palette.
const STYLESHEET = `
:root {
  --bg: #f5f6f8; --fg: #1c2230; --muted: #5d6678; --card: #ffffff; --border: #d9dde5;
  --accent: #1c5fc4; --accent-fg: #ffffff; --code-bg: #f0f2f5; --top: #142039; --top-fg: #e8edf7;
  --ok: #1d7a3e; --error: #b3261e;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #10141c; --fg: #e3e7ef; --muted: #9aa3b5; --card: #171d29; --border: #2b3346;
    --accent: #7eb0ff; --accent-fg: #0b1220; --code-bg: #0d1119; --top: #0b0f16; --top-fg: #e3e7ef;
    --ok: #6fd08f; --error: #ff8a80;
  }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
a { color: var(--accent); }
code, pre, kbd, samp { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.875rem; }
.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
.topbar { background: var(--top); color: var(--top-fg); }
.topbar .wrap { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1.5rem; padding-top: 0.6rem; padding-bottom: 0.6rem; }
.topbar a { color: var(--top-fg); text-decoration: none; }
.topbar a:hover, .topbar a:focus-visible { text-decoration: underline; }
.topbar .brand { font-weight: 700; font-size: 1.15rem; letter-spacing: 0.02em; }
.topbar nav { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; }
main { padding-top: 1.25rem; padding-bottom: 2rem; }
footer { color: var(--muted); font-size: 0.85rem; padding-bottom: 2rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.5rem 0 1rem; overflow-wrap: anywhere; }
h2 { font-size: 1.05rem; margin: 0 0 0.25rem; }
.breadcrumbs { font-size: 0.9rem; color: var(--muted); margin: 0.25rem 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; }
.breadcrumbs li + li::before { content: "›"; padding: 0 0.5rem; color: var(--muted); }
.card { background: var(--card); border: 1px solid var(--border); border-radius: 8px; padding: 1rem; margin: 0 0 1rem; }
.help { padding-top: 0.25rem; padding-bottom: 0.25rem; }
.help section { display: grid; grid-template-columns: 10rem minmax(0, 1fr); gap: 0.25rem 1.5rem; padding: 0.6rem 0; }
.help section + section { border-top: 1px solid var(--border); }
.help h2 { margin: 0; font-size: 0.95rem; }
.help p { margin: 0; overflow-wrap: anywhere; }
.help p + p { margin-top: 0.2rem; }
.help .example { color: var(--muted); }
.help code { background: var(--code-bg); padding: 0.05rem 0.2rem; border-radius: 4px; font-size: 0.8rem; }
.card > :first-child { margin-top: 0; }
.card > :last-child { margin-bottom: 0; }
.query-form fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
.query-form .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); gap: 0.75rem 1rem; }
.query-form label { display: flex; flex-direction: column; gap: 0.2rem; font-size: 0.85rem; min-width: 0; }
.query-form label > span { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--muted); overflow-wrap: anywhere; }
.query-form input, .query-form select { font: inherit; font-size: 0.95rem; padding: 0.4rem 0.5rem; border: 1px solid var(--border); border-radius: 6px; background: var(--bg); color: var(--fg); width: 100%; min-width: 0; }
.query-form details { margin: 0.75rem 0; }
.query-form summary { cursor: pointer; font-weight: 600; margin-bottom: 0.5rem; }
.query-form .buttons { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem; margin-top: 1rem; }
button, .button { font: inherit; font-weight: 600; padding: 0.45rem 1.1rem; border-radius: 6px; border: 1px solid var(--accent); background: var(--accent); color: var(--accent-fg); cursor: pointer; text-decoration: none; }
.button.secondary { background: transparent; color: var(--accent); }
.note { color: var(--muted); font-size: 0.85rem; margin: 0.5rem 0 0; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 0.75rem 1rem; }
.curl { flex: 1 1 20rem; min-width: 0; margin: 0; padding: 0.45rem 0.6rem; background: var(--code-bg); border: 1px solid var(--border); border-radius: 6px; overflow-x: auto; white-space: pre; user-select: all; }
.pager { display: flex; flex-wrap: wrap; align-items: center; justify-content: space-between; gap: 0.5rem 1rem; margin: 0 0 1rem; }
.pager .links { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.pager a, .pager .disabled { padding: 0.3rem 0.75rem; border: 1px solid var(--border); border-radius: 6px; background: var(--card); text-decoration: none; white-space: nowrap; }
.pager .disabled { color: var(--muted); opacity: 0.6; }
.pager .summary { font-weight: 600; }
pre.request, pre.response { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
pre.request { font-weight: 700; margin-bottom: 0.75rem; }
.response .status { color: var(--ok); }
.response.failed .status { color: var(--error); }
.response-card { background: var(--code-bg); }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--border); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
ul.links { padding-left: 1.2rem; }
@media (max-width: 40rem) {
  h1 { font-size: 1.4rem; }
  .card { padding: 0.75rem; }
  .help section { grid-template-columns: minmax(0, 1fr); }
  .query-form .fields { grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 0.6rem 0.75rem; }
  .pager { flex-direction: column; align-items: stretch; }
}
`;

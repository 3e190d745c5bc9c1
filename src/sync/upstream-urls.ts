// The URLs the mirror reads: the upstream's base as the user gives it, the first page of a
// pass, and the `next` links the upstream answers, always brought back onto the base.
import { ConfigError } from '../config.ts';
import { API_PREFIX } from '../engine/render.ts';

/** The upstream answered a link the mirror will not follow. */
export class UpstreamUrlError extends Error {}

/**
 * `https://ll.thespacedevs.com`, with or without a trailing `/` or `/2.3.0/`, becomes
 * `https://ll.thespacedevs.com`: the part before `/2.3.0/` (a reverse proxy may add a prefix).
 */
export function upstreamBase(text: string): string {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new ConfigError(`the upstream must be an http(s) URL such as https://ll.thespacedevs.com, got "${text}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`the upstream must be an http(s) URL, got "${text}"`);
  if (url.search || url.hash) throw new ConfigError(`the upstream URL takes no query or fragment, got "${text}"`);
  const path = url.pathname.replace(/\/+$/, '').replace(new RegExp(`${API_PREFIX.replaceAll('.', '\\.')}$`), '');
  return `${url.origin}${path}`;
}

/** A list page of the upstream: `/2.3.0/<path>/?<query>`. */
export function listUrl(base: string, path: string, query: Record<string, string>): string {
  return `${base}${API_PREFIX}/${path}/?${new URLSearchParams(query).toString()}`;
}

export function throttleUrl(base: string): string {
  return `${base}${API_PREFIX}/api-throttle/`;
}

/**
 * A `next` link as the upstream wrote it, moved onto the base: behind a proxy the upstream
 * may name itself by another host or scheme, and the token must never go anywhere else.
 */
export function onBase(base: string, link: string): string {
  let url: URL;
  try {
    url = new URL(link, `${base}/`);
  } catch {
    throw new UpstreamUrlError(`the upstream's next link is not a URL: ${JSON.stringify(link)}`);
  }
  const at = url.pathname.indexOf(`${API_PREFIX}/`);
  if (at < 0) throw new UpstreamUrlError(`the upstream's next link is not below ${API_PREFIX}/: ${JSON.stringify(link)}`);
  return `${base}${url.pathname.slice(at)}${url.search}`;
}

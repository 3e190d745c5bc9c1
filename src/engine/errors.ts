// An error that leaves the server as an LL2-shaped response. Everything a client can get
// wrong ends up here; anything else is a bug and becomes a 500 in the error handler.
export class ApiError extends Error {
  readonly status: number;
  readonly body: unknown;
  readonly headers: Record<string, string>;

  constructor(status: number, body: unknown, headers: Record<string, string> = {}) {
    super(typeof body === 'object' && body && 'detail' in body ? String(body.detail) : `HTTP ${status}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
  }
}

/** DRF's message-less 404 (bad format, malformed id). */
export const notFound = () => new ApiError(404, { detail: 'Not found.' });

/** Django's `get_object_or_404` message, which names the model class. */
export const noMatch = (modelName: string) =>
  new ApiError(404, { detail: `No ${modelName} matches the given query.` });

export const INVALID_CHOICE = 'Select a valid choice. That choice is not one of the available choices.';
export const NULL_CHARACTERS = 'Null characters are not allowed.';

/**
 * Answers of the REST contract as msw responses: a JSON body, or an error written exactly the
 * way the fetch client reads it back (status, `{ error }` body, `Retry-After`).
 */
import { HttpResponse } from 'msw';
import { InviteKitError, isAbortError } from '../client/errors.js';
import { errorBody, STATUS_FOR_CODE } from '../client/fetch/http-errors.js';

export function errorResponse(error: unknown): Response {
  // The caller went away: nobody will read the answer, so none is made up.
  if (isAbortError(error)) return HttpResponse.error();
  const failure =
    error instanceof InviteKitError
      ? error
      : new InviteKitError('unknown', error instanceof Error ? error.message : 'Something went wrong.');
  // `network` means "no answer reached the page"; a failed fetch is the only faithful way to say it.
  if (failure.code === 'network') return HttpResponse.error();
  const headers = new Headers();
  if (failure.retryAfter !== undefined) headers.set('Retry-After', String(Math.ceil(failure.retryAfter)));
  return HttpResponse.json(errorBody(failure), { status: failure.status ?? STATUS_FOR_CODE[failure.code], headers });
}

export function jsonResponse(body: unknown, status: number): Response {
  return status === 204 ? new HttpResponse(null, { status }) : HttpResponse.json(body as never, { status });
}

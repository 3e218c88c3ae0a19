export { createFetchClient, fetchCapabilities, type FetchClientOptions } from './fetch-client.js';
export { DEFAULT_TIMEOUT_MS, type HeadersOption, type TransportOptions } from './transport.js';
export { ROUTES, DEFAULT_BASE_URL, CAPABILITIES_PATH, EVENTS_PATH, type Route, type OperationArgs, type HttpMethod } from './routes.js';
export { STATUS_FOR_CODE, codeForStatus, parseRetryAfter } from './http-errors.js';
export type { EventSourceFactory } from './live-updates.js';

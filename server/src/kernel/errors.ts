/**
 * Errors are a catalogue of stable codes. Domain code throws `AppError`s made from a module's
 * catalogue; one HTTP handler renders them as `application/problem+json` (RFC 9457). Anything
 * else that escapes is an internal error: logged in full, shown as a generic 500.
 */
export interface ErrorDefinition {
  /** `<module>.<reason>`, stable forever: clients branch on it. */
  readonly code: string;
  readonly status: number;
  /** A short, human summary that does not change between occurrences. */
  readonly title: string;
}

export interface FieldProblem {
  /** JSON pointer-ish path of the field: `/email`, `/lines/0/quantity`. */
  field: string;
  code: string;
  message: string;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fields: FieldProblem[] | undefined;
  /** Extra members for the problem document (`retry_after`, `order_id` …). */
  readonly extra: Record<string, unknown> | undefined;

  constructor(definition: ErrorDefinition, options: { detail?: string; fields?: FieldProblem[]; extra?: Record<string, unknown>; cause?: unknown } = {}) {
    super(options.detail ?? definition.title, { cause: options.cause });
    this.name = 'AppError';
    this.code = definition.code;
    this.status = definition.status;
    this.title = definition.title;
    this.detail = options.detail;
    this.fields = options.fields;
    this.extra = options.extra;
  }
}

const registry = new Map<string, ErrorDefinition>();

/**
 * Declares a module's errors. Each entry becomes a callable that builds the `AppError`, and the
 * whole catalogue is published at `/api/problems` so integrators can see every code.
 */
export function defineErrors<const T extends Record<string, Omit<ErrorDefinition, 'code'>>>(
  module: string,
  definitions: T,
): { [K in keyof T]: ErrorDefinition & ((options?: ConstructorParameters<typeof AppError>[1]) => AppError) } {
  const catalogue = {} as Record<string, unknown>;
  for (const [reason, definition] of Object.entries(definitions)) {
    const code = `${module}.${reason}`;
    if (registry.has(code)) throw new Error(`Error code ${code} is defined twice`);
    const full: ErrorDefinition = { code, ...definition };
    registry.set(code, full);
    catalogue[reason] = Object.assign((options?: ConstructorParameters<typeof AppError>[1]) => new AppError(full, options), full);
  }
  return catalogue as never;
}

/** Every code defined so far, for the published catalogue. */
export function errorCatalogue(): ErrorDefinition[] {
  return [...registry.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** Errors of the platform itself, not of any business module. */
export const RequestErrors = defineErrors('request', {
  validation_failed: { status: 400, title: 'The request has invalid fields' },
  malformed: { status: 400, title: 'The request could not be read' },
  unauthenticated: { status: 401, title: 'Sign-in required' },
  forbidden: { status: 403, title: 'Not allowed' },
  cross_site_request: { status: 403, title: 'Cross-site request refused' },
  csrf_token_invalid: { status: 403, title: 'Missing or wrong CSRF token' },
  read_only_session: { status: 403, title: 'This session can only read' },
  not_found: { status: 404, title: 'No such resource' },
  method_not_allowed: { status: 405, title: 'Method not allowed here' },
  conflict: { status: 409, title: 'The resource changed meanwhile' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported content type' },
  rate_limited: { status: 429, title: 'Too many requests' },
});

export const ServerErrors = defineErrors('server', {
  internal: { status: 500, title: 'Something went wrong on our side' },
  unavailable: { status: 503, title: 'The service is starting or stopping' },
});

import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, RequestErrors, ServerErrors, type FieldProblem } from '../errors.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** The body of every error response (RFC 9457), with our stable `code` and the request id. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance: string;
  request_id: string;
  errors?: FieldProblem[];
  [extra: string]: unknown;
}

/** Turns whatever was thrown into a problem document; only `AppError`s say what went wrong. */
export function toProblem(error: unknown, request: FastifyRequest): ProblemDocument {
  const appError = asAppError(error);
  return {
    ...appError.extra,
    type: `/api/problems#${appError.code}`,
    title: appError.title,
    status: appError.status,
    code: appError.code,
    ...(appError.detail ? { detail: appError.detail } : {}),
    instance: request.url,
    request_id: request.id,
    ...(appError.fields ? { errors: appError.fields } : {}),
  };
}

function asAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const fastifyError = error as Partial<FastifyError> & { validation?: ValidationIssue[]; validationContext?: string };
  if (fastifyError.validation) {
    return RequestErrors.validation_failed({ fields: fastifyError.validation.map((issue) => fieldProblem(issue, fastifyError.validationContext)) });
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return RequestErrors.payload_too_large();
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return RequestErrors.unsupported_media_type({ detail: 'Send JSON with Content-Type: application/json.' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return RequestErrors.malformed({ detail: 'The body is empty or its length is wrong.' });
    case 'FST_ERR_RATE_LIMITED':
      return RequestErrors.rate_limited();
  }
  if (fastifyError instanceof SyntaxError || fastifyError.statusCode === 400) {
    return RequestErrors.malformed({ detail: 'The body is not valid JSON.' });
  }
  return ServerErrors.internal({ detail: 'Quote the request id when you contact us.' });
}

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function fieldProblem(issue: ValidationIssue, context: string | undefined): FieldProblem {
  // A missing property is reported on its parent by Ajv: point at the property itself.
  const missing = issue.keyword === 'required' ? `/${String(issue.params.missingProperty)}` : '';
  const extra = issue.keyword === 'additionalProperties' ? `/${String(issue.params.additionalProperty)}` : '';
  const path = `${issue.instancePath}${missing}${extra}` || '/';
  return {
    field: context && context !== 'body' ? `${context}:${path}` : path,
    code: issue.keyword === 'required' ? 'required' : issue.keyword === 'additionalProperties' ? 'unknown_field' : `invalid_${issue.keyword}`,
    message: issue.keyword === 'additionalProperties' ? 'is not a known field' : (issue.message ?? 'is invalid'),
  };
}

export function sendProblem(reply: FastifyReply, problem: ProblemDocument): FastifyReply {
  if (typeof problem.retry_after === 'number') reply.header('retry-after', String(problem.retry_after));
  return reply.code(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
}

/** The one place where errors become HTTP responses. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const problem = toProblem(error, request);
    if (problem.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: problem.code }, 'request refused');
    return sendProblem(reply, problem);
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, toProblem(RequestErrors.not_found({ detail: `Nothing at ${request.method} ${request.url.split('?')[0]}.` }), request)),
  );
}

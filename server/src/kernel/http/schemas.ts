import { Type } from 'typebox';

export const FieldProblem = Type.Object({
  field: Type.String({ description: 'Path of the field, such as `/email` or `/lines/0/quantity`' }),
  code: Type.String({ description: 'What is wrong: `required`, `unknown_field`, `invalid_format` …' }),
  message: Type.String(),
});

/** An `application/problem+json` document (RFC 9457) with our stable code. */
export const Problem = Type.Object(
  {
    type: Type.String({ description: 'Link to the code in the catalogue' }),
    title: Type.String(),
    status: Type.Integer(),
    code: Type.String({ description: 'Stable error code, `<module>.<reason>`', examples: ['request.validation_failed'] }),
    detail: Type.Optional(Type.String()),
    instance: Type.String(),
    request_id: Type.String({ description: 'Quote it when contacting support' }),
    errors: Type.Optional(Type.Array(FieldProblem)),
  },
  { additionalProperties: true, $id: 'Problem' },
);

const problem = (description: string) => ({ ...Type.Ref('Problem'), description, 'x-content-type': 'application/problem+json' });

/** The error responses every API route may give, for the OpenAPI document. */
export const ProblemResponses = {
  '4xx': problem('The request was refused; `code` says why'),
  '5xx': problem('Our fault; `request_id` identifies it in our logs'),
};

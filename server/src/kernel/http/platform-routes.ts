import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorCatalogue } from '../errors.ts';

const ErrorCode = Type.Object({ code: Type.String(), status: Type.Integer(), title: Type.String() });

/** Routes about the platform itself. */
export const platformRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/problems',
    {
      schema: {
        tags: ['platform'],
        summary: 'The catalogue of error codes',
        description: 'Every `code` an error response may carry, with its HTTP status. Codes never change meaning.',
        response: { 200: Type.Object({ codes: Type.Array(ErrorCode) }) },
      },
    },
    async (_request, reply) => reply.header('cache-control', 'public, max-age=300').send({ codes: errorCatalogue() }),
  );
};

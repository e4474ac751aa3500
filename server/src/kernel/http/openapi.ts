import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

/**
 * The OpenAPI 3.1 document is generated from the same route schemas that validate requests, so
 * it cannot drift from what the API does. Browsable reference at /api/docs.
 */
export async function registerOpenApi(app: FastifyInstance, publicUrl: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Vitrine API',
        version: '0.1.0',
        description:
          'The public API of a Vitrine shop. Every storefront, account, backstage and supplier screen is built on it. ' +
          'Errors are `application/problem+json` documents with a stable `code`; the catalogue of codes is at `/api/problems`.',
      },
      servers: [{ url: publicUrl }],
      tags: [
        { name: 'platform', description: 'The shop platform itself' },
        { name: 'privacy', description: 'Consents and data-protection rights' },
        { name: 'account', description: 'The signed-in customer: registration, sign-in, sessions, profile, addresses' },
        { name: 'guardian', description: 'A minor’s parent or guardian, from the mailed link' },
        { name: 'legal', description: 'The agreement, privacy policy, cookie policy and content licence, with their history' },
        { name: 'access', description: 'Staff sign-in, staff and roles, the audit log' },
        { name: 'supplier', description: 'Supplier sign-in' },
        { name: 'backstage: customers', description: 'Customer accounts as staff see them (every look audited)' },
        { name: 'backstage: mail', description: 'The mail the shop sent' },
      ],
    },
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
    // Swagger UI styles itself inline; this page alone relaxes style-src, scripts stay 'self'.
    staticCSP: "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
    transformSpecificationClone: true,
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}

import { requireSupplier } from '../../kernel/auth/guards.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import { carriedToken, clientOf, endCookieSession, startCookieSession, type AccessRouteDeps, type RouteApp } from './access.http.ts';
import { presentOrganisation, presentSupplierUser } from './access.present.ts';
import { SupplierSession, SupplierSignInBody } from './access.schemas.ts';
import { SUPPLIER_COOKIE } from './access.service.ts';

const tags = ['supplier'];

/** The supplier backstage's own session, in its own cookie: it never opens a staff route. */
export function supplierRoutes(app: RouteApp, { access, runUseCase, secureCookies }: AccessRouteDeps): void {
  app.post(
    '/supplier/session',
    {
      schema: {
        tags,
        summary: 'Sign in to the supplier backstage',
        description: 'Sets the supplier session cookie. Same answer for unknown e-mail and wrong password; the 6th failure within 15 minutes gets 429.',
        body: SupplierSignInBody,
        response: { 200: SupplierSession, ...ProblemResponses },
      },
    },
    async (request, reply) => {
      const attempt = { ...request.body, client: clientOf(request), carriedToken: carriedToken(request, SUPPLIER_COOKIE, secureCookies) };
      const { user, organisation, session } = await access.signInSupplier(attempt, { requestId: request.id, actor: request.actor });
      startCookieSession(reply, SUPPLIER_COOKIE, session, secureCookies);
      return { user: presentSupplierUser(user), organisation: presentOrganisation(organisation), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
    },
  );

  app.get(
    '/supplier/session',
    { schema: { tags, summary: 'The signed-in supplier user, their organisation and CSRF token', response: { 200: SupplierSession, ...ProblemResponses } } },
    async (request, reply) => {
      const actor = requireSupplier(request.actor);
      const { user, organisation, expiresAt } = await runUseCase(actor, request.id, (ctx) => access.describeSupplierSession(ctx, actor));
      reply.header('cache-control', 'no-store');
      return { user: presentSupplierUser(user), organisation: presentOrganisation(organisation), csrfToken: request.csrfToken!, expiresAt: expiresAt.toISOString() };
    },
  );

  app.delete(
    '/supplier/session',
    { schema: { tags, summary: 'Sign out of the supplier backstage', response: { 204: { type: 'null', description: 'Signed out' }, ...ProblemResponses } } },
    async (request, reply) => {
      const actor = requireSupplier(request.actor);
      await runUseCase(actor, request.id, (ctx) => access.signOutSupplier(ctx, actor));
      endCookieSession(reply, SUPPLIER_COOKIE, secureCookies);
      return reply.code(204).send(null);
    },
  );
}

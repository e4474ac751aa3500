import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { anonymous } from '../../../kernel/http/actor.ts';
import type { RunUseCase } from '../../../kernel/use-case.ts';
import { cardFormPage, challengePage, closedPage, pagePolicy } from './sandbox.pages.ts';
import type { SandboxProcessor, SubmitResult } from './sandbox.service.ts';

const Params = Type.Object({ sessionId: Type.String({ pattern: '^sbxcs_[0-9a-z]{26}$' }) });
const CardForm = Type.Object({ number: Type.Optional(Type.String({ maxLength: 40 })), expiry: Type.Optional(Type.String({ maxLength: 10 })), cvc: Type.Optional(Type.String({ maxLength: 8 })) });

/**
 * The sandbox processor's hosted pages at /sandbox-pay, outside the shop's API and web app: in
 * real life they live on the processor's own domain. Card fields are posted here and nowhere else.
 */
export function sandboxRoutes(sandbox: SandboxProcessor, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(body as string)));
    });

    app.get('/sandbox-pay/:sessionId', { schema: { hide: true, params: Params } }, async (request, reply) => {
      const { row, payable } = await runUseCase(anonymous(), request.id, (ctx) => sandbox.session(ctx, request.params.sessionId));
      return html(reply, payable ? 200 : 410, row?.return_url, (nonce) => (payable && row ? cardFormPage(row, nonce) : closedPage(row, nonce)));
    });

    app.post('/sandbox-pay/:sessionId', { schema: { hide: true, params: Params, body: CardForm } }, async (request, reply) =>
      answer(reply, await runUseCase(anonymous(), request.id, (ctx) => sandbox.submitCard(ctx, request.params.sessionId, request.body))));

    app.post('/sandbox-pay/:sessionId/challenge', { schema: { hide: true, params: Params, body: Type.Object({ decision: Type.Union([Type.Literal('approve'), Type.Literal('fail')]) }) } }, async (request, reply) =>
      answer(reply, await runUseCase(anonymous(), request.id, (ctx) => sandbox.decideChallenge(ctx, request.params.sessionId, request.body.decision === 'approve'))));

    app.post('/sandbox-pay/:sessionId/abandon', { schema: { hide: true, params: Params } }, async (request, reply) =>
      answer(reply, await runUseCase(anonymous(), request.id, (ctx) => sandbox.abandon(ctx, request.params.sessionId))));
  };
}

function answer(reply: FastifyReply, result: SubmitResult) {
  switch (result.kind) {
    case 'redirect': return reply.redirect(result.url, 303);
    case 'form': return html(reply, 422, result.session.return_url, (nonce) => cardFormPage(result.session, nonce, result.problem));
    case 'challenge': return html(reply, 200, result.session.return_url, (nonce) => challengePage(result.session, nonce));
    case 'closed': return html(reply, 410, result.session?.return_url, (nonce) => closedPage(result.session, nonce));
  }
}

function html(reply: FastifyReply, status: number, returnUrl: string | undefined, render: (nonce: string) => string) {
  const nonce = randomBytes(16).toString('base64');
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').header('content-security-policy', pagePolicy(nonce, returnUrl)).send(render(nonce));
}

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import * as S from './pricing.schemas.ts';
import type { PricingService } from './pricing.service.ts';
import { MANAGE } from './use-cases/admin-promotions.ts';

const tags = ['backstage: pricing'];
// Promotions and rates are part of pricing, which `catalog.manage` covers ("prices").
const config = { permission: MANAGE };
const ok = <T>(schema: T) => ({ 200: schema, ...ProblemResponses });
const created = <T>(schema: T) => ({ 201: schema, ...ProblemResponses });

/** The backstage's promotions, codes, delivery rates and duty rules; every change is audited. */
export function pricingAdminRoutes(pricing: PricingService, runUseCase: RunUseCase): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get('/admin/pricing/promotion-rules', {
      config, schema: { tags, summary: 'The conditions and actions promotions are made of, with the schema of each one’s config', response: ok(S.RuleCatalogue) },
    }, async (request) => runUseCase(request.actor, request.id, async (ctx) => pricing.ruleCatalogue(ctx)));

    app.get('/admin/pricing/promotions', {
      config, schema: { tags, summary: 'Every promotion, active first, then by priority', response: ok(Type.Array(S.AdminPromotion)) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => pricing.listPromotions(ctx)));

    app.post('/admin/pricing/promotions', {
      config, schema: {
        tags, summary: 'Create a promotion',
        description: 'Conditions and actions are checked against the registry (`pricing.invalid_promotion` names each bad field). A `code` makes a shared code at once. Audited as `pricing.promotion_created`.',
        body: S.PromotionCreateBody, response: created(S.AdminPromotion),
      },
    }, async (request, reply) => reply.code(201).send(await runUseCase(request.actor, request.id, (ctx) => pricing.createPromotion(ctx, request.body))));

    app.patch('/admin/pricing/promotions/:id', {
      config, schema: { tags, summary: 'Change a promotion; fields left out stay as they are', params: S.IdParams, body: S.PromotionPatchBody, response: ok(S.AdminPromotion) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => pricing.updatePromotion(ctx, request.params.id, request.body)));

    app.post('/admin/pricing/promotions/:id/deactivate', {
      config, schema: { tags, summary: 'End a promotion at once (orders placed keep their discount)', params: S.IdParams, response: ok(S.AdminPromotion) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => pricing.deactivatePromotion(ctx, request.params.id)));

    app.get('/admin/pricing/promotions/:id/codes', {
      config, schema: { tags, summary: 'A promotion’s codes, with which single-use codes were used and by which order', params: S.IdParams, response: ok(Type.Array(S.AdminCode)) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => pricing.listCodes(ctx, request.params.id)));

    app.post('/admin/pricing/promotions/:id/codes', {
      config, schema: {
        tags, summary: 'Add a shared code, or generate single-use codes',
        description: '`{ "code": "MAISON" }` adds a shared code (`pricing.code_taken` if it exists); `{ "generate": 50, "prefix": "VIP" }` makes 50 codes, each redeemable once.',
        params: S.IdParams, body: S.CodesBody, response: created(Type.Array(S.AdminCode)),
      },
    }, async (request, reply) => reply.code(201).send(await runUseCase(request.actor, request.id, (ctx) => pricing.addCodes(ctx, request.params.id, request.body))));

    app.post('/admin/pricing/codes/:code/deactivate', {
      config, schema: { tags, summary: 'Withdraw one code', params: S.CodeParams, response: ok(S.AdminCode) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => pricing.deactivateCode(ctx, request.params.code)));

    app.get('/admin/pricing/delivery-rates', {
      config, schema: { tags, summary: 'Delivery rates per zone and method (HKD; converted at the stored rate for other currencies)', response: ok(Type.Array(S.DeliveryRate)) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => pricing.listDeliveryRates(ctx)));

    app.put('/admin/pricing/delivery-rates/:zone/:method', {
      config, schema: {
        tags, summary: 'Set a zone’s rate for a method',
        description: 'Bands by weight (grams) or by the bag’s value after discounts (HKD minor units), rising, the last one open-ended; free from `freeFromHkd`.',
        params: S.RateParams, body: S.DeliveryRateBody, response: ok(S.DeliveryRate),
      },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => pricing.setDeliveryRate(ctx, request.params.zone, request.params.method, request.body)));

    app.get('/admin/pricing/duty-rules', {
      config, schema: { tags, summary: 'Import duty and tax estimates per destination zone', response: ok(Type.Array(S.DutyRule)) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => pricing.listDutyRules(ctx)));

    app.put('/admin/pricing/duty-rules/:zone', {
      config, schema: { tags, summary: 'Set a zone’s duty estimate', params: S.ZoneParams, body: S.DutyRuleBody, response: ok(S.DutyRule) },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => pricing.setDutyRule(ctx, request.params.zone, request.body)));
  };
}

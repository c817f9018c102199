// A resource of this API declared once: its path, the aggregate behind it, who may use it and
// its view. From that come its operations, each one route() with summary, roles, response schema
// and problem statuses: create (idempotent), list, get by id, and commands as POST
// sub-resources, so the routers say what differs and nothing is copied between them.
import { type Request, type Response, type Router } from 'express';
import {
  identityOf,
  parseIfMatch,
  route,
  setETag,
  type Identity,
  type PaginationQuery,
  type Role,
} from '@aftersales/service-kit';
import { type z } from 'zod';
import { findVisible, notFound, type Aggregate, type Target } from '../application/aggregate';
import { type ComplaintContext } from '../application/context';
import { type Work } from '../application/unit-of-work';
import { pageOf } from './dto';
import { createIdempotently } from './idempotency';
import { listPage, type FindMany, type Where } from './listing';
import { idParams } from './schemas';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are uuids; anything else cannot exist, so it is the same 404 as a miss. */
export function idOr404(raw: string, aggregate: { name: string }): string {
  if (!UUID.test(raw)) throw notFound(aggregate);
  return raw.toLowerCase();
}

/** Statuses a command answers besides 400/401/403/404/503: refused by the state (409), stale If-Match (412). */
export const COMMAND_PROBLEMS = [409, 412] as const;

type Row = { id: string; tenantId: string; createdAt: Date; version?: number };

export interface ResourceSpec<R extends Row, V extends z.ZodType> {
  ctx: ComplaintContext;
  router: Router;
  /** The collection, e.g. `/v1/inquiries`. */
  path: string;
  aggregate: Aggregate<R, unknown>;
  /** Who reads it and runs its commands (a command may name others). */
  roles: readonly Role[];
  view: V;
  dto: (row: R) => z.output<V>;
}

export interface CreateOptions<R extends Row, B extends z.ZodType, S extends z.ZodType> {
  summary: string;
  body: B;
  /** Idempotency scope. */
  scope: string;
  /** Default: the resource's roles. Every operation names its roles (STAFF_ROLES for all staff). */
  roles?: readonly Role[];
  /** Checks before anything is looked up or written (e.g. centre access). */
  authorize?: (me: Identity, input: z.output<B>) => void;
  run: (uow: Work, input: z.output<B>) => Promise<R>;
  /** Another answer than the view, with ETag and Location (e.g. a receipt without either). */
  reply?: { response: S; render: (row: R) => z.output<S>; headers: (row: R) => Record<string, string> };
  problems?: readonly number[];
}

export interface CommandOptions<B extends z.ZodType, T, S extends z.ZodType> {
  summary: string;
  body: B;
  run: (target: Target, input: z.output<B>) => Promise<T>;
  /** Another answer than the changed aggregate's view (with its ETag). */
  reply?: { response: S; status?: number; render: (result: T, res: Response) => z.output<S> };
  /** Default: the resource's roles. */
  roles?: readonly Role[];
  /** Default: COMMAND_PROBLEMS. */
  problems?: readonly number[];
}

export function resource<R extends Row, V extends z.ZodType>(spec: ResourceSpec<R, V>) {
  const { ctx, router, path, aggregate, view, dto } = spec;
  const versioned = (row: R, res: Response) => {
    if (typeof row.version === 'number') setETag(res, row.version);
    return dto(row);
  };
  const find = (req: Request, rawId: string): Promise<R> =>
    findVisible(ctx.prisma, aggregate, identityOf(req), idOr404(rawId, aggregate));

  return {
    /** The aggregate the caller may see, by the raw id of the path (404 otherwise). */
    find,

    /** POST {path}: idempotent by Idempotency-Key; 201 with the view, ETag and Location. */
    create<B extends z.ZodType, S extends z.ZodType = V>(opts: CreateOptions<R, B, S>) {
      const response = opts.reply?.response ?? view;
      router.post(
        path,
        route(
          { body: opts.body },
          async ({ body }, req, res) => {
            const input = body as z.output<B>;
            opts.authorize?.(identityOf(req), input);
            await createIdempotently<unknown>(ctx, req, res, { scope: opts.scope, body }, async (uow) => {
              const row = await opts.run(uow, input);
              if (opts.reply)
                return { status: 201, body: opts.reply.render(row), headers: opts.reply.headers(row) };
              const headers: Record<string, string> = { Location: `${path}/${row.id}` };
              if (typeof row.version === 'number') headers.ETag = `"${row.version}"`;
              return { status: 201, body: dto(row), headers };
            });
          },
          {
            summary: opts.summary,
            roles: opts.roles ?? spec.roles,
            response,
            idempotencyKey: 'required',
            status: 201,
            problems: [422, ...(opts.problems ?? [])],
          },
        ),
      );
    },

    /** GET {path}: the caller's tenant and centres, the query's filters, newest first, paged. */
    list<Q extends z.ZodType<PaginationQuery>>(opts: {
      summary: string;
      query: Q;
      findMany: FindMany<R>;
      filters: (query: z.output<Q>) => Where;
      /** Rows without a centre are the tenant's (true) or there are none (false). */
      centreOptional: boolean;
    }) {
      router.get(
        path,
        route(
          { query: opts.query },
          async ({ query }, req) => {
            const q = query as z.output<Q>;
            return listPage(opts.findMany, identityOf(req), q, opts.filters(q), dto, opts.centreOptional);
          },
          { summary: opts.summary, roles: spec.roles, response: pageOf(view) },
        ),
      );
    },

    /** GET {path}/:id: the view, with the version as ETag. */
    get(summary: string) {
      router.get(
        `${path}/:id`,
        route(
          { params: idParams },
          async ({ params }, req, res) => versioned(await find(req, params.id), res),
          {
            summary,
            roles: spec.roles,
            response: view,
          },
        ),
      );
    },

    /** A read of something the aggregate owns (e.g. its history), once the caller may see it. */
    read<S extends z.ZodType>(
      sub: string,
      opts: { summary: string; response: S; render: (row: R) => Promise<z.output<S>> },
    ) {
      router.get(
        `${path}/:id/${sub}`,
        route({ params: idParams }, async ({ params }, req) => opts.render(await find(req, params.id)), {
          summary: opts.summary,
          roles: spec.roles,
          response: opts.response,
        }),
      );
    },

    /** POST {path}/:id/{sub}: a command with an optional If-Match; the changed view and its ETag. */
    command<B extends z.ZodType, T = R, S extends z.ZodType = V>(sub: string, opts: CommandOptions<B, T, S>) {
      router.post(
        `${path}/:id/${sub}`,
        route(
          { params: idParams, body: opts.body },
          async ({ params, body }, req, res) => {
            const target: Target = {
              identity: identityOf(req),
              id: idOr404(params.id, aggregate),
              expectedVersion: parseIfMatch(req),
            };
            const result = await opts.run(target, body as z.output<B>);
            return opts.reply ? opts.reply.render(result, res) : versioned(result as unknown as R, res);
          },
          {
            summary: opts.summary,
            roles: opts.roles ?? spec.roles,
            response: opts.reply?.response ?? view,
            // Declared even when 200: the API document takes an undeclared POST for a 201.
            status: opts.reply?.status ?? 200,
            problems: opts.problems ?? COMMAND_PROBLEMS,
          },
        ),
      );
    },
  };
}

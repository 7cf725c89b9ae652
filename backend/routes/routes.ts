/**
 * The route table. Every operation is registered here with its method, path and documentation
 * (backend/routes/docs.ts: operationId, parameters, body, answers), so the app can answer 405
 * with `Allow` for a known path and another method, and `/openapi.json` is generated from what
 * is routed (backend/openapi.ts). Credentials are checked only for a matched route: an unknown
 * path is a 404 and a wrong method a 405, whatever the token.
 */
import type { Context, Handler, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { keptAnswer, makeOnce, notModified } from '../http/respond.js';
import { authenticate } from '../identify.js';
import type { OperationDocs } from './docs.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Operation {
  method: Method;
  path: string;
  operationId: string;
  docs: OperationDocs;
}

export type RouteHandler = (c: Context<AppEnv>) => Response | Promise<Response>;

export interface GetOptions {
  /**
   * The public answer depends on nothing but the data, the language, the day and the URL (not
   * on the time of day, say): its ETag comes from the data version, and a revalidation is
   * answered 304 before the handler runs (backend/http/respond.ts); the answer itself is kept
   * for the next client that asks the same (backend/http/answer-cache.ts).
   */
  fromData?: boolean;
}

export class Routes {
  readonly operations: Operation[] = [];

  constructor(private readonly api: Hono<AppEnv>) {}

  get(path: string, docs: OperationDocs, handler: RouteHandler, options: GetOptions = {}): void {
    this.add('GET', path, docs, handler, options.fromData ?? false);
  }

  post(path: string, docs: OperationDocs, handler: RouteHandler): void {
    this.add('POST', path, docs, handler);
  }

  patch(path: string, docs: OperationDocs, handler: RouteHandler): void {
    this.add('PATCH', path, docs, handler);
  }

  /** Middleware for one operation, run before its credentials are checked (rate limits, body limits). */
  use(method: Method, path: string, ...middleware: MiddlewareHandler<AppEnv>[]): void {
    for (const handler of middleware) this.api.on(method, path, handler);
  }

  add(method: Method, path: string, docs: OperationDocs, handler: RouteHandler, fromData = false): void {
    this.operations.push({ method, path, operationId: docs.operationId, docs });
    const wrapped: Handler<AppEnv> = async (c) => {
      const refused = await authenticate(c);
      if (refused) return refused;
      c.set('fromData', fromData);
      if (!fromData) return handler(c);
      // A public revalidation whose data did not change is answered before the route runs, and
      // so is a public answer made for an earlier client at the same data version.
      return notModified(c) ?? keptAnswer(c) ?? makeOnce(c, () => handler(c));
    };
    this.api.on(method, path, wrapped);
  }

  /** Methods allowed on each known path, for 405 answers: HEAD wherever GET is (Hono answers it with the GET route). */
  allowed(): Map<string, string[]> {
    const byPath = new Map<string, string[]>();
    for (const { method, path } of this.operations) byPath.set(path, [...(byPath.get(path) ?? []), ...(method === 'GET' ? ['GET', 'HEAD'] : [method])]);
    return byPath;
  }
}

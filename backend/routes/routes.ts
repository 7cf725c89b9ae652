/**
 * The route table. Every operation is registered here with its method, path and OpenAPI
 * `operationId`, so the app can answer 405 with `Allow` for a known path and another method,
 * and OpenAPI can list what exists. Credentials are checked only for a matched route: an
 * unknown path is a 404 and a wrong method a 405, whatever the token.
 */
import type { Context, Handler, Hono, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context.js';
import { authenticate } from '../identify.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface Operation {
  method: Method;
  path: string;
  operationId: string;
}

export type RouteHandler = (c: Context<AppEnv>) => Response | Promise<Response>;

export class Routes {
  readonly operations: Operation[] = [];

  constructor(private readonly api: Hono<AppEnv>) {}

  get(path: string, operationId: string, handler: RouteHandler): void {
    this.add('GET', path, operationId, handler);
  }

  post(path: string, operationId: string, handler: RouteHandler): void {
    this.add('POST', path, operationId, handler);
  }

  patch(path: string, operationId: string, handler: RouteHandler): void {
    this.add('PATCH', path, operationId, handler);
  }

  /** Middleware for one operation, run before its credentials are checked (rate limits, body limits). */
  use(method: Method, path: string, ...middleware: MiddlewareHandler<AppEnv>[]): void {
    for (const handler of middleware) this.api.on(method, path, handler);
  }

  add(method: Method, path: string, operationId: string, handler: RouteHandler): void {
    this.operations.push({ method, path, operationId });
    const wrapped: Handler<AppEnv> = async (c) => {
      const refused = await authenticate(c);
      return refused ?? handler(c);
    };
    this.api.on(method, path, wrapped);
  }

  /** Methods allowed on each known path, for 405 answers. */
  allowed(): Map<string, string[]> {
    const byPath = new Map<string, string[]>();
    for (const { method, path } of this.operations) byPath.set(path, [...(byPath.get(path) ?? []), method]);
    return byPath;
  }
}

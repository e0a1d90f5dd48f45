// The API's types as the web app uses them, taken from the generated OpenAPI types
// (api-schema.d.ts, `npm run api-types`): the server's zod schemas are the one source.
import type { paths } from './api-schema.d.ts';

type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Op<P extends keyof paths, M extends string> = M extends keyof paths[P] ? paths[P][M] : never;

/** The JSON body of a route's success answer (200, else 201, else 202). */
export type ApiResponse<P extends keyof paths, M extends 'get' | 'post' | 'put' | 'patch' | 'delete' = 'get'> =
  Op<P, M> extends { responses: infer R }
    ? R extends { 200: infer A } ? Json<A> : R extends { 201: infer C } ? Json<C> : R extends { 202: infer D } ? Json<D> : never
    : never;

/** The JSON body a route accepts. */
export type ApiRequestBody<P extends keyof paths, M extends 'post' | 'put' | 'patch'> =
  Op<P, M> extends { requestBody?: infer B } ? Json<NonNullable<B>> : never;

/** An element of an array type. */
export type Item<T> = T extends readonly (infer E)[] ? E : never;

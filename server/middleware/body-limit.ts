/**
 * The API's limit on request bodies. A body that declares its length (Content-Length without
 * Transfer-Encoding) is judged by that number before a byte is read, exactly as Hono's `bodyLimit`
 * judges it; a GET or HEAD carries no body. Only the other requests (a chunked body) go through
 * `bodyLimit`, which counts the bytes as they arrive. The point is what is not touched: `bodyLimit`
 * first reads `c.req.raw.body`, and on @hono/node-server that builds a whole web Request and stream for
 * every request, where the route would otherwise read the body straight from Node's request.
 *
 * Trusting the declared length is safe because the server frames the body by it: Node's HTTP parser
 * (llhttp) hands the request exactly Content-Length bytes and parses what follows as the next request,
 * refuses a request with both Content-Length and Transfer-Encoding, and @hono/node-server fails a body
 * shorter than declared (test/server/middleware/body-limit.test.ts sends each over a socket).
 */
import type { MiddlewareHandler } from "hono";
import { bodyLimit as streamedBodyLimit } from "hono/body-limit";

const DECIMAL = /^\d+$/;

/** Bodies of more than `maxSize` bytes end in `tooLarge()`, which throws the answer. */
export function bodyLimit(maxSize: number, tooLarge: () => never): MiddlewareHandler {
  const streamed = streamedBodyLimit({ maxSize, onError: tooLarge });
  return async function bodyLimitMiddleware(c, next) {
    const method = c.req.method;
    if (method === "GET" || method === "HEAD") return next();
    const declared = c.req.header("content-length");
    if (declared !== undefined && DECIMAL.test(declared) && c.req.header("transfer-encoding") === undefined) {
      if (Number(declared) > maxSize) tooLarge();
      return next();
    }
    return streamed(c, next);
  };
}

/**
 * @module server/errors
 * The one place where failures become HTTP statuses. Input: anything a route throws (an `ApiError`, a
 * zod error, a Fastify error) or a failed document outcome. Output: `{ status, code, message }` with a
 * stable `code` and a one-line message; JSON bodies are `{ error: { code, message } }`.
 * Invariant: unexpected errors become `500 internal` and their message is not shown to the client.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { ZodError } from "zod";
import { errorPage } from "./pages.ts";

export interface Problem {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

/** Codes a route may raise, and the status each maps to. Document failure codes not listed are 422. */
const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  "invalid-request": 400,
  "not-found": 404,
  "too-large": 413,
  "unsupported-media-type": 415,
  // The page asked for by URL could not be fetched: the fault is upstream, not in the request.
  "http-error": 502,
  "redirect-limit": 502,
  timeout: 504,
  "store-error": 500,
  "internal-error": 500,
  internal: 500,
};

/** An expected failure with a stable code; the status comes from `STATUS_BY_CODE`. */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const invalidRequest = (message: string) => new ApiError("invalid-request", message);
export const notFound = (what: string) => new ApiError("not-found", `${what} not found`);

export function statusOfCode(code: string): number {
  return STATUS_BY_CODE[code] ?? 422;
}

function oneLine(text: string): string {
  return (text.split("\n", 1)[0] ?? "").slice(0, 500);
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as Partial<FastifyError>).statusCode === "number";
}

/** Maps anything thrown while handling a request to a problem. */
export function toProblem(error: unknown): Problem {
  if (error instanceof ApiError)
    return { status: statusOfCode(error.code), code: error.code, message: oneLine(error.message) };
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    const where = issue?.path.length ? `${issue.path.join(".")}: ` : "";
    return {
      status: 400,
      code: "invalid-request",
      message: oneLine(`${where}${issue?.message ?? "invalid request"}`),
    };
  }
  if (isFastifyError(error)) {
    const status = error.statusCode ?? 500;
    if (status === 413) return { status, code: "too-large", message: "request body is too large" };
    if (status === 415) return { status, code: "unsupported-media-type", message: oneLine(error.message) };
    if (status === 404) return { status, code: "not-found", message: oneLine(error.message) };
    if (status >= 400 && status < 500)
      return { status: 400, code: "invalid-request", message: oneLine(error.message) };
  }
  return { status: 500, code: "internal", message: "internal error" };
}

function wantsHtml(request: FastifyRequest): boolean {
  return !request.url.startsWith("/api/");
}

/** Sends a problem as JSON for API routes, as an HTML page for the pages. */
export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Problem): FastifyReply {
  reply.code(problem.status);
  if (wantsHtml(request))
    return reply.type("text/html; charset=utf-8").send(errorPage(problem.status, problem.message));
  return reply.send({ error: { code: problem.code, message: problem.message } });
}

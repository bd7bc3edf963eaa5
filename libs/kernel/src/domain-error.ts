/**
 * The families a domain error can belong to. Only the edges (HTTP, MCP) translate them into statuses:
 * Invalid → 400, NotFound → 404, Conflict → 409, Forbidden → 403, TooLarge → 413, Unprocessable → 422,
 * Upstream → 502.
 */
export type ErrorFamily =
  'Invalid' | 'NotFound' | 'Conflict' | 'Forbidden' | 'Unauthenticated' | 'TooLarge' | 'Unprocessable' | 'Upstream';

export interface ErrorDetail {
  readonly path: string;
  readonly message: string;
}

/** A refusal with a stable PascalCase `code` that clients may program against. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly family: ErrorFamily,
    message: string,
    readonly errors?: readonly ErrorDetail[],
  ) {
    super(message);
    this.name = code;
  }
}

export const invalid = (code: string, message: string, errors?: readonly ErrorDetail[]): DomainError =>
  new DomainError(code, 'Invalid', message, errors);
export const notFound = (code: string, message: string): DomainError => new DomainError(code, 'NotFound', message);
export const conflict = (code: string, message: string): DomainError => new DomainError(code, 'Conflict', message);
export const forbidden = (code: string, message: string): DomainError => new DomainError(code, 'Forbidden', message);

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}

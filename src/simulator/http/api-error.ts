/**
 * GitHub-shaped error answers. Handlers throw these; the server renders them as
 * `{ message, documentation_url }` (plus `errors` for 422), the body GitHub sends.
 */
export const DOCS_URL = 'https://docs.github.com/rest/actions/workflow-runs';

export interface FieldError {
  resource: string;
  field: string;
  code: 'missing_field' | 'invalid' | 'missing' | 'unprocessable' | 'custom';
  message?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
    /** A redirect's target, which GitHub repeats in the body as `url`. */
    readonly url?: string,
  ) {
    super(message);
  }

  body(): Record<string, unknown> {
    if (this.url)
      return {
        message: this.message,
        url: this.url,
        documentation_url: 'https://docs.github.com/v3/#http-redirects',
      };
    return {
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      documentation_url: DOCS_URL,
      status: String(this.status),
    };
  }
}

export const notFound = (): ApiError => new ApiError(404, 'Not Found');
export const forbidden = (message: string): ApiError => new ApiError(403, message);
export const validationFailed = (...errors: FieldError[]): ApiError =>
  new ApiError(422, 'Validation Failed', errors);

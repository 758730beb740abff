/**
 * RFC 9457 problem details as the Jembatan services send them. Members that a problem type carries
 * (`state`, `allowedActions`, `missing`, ...) are top-level members of the body, as the services put them.
 */
export interface FieldError {
  /** The field or parameter, as a JSON path or a parameter name */
  field?: string;
  message?: string;
  rejectedValue?: unknown;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  /** Correlation id, also in the X-Request-Id header */
  requestId?: string;
  /** One entry per invalid field or parameter */
  errors?: FieldError[];
  /** The agreement's state when a transition is refused */
  state?: string;
  /** The transitions allowed in that state */
  allowedActions?: string[];
  /** The safeguard clauses or documents that are missing */
  missing?: string[];
  missingCodes?: string[];
  regionId?: string;
  [member: string]: unknown;
}

/**
 * The problem types a client usually acts on. Each contract lists every type it answers in the description of
 * `Problem.type`; new types may be added in a minor version, so compare with these and fall back on the status.
 */
export const ProblemType = {
  validation: 'urn:jembatan:problem:validation',
  malformedJson: 'urn:jembatan:problem:malformed-json',
  preconditionFailed: 'urn:jembatan:problem:precondition-failed',
  preconditionRequired: 'urn:jembatan:problem:precondition-required',
  transitionGuard: 'urn:jembatan:problem:transition-guard',
  transitionNotAllowed: 'urn:jembatan:problem:transition-not-allowed',
  agreementClosed: 'urn:jembatan:problem:agreement-closed',
  agreementNotFound: 'urn:jembatan:problem:agreement-not-found',
  agreementNotAccessible: 'urn:jembatan:problem:agreement-not-accessible',
  forbiddenRegion: 'urn:jembatan:problem:forbidden-region',
  forbiddenCentralDecision: 'urn:jembatan:problem:forbidden-central-decision',
  partnerCriteriaNotMet: 'urn:jembatan:problem:partner-criteria-not-met',
  legacyRegistrationUnconfirmed: 'urn:jembatan:problem:legacy-registration-unconfirmed',
  idempotencyKeyReused: 'urn:jembatan:problem:idempotency-key-reused',
  unavailable: 'urn:jembatan:problem:unavailable',
} as const;

/**
 * Thrown by every SDK call configured with {@link configureClient}: the HTTP status and the decoded problem.
 * A service that cannot be reached gives status 0 and `unreachable` true.
 */
export class ProblemError extends Error {
  readonly status: number;
  readonly problem: Problem;
  readonly unreachable: boolean;
  readonly requestId: string | undefined;

  constructor(status: number, problem: Problem, options?: { cause?: unknown; unreachable?: boolean; requestId?: string }) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ProblemError';
    this.status = status;
    this.problem = problem;
    this.unreachable = options?.unreachable ?? false;
    this.requestId = problem.requestId ?? options?.requestId;
  }

  /** The problem's type URI (`about:blank` when the body named none) */
  get type(): string {
    return this.problem.type ?? 'about:blank';
  }

  is(type: string): boolean {
    return this.type === type;
  }

  /** The field errors keyed by field, for showing each message at its field */
  fieldErrors(): Record<string, string> {
    const byField: Record<string, string> = {};
    for (const error of this.problem.errors ?? []) {
      if (error.field !== undefined && byField[error.field] === undefined) {
        byField[error.field] = error.message ?? this.message;
      }
    }
    return byField;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Decodes an error body (parsed JSON or text) into a ProblemError; a non-problem body keeps its text as detail. */
export function toProblemError(body: unknown, response: Response | undefined): ProblemError {
  if (response === undefined) {
    const cause = body;
    const detail = cause instanceof Error ? cause.message : String(cause);
    return new ProblemError(0, { title: 'Service unreachable', detail }, { cause, unreachable: true });
  }
  const requestId = response.headers.get('X-Request-Id') ?? undefined;
  if (isRecord(body)) {
    const problem: Problem = { ...body };
    problem.status ??= response.status;
    return new ProblemError(response.status, problem, { requestId });
  }
  const text = typeof body === 'string' && body.length > 0 ? body.slice(0, 500) : undefined;
  return new ProblemError(response.status, { status: response.status, title: response.statusText || `HTTP ${response.status}`, detail: text }, { requestId });
}

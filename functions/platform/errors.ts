import type { FieldError } from '#functions/platform/schemas/common';

/**
 * Typed errors that domain and store code throw; `http-errors` maps them to 4xx in one place. Messages are
 * Chinese and say what to do; `code` is stable for machines.
 */
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
    /** A conflict's existing record, named only to a caller who may see it. */
    readonly existingId?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationError extends DomainError {
  constructor(fields: FieldError[], message = '请求参数有误，请按字段提示修改后重试') {
    super(400, 'VALIDATION', message, fields);
  }
}

export class UnauthenticatedError extends DomainError {
  constructor(message = '请先登录') {
    super(401, 'UNAUTHENTICATED', message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = '当前账号无权执行此操作') {
    super(403, 'FORBIDDEN', message);
  }
}

/** Also answers out-of-scope single records, so that their existence does not leak (DOMAIN.md). */
export class NotFoundError extends DomainError {
  constructor(message = '记录不存在或无权查看') {
    super(404, 'NOT_FOUND', message);
  }
}

/** `fields` put the conflict on the form field it concerns; `existingId` names the record it conflicts with. */
export class ConflictError extends DomainError {
  constructor(code: string, message: string, on: { fields?: FieldError[]; existingId?: string } = {}) {
    super(409, code, message, on.fields, on.existingId);
  }
}

export class PayloadTooLargeError extends DomainError {
  constructor(limitBytes: number) {
    super(413, 'PAYLOAD_TOO_LARGE', `请求内容超过 ${Math.round(limitBytes / 1024)} KB，请精简后重试`);
  }
}

export class TooManyRequestsError extends DomainError {
  constructor(message: string) {
    super(429, 'TOO_MANY_REQUESTS', message);
  }
}

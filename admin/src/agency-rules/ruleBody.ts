/** Form values → the body of POST/PUT /api/agency-rules: empty point fields left out (fixed points or a range). */
const numberOrUndefined = (value: unknown) =>
  value === null || value === undefined || value === '' ? undefined : Number(value);

export function ruleBody(data: Record<string, unknown>) {
  const points = numberOrUndefined(data.points);
  const pointsMin = numberOrUndefined(data.pointsMin);
  const pointsMax = numberOrUndefined(data.pointsMax);
  const ranged = pointsMin !== undefined || pointsMax !== undefined;
  return {
    description: data.description,
    category: data.category,
    // a stored ranged rule has points 0: it is not sent back with its range
    ...(points !== undefined && !(ranged && points === 0) ? { points } : {}),
    ...(pointsMin !== undefined ? { pointsMin } : {}),
    ...(pointsMax !== undefined ? { pointsMax } : {}),
    active: data.active ?? true,
  };
}

export const ruleCreateBody = (data: Record<string, unknown>) => ({
  code: typeof data.code === 'string' ? data.code.trim().toUpperCase() : data.code,
  ...ruleBody(data),
});

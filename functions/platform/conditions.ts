/** Whether a write failed because its condition did not hold (ElectroDB wraps the SDK's error as its cause). */
export function isConditionFailure(error: unknown): boolean {
  for (let current = error as { name?: string; cause?: unknown } | undefined; current; ) {
    if (current.name === 'ConditionalCheckFailedException') return true;
    current = current.cause as typeof current;
  }
  return false;
}

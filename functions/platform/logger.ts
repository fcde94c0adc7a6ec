import { Logger } from '@aws-lambda-powertools/logger';

/** An 11-digit mainland mobile number not inside a longer run of digits (timestamps, ids stay as they are). */
const MOBILE_IN_TEXT = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;

/** `138****1234` for every mainland mobile number in a text. */
export function maskPhonesInText(text: string): string {
  return text.replace(MOBILE_IN_TEXT, '$1****$2');
}

/**
 * Runs on every value of every log line as it is serialized (message, attributes at any depth, and the name,
 * message and stack of a logged error once Powertools has turned it into an object), so no field can carry a
 * full phone number into the logs, whatever it is called.
 */
function maskPhones(_key: string, value: unknown): unknown {
  if (typeof value === 'string') return maskPhonesInText(value);
  if (typeof value === 'number' && Number.isInteger(value)) {
    const digits = String(value);
    const masked = maskPhonesInText(digits);
    return masked === digits ? value : masked;
  }
  return value;
}

/** One structured JSON logger per process; request handlers append the request id to it. */
export const logger = new Logger({ serviceName: 'changan', jsonReplacerFn: maskPhones });

import type { S3Event } from 'aws-lambda';
import type { LocalEvent } from './bindings';
import { invoke } from './handlers';
import { eventLine } from './terminal';

/**
 * Delivers S3 ObjectCreated events to the manifest's event handlers whose bucket and prefix match, like S3
 * notifications; `whenIdle()` lets tests wait until every delivery has finished.
 */
export function createEventBus(
  events: readonly LocalEvent[],
  bucketByLocalName: ReadonlyMap<string, string>,
  log: (line: string) => void,
) {
  const inFlight = new Set<Promise<void>>();

  const deliver = (event: S3Event): void => {
    for (const record of event.Records) {
      const bucket = bucketByLocalName.get(record.s3.bucket.name);
      const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
      for (const target of events) {
        if (target.bucket !== bucket || !key.startsWith(target.prefix)) continue;
        const delivery = invoke(target.module, { Records: [record] }, target.timeoutMs)
          .then((result) => log(eventLine(target.name, key, { result })))
          .catch((error: unknown) => log(eventLine(target.name, key, { error })))
          .finally(() => inFlight.delete(delivery));
        inFlight.add(delivery);
      }
    }
  };

  const whenIdle = async (): Promise<void> => {
    while (inFlight.size > 0) await Promise.all([...inFlight]);
  };

  return { deliver, whenIdle };
}

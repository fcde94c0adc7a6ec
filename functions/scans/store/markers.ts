import { businessDay } from '#functions/platform/clock';
import { callDynamo, tableName } from '#functions/platform/dynamo';

/**
 * "This request's scan may not be counted yet": written before the scan and deleted once its counter step is
 * done, so a crash in between leaves it for the repair. One per request (a nonce in the key): a retried
 * request deletes its own marker, never the first request's. Day partitions (≈ 30,000 a day city-wide, each
 * written once and deleted once) keep any one partition cool and let the repair read only the days it needs.
 */
export interface ScanMarker {
  scanId: string;
  nonce: string;
  enterpriseId: string;
  scannedAt: string;
  day: string;
}

export const markerKey = (marker: Pick<ScanMarker, 'day' | 'scanId' | 'nonce'>) => ({
  pk: `scanUncounted#${marker.day}`,
  sk: `${marker.scanId}#${marker.nonce}`,
});

export function newMarker(scanId: string, enterpriseId: string, scannedAt: Date, nonce: string): ScanMarker {
  return { scanId, nonce, enterpriseId, scannedAt: scannedAt.toISOString(), day: businessDay(scannedAt) };
}

export async function putMarker(marker: ScanMarker): Promise<void> {
  await callDynamo('PutItem', {
    TableName: tableName,
    Item: { ...markerKey(marker), entity: 'scanMarker', ...marker },
  });
}

export async function deleteMarker(marker: Pick<ScanMarker, 'day' | 'scanId' | 'nonce'>): Promise<void> {
  await callDynamo('DeleteItem', { TableName: tableName, Key: markerKey(marker) });
}

/** Every marker of one Asia/Shanghai day (almost always none: only crashed or in-flight requests leave one). */
export async function markersOfDay(day: string): Promise<ScanMarker[]> {
  const markers: ScanMarker[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const answer = await callDynamo('Query', {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `scanUncounted#${day}` },
      ...(start ? { ExclusiveStartKey: start } : {}),
    });
    start = answer.LastEvaluatedKey as Record<string, unknown> | undefined;
    markers.push(...((answer.Items ?? []) as unknown as ScanMarker[]));
  } while (start);
  return markers;
}

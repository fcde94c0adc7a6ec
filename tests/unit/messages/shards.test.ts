import { describe, expect, it } from 'vitest';
import { inFlightFor, runRate } from '#functions/messages/domain/rate';
import { DUE_SHARDS, dueQueueOf, dueQueuesOf, isDueQueue } from '#functions/messages/domain/shards';

describe('the sharded due index', () => {
  it('puts a message in the shard its id hashes to', () => {
    // Assess: SHA-256("abc") starts ba7816bf; 0xba7816bf mod 16 = 15
    expect(dueQueueOf('abc')).toBe('due#15');
    expect(DUE_SHARDS).toBe(16);
  });

  it('lets one run walk every shard and the legacy partition', () => {
    // Assess
    expect(dueQueuesOf(0, 1)).toEqual([
      'due',
      'due#00',
      'due#01',
      'due#02',
      'due#03',
      'due#04',
      'due#05',
      'due#06',
      'due#07',
      'due#08',
      'due#09',
      'due#10',
      'due#11',
      'due#12',
      'due#13',
      'due#14',
      'due#15',
    ]);
  });

  it('splits the partitions among parallel runs, each exactly once', () => {
    // Assess
    expect(dueQueuesOf(0, 4)).toEqual(['due', 'due#00', 'due#04', 'due#08', 'due#12']);
    expect(dueQueuesOf(3, 4)).toEqual(['due#03', 'due#07', 'due#11', 'due#15']);
    expect(dueQueuesOf(1, 2)).toEqual([
      'due#01',
      'due#03',
      'due#05',
      'due#07',
      'due#09',
      'due#11',
      'due#13',
      'due#15',
    ]);
    const all = [0, 1, 2, 3, 4].flatMap((segment) => dueQueuesOf(segment, 5));
    expect(all.length).toBe(17);
    expect(new Set(all).size).toBe(17);
  });

  it('keeps only waiting messages in the index', () => {
    // Assess
    expect(isDueQueue('due')).toBe(true);
    expect(isDueQueue('due#07')).toBe(true);
    expect(isDueQueue(undefined)).toBe(false);
    expect(isDueQueue('done')).toBe(false);
  });
});

describe('the dispatch rate', () => {
  it('caps the configured rate at the provider limit and shares it among the runs', () => {
    // Assess
    expect(runRate(50, 20, 1)).toBe(20);
    expect(runRate(50, 1000, 1)).toBe(50);
    expect(runRate(50, 1000, 2)).toBe(25);
    expect(runRate(200, 1000, 4)).toBe(50);
    expect(inFlightFor(0.5)).toBe(1);
    expect(inFlightFor(25)).toBe(25);
    expect(inFlightFor(1000)).toBe(64);
  });
});

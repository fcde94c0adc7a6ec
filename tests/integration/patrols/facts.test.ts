import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { places } from '#tests/integration/enterprises/support';
import {
  currentForm,
  DAY,
  firms,
  hazardsOf,
  type Patrol,
  patrolBody,
  patrolsOf,
  send,
  startWorld,
  stopWorld,
  who,
} from './support';

beforeAll(startWorld, 120_000);
afterAll(stopWorld);

/** The grid member of 湖塘 as the store sees it (the facts and crash tests call the store straight). */
async function memberPrincipal() {
  const me = await send('GET', '/api/me', who.member);
  const user = me.body as { id: string; username: string; name: string };
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    role: 'gridMember' as const,
    ...places.wujinA,
  };
}

describe('what patrols tell other capabilities', () => {
  it('gives the facts of patrols by district, town, grid and enterprise, by Beijing day', async () => {
    // Prepare: one failing patrol of a1 with a hazard, one clean patrol of a2
    const form = await currentForm(who.member);
    const failing = patrolBody(form, firms.a1, 'facts-patrol-0001', ['c05'], {
      hazards: [{ itemId: 'c05', description: '隐患台账未更新', level: 'general' }],
    });
    const first = (await send('POST', '/api/patrols', who.member, failing)).body as Patrol;
    await send('POST', '/api/patrols', who.member, patrolBody(form, firms.a2, 'facts-patrol-0002'));
    const facts = await import('#functions/patrols/index');

    // Act
    const district: unknown[] = [];
    for await (const page of facts.patrolsOfDistrictBetween('wujin', DAY, DAY)) district.push(...page);
    const before: unknown[] = [];
    for await (const page of facts.patrolsOfDistrictBetween('wujin', '2030-05-01', '2030-05-05'))
      before.push(...page);
    const town = await facts.patrolsOfTownSince(places.wujinA.townId, DAY);
    const otherTown = await facts.patrolsOfTownSince(places.wujinB.townId, '2030-01-01');
    const enterprise = await facts.patrolsOfEnterpriseSince(firms.a1, '2030-05-01');
    const later = await facts.patrolsOfEnterpriseSince(firms.a1, '2030-05-07');
    const grid = await facts.patrolsOfGridBetween(places.wujinA.gridId, DAY, DAY);
    const frequency = await facts.patrolFrequencyDays('wujin');

    // Assess
    expect(district).toHaveLength(2);
    expect(before).toEqual([]);
    expect(town.map((fact) => fact.enterpriseId).sort()).toEqual([firms.a1, firms.a2].sort());
    expect(otherTown).toEqual([]);
    expect(enterprise).toEqual([
      {
        patrolId: first.patrolId,
        enterpriseId: firms.a1,
        districtId: 'wujin',
        townId: places.wujinA.townId,
        gridId: places.wujinA.gridId,
        at: first.at,
        failedItemIds: ['c05'],
        hazardCategories: ['c05'],
        hazardIds: first.hazardIds,
      },
    ]);
    expect(later).toEqual([]);
    expect(grid.map((fact) => fact.patrolId).sort()).toEqual(
      (district as { patrolId: string }[]).map((fact) => fact.patrolId).sort(),
    );
    expect(frequency).toBe(30);
  });

  it('finishes a patrol that crashed after its put when the phone retries: its hazards are created once', async () => {
    // Prepare: the store crashes between the patrol's put and its hazards
    const { recordPatrol } = await import('#functions/patrols/store/record');
    const form = await currentForm(who.member);
    const hazards = [{ itemId: 'c09', description: '配电箱门缺失', level: 'general' as const, photoIds: [] }];
    const body = patrolBody(form, firms.a2, 'crash-patrol-0001', ['c09'], { hazards });
    const principal = await memberPrincipal();
    const meta = { routeKey: 'POST /api/patrols', requestId: 'test-crash' };
    const parsed = { ...body, photoIds: [], hazards };
    await expect(
      recordPatrol(principal, parsed as never, new Date(), meta, {
        beforeHazards: () => {
          throw new Error('crash');
        },
      }),
    ).rejects.toThrow('crash');
    const hazardsBefore = (await hazardsOf(firms.a2)).length;

    // Act
    const retry = await send('POST', '/api/patrols', who.member, body);

    // Assess
    expect(retry.status).toBe(200);
    const patrol = retry.body as Patrol;
    const after = await hazardsOf(firms.a2);
    expect(after.length).toBe(hazardsBefore + 1);
    expect(after.map(({ id }) => id)).toContain(patrol.hazardIds[0]);
    expect((await patrolsOf(firms.a2)).filter(({ id }) => id === patrol.id)).toHaveLength(1);
  });
});

import type { Role } from '#functions/platform/manifest-types';
import type { LocalStack } from '#infra/local/stack';
import { auditTableReader } from '#tests/fixtures/audit-table';
import { signedIn } from '#tests/fixtures/auth';
import { freshCreditCode, validEnterprise } from '#tests/fixtures/enterprises';
import { callApi } from '#tests/fixtures/local-stack';
import type { ListKind, Placement } from './expectations';
import { agencyRows } from './world-agencies';
import { campaignsOf } from './world-campaigns';
import { dustCleaningsOf } from './world-dust-cleanings';
import { dustSitesOf } from './world-dust-sites';
import { gridCoverageOf } from './world-grid-coverage';
import { hazardsOf } from './world-hazards';
import { metricsOf } from './world-metrics';
import { repeatedFindingsOf } from './world-patrol-insights';
import { patrolsOf } from './world-patrols';
import { riskPointsOf } from './world-risk-points';
import { scansOf } from './world-scans';
import { tasksOf } from './world-tasks';
import { type ZeroingWorld, zeroingOf } from './world-zeroing';

/** Where a target record sits relative to the actor: the actor's own scope, its district elsewhere, or another district. */
export type Ownership = 'own' | 'sameDistrict' | 'otherDistrict';
export const ownerships: readonly Ownership[] = ['own', 'sameDistrict', 'otherDistrict'];
export type Actor = Role | 'anonymous';
export const actors: readonly Actor[] = [
  'cityAdmin',
  'districtAdmin',
  'townOfficer',
  'gridMember',
  'enterpriseUser',
  'agencyUser',
  'anonymous',
];

type Headers = Record<string, string>;
export interface Place {
  districtId: string;
  townId: string;
  gridId: string;
}
export type Targets = Record<Ownership, string>;
/** A record the world made, with where it sits: what the list checks compare with each actor's scope. */
export interface KnownRow {
  id: string;
  place: Placement;
}

export interface World {
  stack: LocalStack;
  headers: Record<Actor, Headers>;
  /** Target ids per resource kind and ownership (from the point of view of the wujin actors). */
  enterprises: Targets;
  towns: Targets;
  grids: Targets;
  users: Targets;
  importTasks: Record<Actor, Targets>;
  exportTasks: Record<Actor, Targets>;
  /** Outbox messages: own and sameDistrict in 武进区, otherDistrict in 溧阳市. */
  messages: Targets;
  /** Placement used for new records: own = wujin town A / grid A, otherDistrict = liyang. */
  place: Record<Ownership, Place>;
  /** Each actor's account id and scope (anonymous: none). */
  actorIds: Record<Actor, string>;
  scope: Record<Actor, Placement>;
  /**
   * Every row the world made, per list: in and out of each actor's scope (another district, a sibling town,
   * grid and enterprise in the actors' own district, town and grid, an enterprise outside any grid, city-level
   * accounts, messages and audit entries).
   */
  rows: Record<ListKind, KnownRow[]>;
  // photos: one PENDING photo of each target enterprise, granted to the city admin
  photos: Targets;
  // labels: a label sheet by filter per actor (own), the 武进区 admin's and 溧阳市's admin's
  labelSheets: Record<Actor, Targets>;
  // risk-points: a class the city made; a point (and its code token) of each target enterprise
  riskClass: string;
  riskPoints: Targets;
  riskPointTokens: Targets;
  // dust-sites
  dustSites: Targets;
  // dust-cleanings: a queued cleaning of each target site; a verified dust photo of the enterprise user
  dustCleanings: Targets;
  dustPhoto: string;
  // scans: one scan of each target enterprise's point
  scans: Targets;
  // hazards: one hazard in each target enterprise
  hazards: Targets;
  // tasks: one town task in each target place
  tasks: Targets;
  /**
   * agencies (中介机构): own = the agency user's, registered in 武进区; sameDistrict = another registered in 武进区;
   * otherDistrict = one registered in and working only in 溧阳市.
   */
  agencies: Targets;
  /** agency import and export tasks: own = the actor's, sameDistrict = the 武进区 admin's, otherDistrict = 溧阳市's. */
  agencyImportTasks: Record<Actor, Targets>;
  agencyExportTasks: Record<Actor, Targets>;
  // patrols: one patrol of each target enterprise
  patrols: Targets;
  // campaigns: a sent campaign per ownership, and a second 武进区 one (the send cells' sameDistrict)
  campaigns: Targets;
  ownedSameCampaign: string;
  // zeroing: the city's campaign, its listed hazards and an import already made
  zeroing: ZeroingWorld;
  // grid-coverage: a finished bulk assignment in each target place
  gridAssignments: Targets;
}

/** A message enqueued straight through the outbox store (as a job would), in `districtId`; DEAD if asked. */
export async function enqueueMessage(districtId: string | undefined, dead = false): Promise<string> {
  const { enqueue } = await import('#functions/messages/store/outbox');
  const { message } = await import('#functions/messages/store/entities/message');
  const { message: item } = await enqueue(
    uniqueName('access#'),
    {
      template: 'campaignRemind',
      params: { campaign: '冬季消防安全', deadline: '2026-12-31' },
      recipient: { phone: '13800001234' },
      enqueuedBy: 'job:access',
      ...(districtId ? { districtId } : {}),
    },
    new Date(),
  );
  if (dead)
    await message
      .patch({ messageId: item.messageId })
      .set({ status: 'DEAD', attempts: 5, lastError: '短信网关返回 500' })
      .remove(['dueQueue', 'nextAttemptAt'])
      .go();
  return item.messageId;
}

let unique = 0;
export function uniqueName(prefix: string): string {
  unique += 1;
  return `${prefix}${Date.now() % 100000}-${unique}`;
}

export async function post(stack: LocalStack, headers: Headers, path: string, body: unknown) {
  const answer = await callApi(stack, path, { method: 'POST', headers, body: JSON.stringify(body) });
  if (answer.status >= 300)
    throw new Error(`setup POST ${path} failed: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body as { id: string; task?: { id: string } };
}

async function placeIn(stack: LocalStack, admin: Headers, districtId: string, label: string) {
  const town = await post(stack, admin, '/api/towns', { districtId, name: uniqueName(`${label}镇`) });
  const grid = await post(stack, admin, '/api/grids', { townId: town.id, name: uniqueName(`${label}网格`) });
  return { districtId, townId: town.id, gridId: grid.id };
}

/**
 * The access matrix's world, built through the API as the city admin: two towns of 武进区 (A holds the actors'
 * own town, grid and enterprise; B the same district's others) and one town of 溧阳市, with one enterprise,
 * grid and account in each, and one actor per role placed in 武进区 town A. So that a list leak has something to
 * leak, town A also holds a second grid (A2) with an enterprise, grid A a second enterprise, and town A an
 * enterprise outside any grid; a message and the city admin's account belong to no district.
 */
export async function buildWorld(stack: LocalStack): Promise<World> {
  const city = await signedIn(stack, { role: 'cityAdmin' });
  const own = await placeIn(stack, city.headers, 'wujin', '甲');
  const same = await placeIn(stack, city.headers, 'wujin', '乙');
  const other = await placeIn(stack, city.headers, 'liyang', '丙');
  const siblingGrid = {
    ...own,
    gridId: (
      await post(stack, city.headers, '/api/grids', { townId: own.townId, name: uniqueName('甲二网格') })
    ).id,
  };
  const enterprise = async (place: { districtId: string; townId: string; gridId: string | null }) =>
    // flagged 涉爆粉尘 so that each has a dust site (dust-sites)
    (await post(stack, city.headers, '/api/enterprises', { ...validEnterprise(place), flags: ['dust'] })).id;
  const enterprises = {
    own: await enterprise(own),
    sameDistrict: await enterprise(same),
    otherDistrict: await enterprise(other),
  };
  const moreEnterprises = [
    { id: await enterprise(own), place: own },
    { id: await enterprise(siblingGrid), place: siblingGrid },
    {
      id: await enterprise({ ...own, gridId: null }),
      place: { districtId: own.districtId, townId: own.townId },
    },
  ];
  const member = async (place: typeof own) =>
    (await signedIn(stack, { role: 'gridMember', ...place })).user.id;

  const agencies = await agenciesOf();
  const scope: Record<Actor, Placement> = {
    cityAdmin: {},
    districtAdmin: { districtId: 'wujin' },
    townOfficer: { districtId: 'wujin', townId: own.townId },
    gridMember: { ...own },
    enterpriseUser: { districtId: 'wujin', enterpriseId: enterprises.own },
    agencyUser: { agencyId: agencies.own },
    anonymous: {},
  };
  const accounts = {
    cityAdmin: city,
    districtAdmin: await signedIn(stack, { role: 'districtAdmin', ...scope.districtAdmin }),
    townOfficer: await signedIn(stack, { role: 'townOfficer', ...scope.townOfficer }),
    gridMember: await signedIn(stack, { role: 'gridMember', ...scope.gridMember }),
    enterpriseUser: await signedIn(stack, { role: 'enterpriseUser', ...scope.enterpriseUser }),
    agencyUser: await signedIn(stack, { role: 'agencyUser', ...scope.agencyUser }),
  };
  const headers: Record<Actor, Headers> = {
    cityAdmin: accounts.cityAdmin.headers,
    districtAdmin: accounts.districtAdmin.headers,
    townOfficer: accounts.townOfficer.headers,
    gridMember: accounts.gridMember.headers,
    enterpriseUser: accounts.enterpriseUser.headers,
    agencyUser: accounts.agencyUser.headers,
    anonymous: { 'content-type': 'application/json' },
  };
  const actorIds: Record<Actor, string> = {
    cityAdmin: accounts.cityAdmin.user.id,
    districtAdmin: accounts.districtAdmin.user.id,
    townOfficer: accounts.townOfficer.user.id,
    gridMember: accounts.gridMember.user.id,
    enterpriseUser: accounts.enterpriseUser.user.id,
    agencyUser: accounts.agencyUser.user.id,
    anonymous: '',
  };
  const liyangAdmin = await signedIn(stack, { role: 'districtAdmin', districtId: 'liyang' });
  const importBody = { fileName: 'qiye.xlsx', format: 'xlsx', size: 1024 };
  const importBy = async (by: Headers) =>
    (await post(stack, by, '/api/enterprise-imports', importBody)).task?.id ?? '';
  const exportBy = async (by: Headers) =>
    (await post(stack, by, '/api/enterprise-exports', { filter: {} })).id;
  const tasksFor = async (create: (by: Headers) => Promise<string>, roles: readonly Actor[]) => {
    const sameDistrict = await create(headers.districtAdmin);
    const otherDistrict = await create(liyangAdmin.headers);
    const byActor = {} as Record<Actor, Targets>;
    for (const actor of actors) {
      const ownTask = roles.includes(actor) ? await create(headers[actor]) : sameDistrict;
      byActor[actor] = { own: ownTask, sameDistrict, otherDistrict };
    }
    return byActor;
  };
  const users = {
    own: await member(own),
    sameDistrict: await member(same),
    otherDistrict: await member(other),
  };
  const messages = {
    own: await enqueueMessage('wujin'),
    sameDistrict: await enqueueMessage('wujin'),
    otherDistrict: await enqueueMessage('liyang'),
  };
  const cityMessage = await enqueueMessage(undefined);
  const importTasks = await tasksFor(importBy, ['cityAdmin', 'districtAdmin']);
  const exportTasks = await tasksFor(exportBy, ['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember']);

  const places = { own, sameDistrict: same, otherDistrict: other };
  const each = <T>(targets: Targets, place: (ownership: Ownership) => T) =>
    ownerships.map((ownership) => ({ id: targets[ownership], place: place(ownership) }));
  const reader = auditTableReader(stack);
  const auditRows = (await reader.entries()).map((entry) => ({
    id: entry.entryId,
    place: { districtId: entry.districtId },
  }));
  reader.close();
  const riskPointWorld = await riskPointsOf(
    stack,
    city.headers,
    enterprises,
    moreEnterprises.map(({ id, place }) => ({ id, place: { ...place, enterpriseId: id } })),
  );
  const scanWorld = await scansOf(
    stack,
    riskPointWorld.riskClass,
    riskPointWorld.riskPointTokens,
    enterprises,
    places,
  );
  const hazardWorld = await hazardsOf(places, enterprises, moreEnterprises);
  const taskWorld = await tasksOf(places, enterprises);
  const dustSiteWorld = await dustSitesOf(
    stack,
    city.headers,
    enterprises,
    moreEnterprises.map(({ id, place }) => ({ id, place: { ...place, enterpriseId: id } })),
  );
  const dustCleaningWorld = await dustCleaningsOf(
    stack,
    city.headers,
    headers.enterpriseUser,
    dustSiteWorld.dustSites,
    dustSiteWorld.dustSiteRows,
  );
  await metricsOf(stack); // metrics: the overdue snapshot of the world's points
  const patrolWorld = await patrolsOf(places, enterprises, moreEnterprises);
  const campaignWorld = await campaignsOf(stack, headers, liyangAdmin.headers);
  const zeroingWorld = await zeroingOf(stack, city.headers, places, enterprises, moreEnterprises);
  // patrol-insights: town A's repeated findings (the own enterprise's and the sibling grid's)
  const repeatedFindingRows = await repeatedFindingsOf(stack, [
    { place: own, enterpriseId: enterprises.own },
    { place: siblingGrid, enterpriseId: moreEnterprises[1]?.id as string },
  ]);
  // grid-coverage: outside enterprises in town B and 溧阳市 (the world's own is town A's), an assignment per place
  const gridCoverageWorld = await gridCoverageOf(stack, city.headers, places, {
    id: moreEnterprises[2]?.id as string,
    place: { districtId: own.districtId, townId: own.townId, enterpriseId: moreEnterprises[2]?.id as string },
  });
  const rows: Record<ListKind, KnownRow[]> = {
    district: [
      { id: 'wujin', place: { districtId: 'wujin' } },
      { id: 'liyang', place: { districtId: 'liyang' } },
    ],
    town: ownerships.map((o) => ({
      id: places[o].townId,
      place: { districtId: places[o].districtId, townId: places[o].townId },
    })),
    grid: [
      ...ownerships.map((o) => ({ id: places[o].gridId, place: places[o] })),
      { id: siblingGrid.gridId, place: siblingGrid },
    ],
    enterprise: [
      ...each(enterprises, (o) => ({ ...places[o], enterpriseId: enterprises[o] })),
      ...moreEnterprises.map(({ id, place }) => ({ id, place: { ...place, enterpriseId: id } })),
    ],
    user: [
      ...(Object.keys(accounts) as (keyof typeof accounts)[]).map((a) => ({
        id: actorIds[a],
        place: { ...scope[a], role: a },
      })),
      ...each(users, (o) => ({ ...places[o], role: 'gridMember' as const })),
      { id: liyangAdmin.user.id, place: { districtId: 'liyang', role: 'districtAdmin' as const } },
    ],
    message: [
      ...each(messages, (o) => ({ districtId: places[o].districtId })),
      { id: cityMessage, place: {} },
    ],
    audit: auditRows,
    // risk-points
    riskClass: [],
    riskPoint: [
      ...each(riskPointWorld.riskPoints, (o) => ({ ...places[o], enterpriseId: enterprises[o] })),
      ...riskPointWorld.riskPointRows,
    ],
    // scans
    scan: scanWorld.rows,
    // hazards
    hazard: hazardWorld.rows,
    // tasks
    task: taskWorld.rows,
    // dust-sites
    dustSite: [
      ...each(dustSiteWorld.dustSites, (o) => ({ ...places[o], enterpriseId: enterprises[o] })),
      ...dustSiteWorld.dustSiteRows,
    ],
    // dust-cleanings
    dustCleaning: [
      ...each(dustCleaningWorld.dustCleanings, (o) => ({ ...places[o], enterpriseId: enterprises[o] })),
      ...dustCleaningWorld.dustCleaningRows,
    ],
    // agencies: the world's three; rules, notices, deductions and appeals are made per cell (placed by their fields)
    agency: agencyRows(agencies),
    agencyRule: [],
    agencyNotice: [],
    agencyDeduction: [],
    agencyAppeal: [],
    // zeroing
    ...zeroingWorld.zeroingRows,
    // patrols
    patrol: [
      ...each(patrolWorld.patrols, (o) => ({ ...places[o], enterpriseId: enterprises[o] })),
      ...patrolWorld.patrolRows,
    ],
    patrolPlan: [
      { id: 'wujin', place: { districtId: 'wujin' } },
      { id: 'liyang', place: { districtId: 'liyang' } },
    ],
    // patrol-insights
    repeatedFinding: repeatedFindingRows,
    // campaigns: the world's; targets are placed by their fields
    campaign: campaignWorld.campaignRows,
    campaignTarget: [],
    // grid-coverage
    outsideEnterprise: gridCoverageWorld.outsideRows,
  };

  return {
    stack,
    headers,
    enterprises,
    towns: { own: own.townId, sameDistrict: same.townId, otherDistrict: other.townId },
    grids: { own: own.gridId, sameDistrict: same.gridId, otherDistrict: other.gridId },
    users,
    importTasks,
    exportTasks,
    messages,
    place: places,
    actorIds,
    scope,
    rows,
    // photos
    photos: await photosOf(stack, city.headers, enterprises),
    // labels
    labelSheets: await tasksFor(
      async (by) => (await post(stack, by, '/api/label-sheets', { filter: {} })).id,
      ['cityAdmin', 'districtAdmin', 'townOfficer', 'gridMember', 'enterpriseUser'],
    ),
    // risk-points
    riskClass: riskPointWorld.riskClass,
    riskPoints: riskPointWorld.riskPoints,
    riskPointTokens: riskPointWorld.riskPointTokens,
    // scans
    scans: scanWorld.scans,
    // hazards
    hazards: hazardWorld.hazards,
    // tasks
    tasks: taskWorld.tasks,
    // dust-sites
    dustSites: dustSiteWorld.dustSites,
    // dust-cleanings
    dustCleanings: dustCleaningWorld.dustCleanings,
    dustPhoto: dustCleaningWorld.dustPhoto,
    // agencies
    agencies,
    agencyImportTasks: await tasksFor(
      async (by) => (await post(stack, by, '/api/agency-imports', importBody)).task?.id ?? '',
      ['cityAdmin', 'districtAdmin'],
    ),
    agencyExportTasks: await tasksFor(
      async (by) => (await post(stack, by, '/api/agency-exports', { filter: {} })).id,
      ['cityAdmin', 'districtAdmin'],
    ),
    // patrols
    patrols: patrolWorld.patrols,
    // campaigns
    campaigns: campaignWorld.campaigns,
    ownedSameCampaign: campaignWorld.ownedSameCampaign,
    // zeroing
    zeroing: zeroingWorld,
    // grid-coverage
    gridAssignments: gridCoverageWorld.gridAssignments,
  };
}

/** photos: one upload granted per enterprise (PENDING: the matrix reads its state, the worker is tested elsewhere). */
async function photosOf(stack: LocalStack, by: Headers, enterprises: Targets): Promise<Targets> {
  const grant = async (enterpriseId: string) => {
    const body = { kind: 'scan', contentType: 'image/jpeg', enterpriseId };
    return ((await post(stack, by, '/api/uploads', body)) as { photoId?: string }).photoId ?? '';
  };
  return {
    own: await grant(enterprises.own),
    sameDistrict: await grant(enterprises.sameDistrict),
    otherDistrict: await grant(enterprises.otherDistrict),
  };
}

/** agencies: three agencies written straight through the store (the agencies routes are tested in their own cells). */
async function agenciesOf(): Promise<Targets> {
  const { putAgencyForSeed } = await import('#functions/agencies/index');
  const at = new Date().toISOString();
  const make = async (districtId: string, label: string) => {
    const agencyId = uniqueName('agency-');
    await putAgencyForSeed({
      agencyId,
      name: uniqueName(`${label}安全评价有限公司`),
      creditCode: freshCreditCode(),
      type: 'assessment',
      districtId,
      workDistrictIds: [districtId],
      certificateNo: uniqueName('APJ-'),
      certificateExpiry: '2030-12-31',
      contactName: '联系人',
      contactPhone: '13900000000',
      status: 'registered',
      createdAt: at,
      updatedAt: at,
    });
    return agencyId;
  };
  return {
    own: await make('wujin', '甲'),
    sameDistrict: await make('wujin', '乙'),
    otherDistrict: await make('liyang', '丙'),
  };
}

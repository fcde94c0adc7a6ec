import { authenticate } from '#functions/identity/index';
import { orgManifest } from '#functions/org/manifest';
import { createGrid, deleteGrid, getGrid, renameGrid } from '#functions/org/store/grids';
import { listGrids, listTowns } from '#functions/org/store/lists';
import { createTown, deleteTown, getTown, renameTown } from '#functions/org/store/towns';
import { appendAuditEntry } from '#functions/platform/audit/append';
import { districts } from '#functions/platform/districts';
import { httpGroup } from '#functions/platform/http/group';
import { created, noContent, ok, page, written } from '#functions/platform/respond';

export const handler = httpGroup(
  orgManifest.routes,
  'org',
  {
    // The 7 districts are fixed administrative geography: every supervisor reads all of them (names for display).
    'GET /api/districts': async () => page([...districts], null),
    'GET /api/towns': async ({ principal, query: { limit, cursor, ...filter } }) => {
      const { data, nextCursor } = await listTowns(principal, filter, { limit, cursor });
      return page(data, nextCursor);
    },
    'POST /api/towns': async ({ principal, body, now }) => {
      const { town, audit } = await createTown(principal, body, now);
      return created(town, audit);
    },
    'GET /api/towns/{id}': async ({ principal, params }) => ok(await getTown(principal, params.id)),
    'PUT /api/towns/{id}': async ({ principal, params, body, now }) => {
      const { town, audit } = await renameTown(principal, params.id, body.name, now);
      return written(town, audit);
    },
    'DELETE /api/towns/{id}': async ({ principal, params }) =>
      noContent(await deleteTown(principal, params.id)),
    'GET /api/grids': async ({ principal, query: { limit, cursor, ...filter } }) => {
      const { data, nextCursor } = await listGrids(principal, filter, { limit, cursor });
      return page(data, nextCursor);
    },
    'POST /api/grids': async ({ principal, body, now }) => {
      const { grid, audit } = await createGrid(principal, body, now);
      return created(grid, audit);
    },
    'GET /api/grids/{id}': async ({ principal, params }) => ok(await getGrid(principal, params.id)),
    'PUT /api/grids/{id}': async ({ principal, params, body, now }) => {
      const { grid, audit } = await renameGrid(principal, params.id, body.name, now);
      return written(grid, audit);
    },
    'DELETE /api/grids/{id}': async ({ principal, params }) =>
      noContent(await deleteGrid(principal, params.id)),
  },
  { authenticate: authenticate(), appendAudit: appendAuditEntry },
);

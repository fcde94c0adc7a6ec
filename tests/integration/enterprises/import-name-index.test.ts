import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '#infra/local/scheduler';
import { importFile, makeSheetRow, postForm } from '#tests/fixtures/enterprise-sheets';
import { city, readAll, send, stack } from '#tests/integration/enterprises/support';
import {
  enterprisesOfTown,
  startTransfersStack,
  stopTransfersStack,
  taskOf,
  wujin,
  xlsx,
} from '#tests/integration/enterprises/transfers-support';

beforeAll(startTransfersStack);
afterAll(stopTransfersStack);

const search = async (q: string) =>
  (await readAll(`/api/enterprises?limit=100&q=${encodeURIComponent(q)}`, city))
    .flat()
    .map((row) => row.id)
    .sort();

const repairJob = (day: string) => {
  const binding = stack.bindings.jobs.find((candidate) => candidate.name === 'enterprise-name-index');
  if (!binding) throw new Error('enterprise-name-index job missing from the manifest');
  return runJob(binding, new Date(`${day}T03:30:00+08:00`));
};

/**
 * An import task whose upload the bus sees as a duplicate delivery, so that the test runs the import itself
 * (with seams): the task is claimed with the upload's eTag (s3rver: the MD5 of a single-part object) first.
 */
async function claimedImport(file: { name: string; bytes: Uint8Array }) {
  const started = await send('POST', '/api/enterprise-imports', city, {
    fileName: file.name,
    format: 'xlsx',
    size: file.bytes.length,
  });
  expect(started.status).toBe(201);
  const { task, upload } = started.body as {
    task: { id: string };
    upload: { url: string; fields: Record<string, string> };
  };
  const { claimTransferTask } = await import('#functions/enterprises/store/transfer-runs');
  const eTag = createHash('md5').update(file.bytes).digest('hex');
  const claim = await claimTransferTask('import', task.id, upload.fields.key ?? '', eTag, new Date());
  if (!('run' in claim)) throw new Error(`setup failed: the task could not be claimed (${claim.skip})`);
  await postForm(upload, file.bytes);
  await stack.whenIdle();
  return { taskId: task.id, claim };
}

describe('the import’s name-index phase', () => {
  it('makes new enterprises searchable by name once the import is done, with the phase’s progress on the task', async () => {
    // Prepare
    const rows = ['云湖精工机械有限公司', '云湖精工模具有限公司'].map((name) =>
      makeSheetRow(wujin, { 企业名称: name }),
    );

    // Act
    const { taskId } = await importFile(stack, city, xlsx(rows));

    // Assess
    expect(await taskOf(taskId)).toMatchObject({
      status: 'DONE',
      created: 2,
      indexed: 2,
      indexTotal: 2,
      indexStatus: 'DONE',
    });
    const written = (await enterprisesOfTown(wujin.townId)).filter((e) => e.name.startsWith('云湖精工'));
    expect(await search('云湖精工')).toEqual(written.map((e) => e.id).sort());
    expect(written).toHaveLength(2);
  });

  it('leaves new enterprises out of the name search when the phase fails, until the nightly job completes their tokens', async () => {
    // Prepare
    const rows = ['夜补索引机械有限公司', '夜补索引纺织有限公司', '夜补索引化工有限公司'].map((name) =>
      makeSheetRow(wujin, { 企业名称: name }),
    );
    const { taskId, claim } = await claimedImport(xlsx(rows));
    const { runImport } = await import('#functions/enterprises/events/import-run');

    // Act: the phase dies before its first chunk, after the task is DONE
    const result = await runImport(claim.run, claim.task, () => new Date(), {
      beforeIndexChunk: () => {
        throw new Error('worker stopped');
      },
    });
    const task = await taskOf(taskId);
    const listed = (await enterprisesOfTown(wujin.townId)).filter((e) => e.name.startsWith('夜补索引'));
    const before = await search('夜补索引');
    await repairJob('2026-03-11');
    const after = await search('夜补索引');

    // Assess
    expect(result).toMatchObject({ created: 3, indexFailed: expect.stringContaining('worker stopped') });
    expect(task).toMatchObject({
      status: 'DONE',
      created: 3,
      indexed: 0,
      indexTotal: 3,
      indexStatus: 'DEFERRED',
    });
    expect(listed.map((e) => e.name).sort()).toEqual(rows.map((row) => row.企业名称).sort());
    expect(before).toEqual([]);
    expect(after).toEqual(listed.map((e) => e.id).sort());
    expect(await search('夜补索引纺织')).toEqual(
      listed.filter((e) => e.name.includes('纺织')).map((e) => e.id),
    );
  });
});

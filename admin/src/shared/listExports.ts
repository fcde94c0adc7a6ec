import type { RaRecord } from 'react-admin';
import { districtName } from '#functions/platform/districts';
import type { Role } from '#functions/platform/manifest-types';
import { auditZh } from '../audit/i18n.zh';
import { roleLabels } from '../auth/roles';
import { messagesZh } from '../messages/i18n.zh';
import { beijingDateTime } from './beijingTime';
import { xlsxExporter } from './xlsxExporter';

const district = (record: RaRecord) => districtName(String(record.districtId ?? '')) ?? '';
const time = (value: unknown) => (typeof value === 'string' ? beijingDateTime(value) : '');
/** A code's Chinese name from the console's messages (the file is Chinese, whatever the console's language). */
const named = (names: Readonly<Record<string, string>>) => (code: unknown) =>
  names[String(code)] ?? (code as string | undefined);
const actionName = named(auditZh.app.audit.action);
const entityName = named(auditZh.app.audit.entity);
const templateName = named(messagesZh.app.message.template);
const statusName = named(messagesZh.app.message.status);
const townName = (record: RaRecord, related: Record<string, Record<string, RaRecord>>) =>
  String(related.towns?.[String(record.townId)]?.name ?? '');

/** The XLSX exports of the supervisor lists; enterprises export server-side (all 33k rows) instead. */
export const townExporter = xlsxExporter('镇（街道）', [
  { header: '名称', value: (r) => r.name },
  { header: '辖市（区）', value: district },
  { header: '更新时间', value: (r) => time(r.updatedAt) },
]);

export const gridExporter = xlsxExporter('网格', [
  { header: '名称', value: (r) => r.name },
  { header: '镇（街道）', value: townName, related: { field: 'townId', resource: 'towns' } },
  { header: '辖市（区）', value: district },
  { header: '更新时间', value: (r) => time(r.updatedAt) },
]);

export const userExporter = xlsxExporter('用户', [
  { header: '用户名', value: (r) => r.username },
  { header: '姓名', value: (r) => r.name },
  { header: '角色', value: (r) => roleLabels[r.role as Role] ?? r.role },
  { header: '辖市（区）', value: district },
  { header: '手机（脱敏）', value: (r) => r.phone },
  { header: '状态', value: (r) => (r.disabled ? '停用' : '正常') },
  { header: '创建时间', value: (r) => time(r.createdAt) },
]);

export const auditExporter = xlsxExporter('操作日志', [
  { header: '时间', value: (r) => time(r.at) },
  { header: '操作人', value: (r) => r.actorName },
  { header: '角色', value: (r) => roleLabels[r.role as Role] ?? r.role },
  { header: '辖市（区）', value: district },
  { header: '操作', value: (r) => actionName(r.action) },
  { header: '对象', value: (r) => entityName(r.entity) },
  { header: '对象编号', value: (r) => r.entityId },
  { header: '摘要', value: (r) => r.summary },
]);

export const messageExporter = xlsxExporter('消息', [
  { header: '时间', value: (r) => time(r.createdAt) },
  { header: '收件人', value: (r) => r.recipient?.name },
  { header: '手机（脱敏）', value: (r) => r.recipient?.phone },
  { header: '模板', value: (r) => templateName(r.template) },
  { header: '内容', value: (r) => r.text },
  { header: '条数', value: (r) => r.segments },
  { header: '状态', value: (r) => statusName(r.status) },
  { header: '尝试次数', value: (r) => r.attempts },
]);

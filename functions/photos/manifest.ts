import { photoSchema, uploadRequestSchema, uploadTicketSchema } from '#functions/photos/schemas';
import { capability, route } from '#functions/platform/manifest-types';
import { everyone } from '#functions/platform/roles';
import { idParamsSchema } from '#functions/platform/schemas/pagination';

/** Route groups (one Lambda each), routes, jobs and events of the photos capability. */
export const photosManifest = capability({
  groups: {
    photos: {
      description: '照片上传与查看',
      handler: 'photos/handler',
      grants: { tables: { main: 'readWrite', keys: 'read' }, buckets: { photos: 'readWrite' } },
    },
  },
  routes: [
    route({
      method: 'POST',
      path: '/api/uploads',
      group: 'photos',
      access: everyone,
      summary: '申请上传一张照片（返回预签名 POST 表单与待校验的照片编号）',
      body: uploadRequestSchema,
      response: uploadTicketSchema,
      status: 201,
    }),
    route({
      method: 'GET',
      path: '/api/photos/{id}',
      group: 'photos',
      access: everyone,
      summary: '照片状态与短时查看链接',
      params: idParamsSchema,
      response: photoSchema,
    }),
  ],
  jobs: [],
  events: [
    {
      name: 'upload-check',
      description:
        '上传照片校验：键须对应本人待上传的照片，类型、大小与文件头相符后记录 SHA-256 与拍摄时间，否则删除',
      bucket: 'photos',
      prefix: '',
      handler: 'photos/events/upload-check',
      grants: { tables: { main: 'readWrite' }, buckets: { photos: 'readWrite' } },
    },
  ],
});

import { capability } from '#functions/platform/manifest-types';

/** Route groups (one Lambda each), routes, jobs and events of the photos capability. */
export const photosManifest = capability({
  groups: {},
  routes: [],
  jobs: [],
  events: [
    {
      name: 'upload-check',
      description: '上传对象检查：大小、类型与文件头不符的对象被删除',
      bucket: 'photos',
      prefix: '',
      handler: 'photos/events/upload-check',
      grants: { buckets: { photos: 'readWrite' } },
    },
  ],
});

/** Why the worker rejected an object, stable for machines; `rejectionMessages` says it to people. */
export const rejectionReasons = [
  'empty',
  'too-large',
  'not-an-image',
  'not-a-pdf',
  'type-mismatch',
  'no-pending-photo',
  'uploader-mismatch',
  'replaced',
] as const;
export type RejectionReason = (typeof rejectionReasons)[number];

export const rejectionMessages: Readonly<Record<RejectionReason, string>> = {
  empty: '文件为空',
  'too-large': '文件超过 10 MB',
  'not-an-image': '文件不是 JPEG、PNG 或 WebP 图片',
  'not-a-pdf': '文件不是 PDF 文档',
  'type-mismatch': '文件内容与声明的图片类型不符',
  'no-pending-photo': '没有与此存储位置对应的待上传照片',
  'uploader-mismatch': '上传者与申请上传的账号不符',
  replaced: '已校验的照片被再次上传覆盖',
};

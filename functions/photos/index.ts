/** What other capabilities may use of photos: telling an image's real type from its first bytes. */
export { type ImageType, judgeUpload, sniffImageType } from '#functions/photos/domain/image-type';

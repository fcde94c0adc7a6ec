import { compressionPlan, type ImageFacts, smallerUpload, uploadRefusal } from './compression';
import { exifSegment, uprightExif, withExif } from './exif';

/** APP1 is at most 64 KB and comes before the image data; APP0 and the like may precede it. */
const METADATA_BYTES = 256 * 1024;

export class PhotoError extends Error {
  override name = 'PhotoError';
}

async function encode(bitmap: ImageBitmap, width: number, height: number, quality: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new PhotoError('手机浏览器无法处理照片，请更换浏览器后重试');
  context.drawImage(bitmap, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
  if (!blob) throw new PhotoError('照片压缩失败，请重新拍摄');
  return blob;
}

/**
 * A photo as it goes up: at most MAX_SIDE on its longest side, JPEG, with the camera's EXIF (capture time)
 * carried over. The browser draws the pixels upright (EXIF orientation applied), so the copy says upright too.
 */
export async function compressPhoto(file: Blob): Promise<Blob> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PhotoError('无法读取这张照片，请重新拍摄或换一张');
  }
  const facts: ImageFacts = { width: bitmap.width, height: bitmap.height, type: file.type, size: file.size };
  const plan = compressionPlan(facts);
  if (plan.action === 'keep') {
    bitmap.close();
    return file;
  }
  const encoded = await encode(bitmap, plan.width, plan.height, plan.quality);
  bitmap.close();
  if (smallerUpload(facts, encoded.size) === 'original') return file;
  const segment =
    file.type === 'image/jpeg'
      ? exifSegment(new Uint8Array(await file.slice(0, METADATA_BYTES).arrayBuffer()))
      : undefined;
  const bytes = withExif(new Uint8Array(await encoded.arrayBuffer()), segment && uprightExif(segment));
  const result = new Blob([bytes as BlobPart], { type: 'image/jpeg' });
  const refusal = uploadRefusal(result.type, result.size);
  if (refusal) throw new PhotoError(refusal);
  return result;
}

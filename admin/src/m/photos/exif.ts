/**
 * The EXIF block of a JPEG, carried over to the re-encoded photo: a canvas writes no metadata, and the server
 * reads the capture time from EXIF (photos flagged `suspect` when it is far from the upload).
 * A JPEG is SOI (FF D8), then segments `FF <marker> <length: 2 bytes, big-endian, counting itself>` up to the
 * image data (SOS, FF DA); EXIF is the APP1 (FF E1) segment whose payload starts with `Exif\0\0`.
 */
const EXIF_HEADER = [0x45, 0x78, 0x69, 0x66, 0x00, 0x00];
const ORIENTATION_TAG = 0x0112;

function isJpeg(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0xd8;
}

/** The whole APP1 EXIF segment (marker included), or undefined when the JPEG has none. */
export function exifSegment(bytes: Uint8Array): Uint8Array | undefined {
  if (!isJpeg(bytes)) return undefined;
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1] as number;
    if (marker === 0xda || marker === 0xd9) return undefined; // image data: no metadata after it
    const end = offset + 2 + (((bytes[offset + 2] as number) << 8) | (bytes[offset + 3] as number));
    if (end > bytes.length) return undefined;
    const header = bytes.subarray(offset + 4, offset + 10);
    if (marker === 0xe1 && EXIF_HEADER.every((byte, index) => header[index] === byte))
      return bytes.slice(offset, end);
    offset = end;
  }
  return undefined;
}

/**
 * A copy of the segment whose IFD0 orientation says "upright" (1): the browser drew the pixels already turned
 * by the original orientation, so keeping it would turn the photo a second time in every viewer.
 */
export function uprightExif(segment: Uint8Array): Uint8Array {
  const copy = segment.slice();
  const view = new DataView(copy.buffer, copy.byteOffset, copy.byteLength);
  const tiff = 10; // FF E1, length (2), "Exif\0\0"
  if (copy.length < tiff + 8) return copy;
  const little = view.getUint16(tiff) === 0x4949; // "II" (Intel) or "MM" (Motorola)
  const ifd0 = tiff + view.getUint32(tiff + 4, little);
  if (ifd0 + 2 > copy.length) return copy;
  const entries = view.getUint16(ifd0, little);
  for (let index = 0; index < entries; index++) {
    const entry = ifd0 + 2 + index * 12;
    if (entry + 12 > copy.length) break;
    if (view.getUint16(entry, little) === ORIENTATION_TAG) view.setUint16(entry + 8, 1, little);
  }
  return copy;
}

/** The JPEG with `segment` right after SOI, where EXIF readers look for it; anything else is left as it is. */
export function withExif(jpeg: Uint8Array, segment: Uint8Array | undefined): Uint8Array {
  if (!segment || !isJpeg(jpeg) || exifSegment(jpeg)) return jpeg;
  const joined = new Uint8Array(jpeg.length + segment.length);
  joined.set(jpeg.subarray(0, 2), 0);
  joined.set(segment, 2);
  joined.set(jpeg.subarray(2), 2 + segment.length);
  return joined;
}

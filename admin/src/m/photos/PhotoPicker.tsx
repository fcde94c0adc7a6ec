import { type ChangeEvent, useEffect, useState } from 'react';
import { compressPhoto } from './compress';

export interface PickedPhoto {
  readonly localId: string;
  readonly blob: Blob;
}

const Thumb = ({ photo, onRemove }: { photo: PickedPhoto; onRemove: () => void }) => {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    const next = URL.createObjectURL(photo.blob);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [photo.blob]);
  return (
    <li className="thumb">
      {url ? <img src={url} alt="已拍照片" /> : null}
      <button type="button" className="thumb-remove" onClick={onRemove} aria-label="删除这张照片">
        ×
      </button>
    </li>
  );
};

/** The camera (`capture="environment"`: the back camera), each photo compressed on the phone before it waits. */
export const PhotoPicker = ({
  photos,
  onChange,
  label = '拍照',
  required = false,
}: {
  photos: readonly PickedPhoto[];
  onChange: (photos: PickedPhoto[]) => void;
  label?: string;
  required?: boolean;
}) => {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = ''; // the same photo may be chosen again after removing it
    setBusy(true);
    setError(null);
    const added: PickedPhoto[] = [];
    for (const file of files) {
      try {
        added.push({
          localId: `${Date.now()}-${added.length}-${file.size}`,
          blob: await compressPhoto(file),
        });
      } catch (failure) {
        setError((failure as Error).message);
      }
    }
    onChange([...photos, ...added]);
    setBusy(false);
  };

  return (
    <div className="photos">
      <ul className="thumbs">
        {photos.map((photo) => (
          <Thumb
            key={photo.localId}
            photo={photo}
            onRemove={() => onChange(photos.filter((each) => each !== photo))}
          />
        ))}
      </ul>
      <label className="button secondary camera">
        {busy ? '正在压缩照片…' : `📷 ${label}${required ? '（必填）' : ''}`}
        <input
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          onChange={pick}
          disabled={busy}
          data-testid="photo-input"
          className="visually-hidden"
        />
      </label>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
};

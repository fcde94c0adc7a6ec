import { useState } from 'react';
import type { DustCleaningCreate } from '#functions/dust-cleanings/schemas';
import type { DustSiteCard } from '#functions/dust-sites/schemas';
import { newUlid } from '../api/ulid';
import type { OutboxEntry, PhotoProgress, SendOutcome } from '../outbox/outbox';
import { submit } from '../outbox/runner';
import { SendProgress } from '../outbox/SendProgress';
import { PhotoPicker, type PickedPhoto } from '../photos/PhotoPicker';
import { SubmitOutcome } from '../scan/SubmitOutcome';

/** The outbox entry of one day's upload: its id is the clientId, so a retry from the outbox is the same upload. */
export function dustEntry(site: DustSiteCard, token: string, photos: readonly PickedPhoto[]): OutboxEntry {
  const clientId = newUlid();
  const body: Omit<DustCleaningCreate, 'photoIds'> = { token, clientId };
  return {
    id: clientId,
    kind: 'dust',
    title: `${site.name}（${site.location}）清扫照片`,
    path: '/dust-cleanings',
    body,
    enterpriseId: site.enterpriseId,
    photos: photos.map((photo) => ({ localId: photo.localId, kind: 'dust', blob: photo.blob })),
    createdAt: new Date().toISOString(),
    attempts: 0,
  };
}

/** Today's cleaning photos: taken, compressed, kept in the outbox first, then sent (as a scan is). */
export const DustForm = ({
  site,
  token,
  onSent,
}: {
  site: DustSiteCard;
  token: string;
  onSent: () => void;
}) => {
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [progress, setProgress] = useState<PhotoProgress | null>(null);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);

  if (outcome)
    return (
      <>
        <SubmitOutcome outcome={outcome} what="清扫照片" />
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            setPhotos([]);
            setOutcome(null);
          }}
          data-testid="dust-again"
        >
          继续上传
        </button>
      </>
    );

  const send = async () => {
    setSending(true);
    const sent = await submit(dustEntry(site, token, photos), setProgress);
    setSending(false);
    setOutcome(sent);
    if (sent.state === 'sent') onSent();
  };

  return (
    <>
      <section className="card">
        <h2>清扫照片</h2>
        <p className="hint">请拍摄清扫后的地面、设备和除尘器周边，可拍多张。</p>
        <PhotoPicker photos={photos} onChange={setPhotos} required />
      </section>
      <div className="submit-bar">
        {photos.length === 0 ? (
          <p className="hint" data-testid="dust-missing">
            请至少拍摄 1 张清扫照片
          </p>
        ) : null}
        <SendProgress progress={sending ? progress : null} />
        <button
          type="button"
          className="button primary"
          disabled={sending || photos.length === 0}
          onClick={send}
          data-testid="dust-submit"
        >
          {sending ? '上传中…' : `上报今日清扫（${photos.length} 张）`}
        </button>
      </div>
    </>
  );
};

import { useState } from 'react';
import { newUlid } from '../api/ulid';
import type { OutboxEntry, PhotoProgress, SendOutcome } from '../outbox/outbox';
import { submit } from '../outbox/runner';
import { SendProgress } from '../outbox/SendProgress';
import { PhotoPicker, type PickedPhoto } from '../photos/PhotoPicker';
import { SubmitOutcome } from '../scan/SubmitOutcome';

/** POST /api/hazards/{id}/rectification: what was done and at least one photo of the result. */
export const RectifyForm = ({
  hazardId,
  enterpriseId,
  title,
}: {
  hazardId: string;
  enterpriseId: string;
  title: string;
}) => {
  const [description, setDescription] = useState('');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [progress, setProgress] = useState<PhotoProgress | null>(null);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  if (outcome) return <SubmitOutcome outcome={outcome} what="整改情况" />;
  const missing = !description.trim()
    ? '请填写整改措施'
    : photos.length === 0
      ? '请拍摄至少 1 张整改后照片'
      : null;

  const send = async () => {
    const entry: OutboxEntry = {
      id: newUlid(),
      kind: 'rectification',
      title: `${title} 整改`,
      path: `/hazards/${encodeURIComponent(hazardId)}/rectification`,
      body: { description: description.trim() },
      enterpriseId,
      photos: photos.map((photo) => ({ localId: photo.localId, kind: 'rectification', blob: photo.blob })),
      createdAt: new Date().toISOString(),
      attempts: 0,
    };
    setSending(true);
    setOutcome(await submit(entry, setProgress));
    setSending(false);
  };

  return (
    <section className="card form" data-testid="rectify-form">
      <h2>提交整改</h2>
      <label>
        整改措施
        <textarea
          name="rectification"
          rows={3}
          maxLength={500}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          placeholder="例如：已更换泄爆片并建立检查台账"
        />
      </label>
      <PhotoPicker photos={photos} onChange={setPhotos} label="拍摄整改后照片" required />
      {missing ? <p className="hint">{missing}</p> : null}
      <SendProgress progress={sending ? progress : null} />
      <button
        type="button"
        className="button primary"
        disabled={sending || missing !== null}
        onClick={send}
        data-testid="rectify-submit"
      >
        {sending ? '提交中…' : '提交整改'}
      </button>
    </section>
  );
};

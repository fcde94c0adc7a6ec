import { useState } from 'react';
import type { MyCampaign } from '#functions/campaigns/schemas';
import { newUlid } from '../api/ulid';
import type { OutboxEntry, PhotoProgress, SendOutcome } from '../outbox/outbox';
import { submit } from '../outbox/runner';
import { SendProgress } from '../outbox/SendProgress';
import { PhotoPicker, type PickedPhoto } from '../photos/PhotoPicker';
import { Segmented } from '../Segmented';
import { SubmitOutcome } from '../scan/SubmitOutcome';
import { type Choices, failCount, missingCount, type Notes, resultOptions, sheetBody } from './sheet';

/**
 * The checklist, one item per card: 符合 / 不符合 / 不涉及 each, a note where it fails, and photos of the
 * sheet (they go with the hazards the 不符合 items make). Sent through the outbox (kept on the phone offline).
 */
export const AnswerSheet = ({ campaign }: { campaign: MyCampaign }) => {
  const itemIds = campaign.items.map((item) => item.itemId);
  const [choices, setChoices] = useState<Choices>({});
  const [notes, setNotes] = useState<Notes>({});
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [progress, setProgress] = useState<PhotoProgress | null>(null);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  if (outcome) return <SubmitOutcome outcome={outcome} what="自查清单" />;
  const missing = missingCount(itemIds, choices);
  const fails = failCount(choices);

  const send = async () => {
    const entry: OutboxEntry = {
      id: newUlid(),
      kind: 'campaign',
      title: campaign.title,
      path: `/campaigns/${encodeURIComponent(campaign.campaignId)}/answers`,
      body: sheetBody(itemIds, choices, notes),
      enterpriseId: campaign.target.enterpriseId,
      photos: photos.map((photo) => ({ localId: photo.localId, kind: 'hazard', blob: photo.blob })),
      createdAt: new Date().toISOString(),
      attempts: 0,
    };
    setSending(true);
    setOutcome(await submit(entry, setProgress));
    setSending(false);
  };

  return (
    <section className="card form" data-testid="campaign-sheet">
      {campaign.items.map((item, index) => (
        <div key={item.itemId} className="check-item" data-testid={`campaign-item-${item.itemId}`}>
          <p>
            {index + 1}. {item.text}
          </p>
          <Segmented
            name={item.itemId}
            legend={item.text}
            options={resultOptions}
            value={choices[item.itemId]}
            onChange={(value) => setChoices({ ...choices, [item.itemId]: value })}
          />
          {choices[item.itemId] === 'fail' ? (
            <label>
              问题说明（选填）
              <textarea
                rows={2}
                maxLength={200}
                value={notes[item.itemId] ?? ''}
                onChange={(event) => setNotes({ ...notes, [item.itemId]: event.target.value })}
                placeholder="例如：二号车间灭火器已过期"
              />
            </label>
          ) : null}
        </div>
      ))}
      {fails > 0 ? (
        <>
          <p className="hint">有 {fails} 项不符合，提交后将生成隐患，请按期整改。</p>
          <PhotoPicker photos={photos} onChange={setPhotos} label="拍摄问题照片（选填）" />
        </>
      ) : null}
      {missing > 0 ? <p className="hint">还有 {missing} 项未选择</p> : null}
      <SendProgress progress={sending ? progress : null} />
      <button
        type="button"
        className="button primary"
        disabled={sending || missing > 0}
        onClick={send}
        data-testid="campaign-submit"
      >
        {sending ? '提交中…' : '提交自查结果'}
      </button>
    </section>
  );
};

import { useState } from 'react';
import type { ScanCreate } from '#functions/scans/schemas';
import { type Answer, type HazardLevel, hazardLevelLabels, type ScannedPoint } from '../api/types';
import { newUlid } from '../api/ulid';
import type { OutboxEntry, PhotoProgress, SendOutcome } from '../outbox/outbox';
import { submit } from '../outbox/runner';
import { SendProgress } from '../outbox/SendProgress';
import { PhotoPicker, type PickedPhoto } from '../photos/PhotoPicker';
import { Segmented } from '../Segmented';
import { ChecklistForm } from './ChecklistForm';
import { SubmitOutcome } from './SubmitOutcome';
import { checkScan } from './scanRules';

const resultOptions = [
  { value: 'normal', label: '正常' },
  { value: 'hazard', label: '发现隐患' },
] as const;
const levelOptions = (['general', 'major'] as const).map((value) => ({
  value,
  label: hazardLevelLabels[value],
}));

/** The scan itself: answers, 正常 / 发现隐患, photos; kept in the outbox first, then sent. */
export const ScanForm = ({ point, token }: { point: ScannedPoint; token: string }) => {
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [chosen, setChosen] = useState<'normal' | 'hazard' | null>(null);
  const [description, setDescription] = useState('');
  const [level, setLevel] = useState<HazardLevel>('general');
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [progress, setProgress] = useState<PhotoProgress | null>(null);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const check = checkScan(point.checklist, {
    answers,
    result: chosen,
    description,
    photoCount: photos.length,
  });

  if (outcome) return <SubmitOutcome outcome={outcome} what="扫码记录" />;

  const send = async () => {
    const result = check.result ?? 'normal';
    const clientScanId = newUlid();
    const body: Omit<ScanCreate, 'photoIds'> = {
      token,
      clientScanId,
      answers: point.checklist.map((item) => ({ itemId: item.itemId, answer: answers[item.itemId] ?? 'na' })),
      result,
      ...(result === 'hazard' ? { hazard: { description: description.trim(), level } } : {}),
    };
    const entry: OutboxEntry = {
      id: clientScanId,
      kind: 'scan',
      title: `${point.name}（${point.location}）扫码自查`,
      path: '/scans',
      body,
      enterpriseId: point.enterpriseId,
      photos: photos.map((photo) => ({
        localId: photo.localId,
        kind: result === 'hazard' ? 'hazard' : 'scan',
        blob: photo.blob,
      })),
      createdAt: new Date().toISOString(),
      attempts: 0,
    };
    setSending(true);
    setOutcome(await submit(entry, setProgress));
    setSending(false);
  };

  return (
    <>
      <ChecklistForm
        checklist={point.checklist}
        answers={answers}
        onAnswer={(id, answer) => setAnswers({ ...answers, [id]: answer })}
      />
      <section className="card" data-testid="scan-result">
        <h2>检查结果</h2>
        <Segmented
          name="result"
          legend="检查结果"
          options={resultOptions}
          value={check.result}
          onChange={setChosen}
          disabled={point.checklist.some((item) => answers[item.itemId] === 'fail') ? ['normal'] : []}
        />
        {check.result === 'hazard' ? (
          <div className="form">
            <label>
              隐患描述
              <textarea
                name="description"
                rows={3}
                maxLength={500}
                value={description}
                onChange={(e) => setDescription(e.target.value)}
                placeholder="例如：除尘器泄爆片锈蚀，未按期更换"
              />
            </label>
            <Segmented
              name="level"
              legend="隐患等级"
              options={levelOptions}
              value={level}
              onChange={setLevel}
            />
          </div>
        ) : null}
      </section>
      <section className="card">
        <h2>现场照片</h2>
        <PhotoPicker photos={photos} onChange={setPhotos} required={check.photoRequired} />
      </section>
      <div className="submit-bar">
        {check.missing.length > 0 ? (
          <p className="hint" data-testid="scan-missing">
            {check.missing[0]}
          </p>
        ) : null}
        <SendProgress progress={sending ? progress : null} />
        <button
          type="button"
          className="button primary"
          disabled={sending || check.missing.length > 0}
          onClick={send}
          data-testid="scan-submit"
        >
          {sending ? '提交中…' : '提交检查'}
        </button>
      </div>
    </>
  );
};

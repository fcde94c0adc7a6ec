import { useState } from 'react';
import { majorCategories } from '#functions/hazards/domain/kinds';
import { type Answer, answerLabels, type HazardLevel, hazardLevelLabels } from '../api/types';
import { newUlid } from '../api/ulid';
import { Link } from '../Link';
import type { OutboxEntry, PhotoProgress, SendOutcome } from '../outbox/outbox';
import { submit } from '../outbox/runner';
import { SendProgress } from '../outbox/SendProgress';
import { PhotoPicker, type PickedPhoto } from '../photos/PhotoPicker';
import { Segmented } from '../Segmented';
import {
  defaultHazard,
  type HazardDraft,
  type PatrolFormView,
  patrolBody,
  patrolMissing,
} from './patrolRules';

const answerOptions = (['pass', 'fail', 'na'] as const).map((value) => ({
  value,
  label: answerLabels[value],
}));
const levelOptions = (['general', 'major'] as const).map((value) => ({
  value,
  label: hazardLevelLabels[value],
}));

/** After the submit: sent (back to the list), kept for later, or refused with the server's reason. */
const Outcome = ({ outcome }: { outcome: SendOutcome }) => {
  if (outcome.state === 'sent')
    return (
      <section className="card done-card" role="status" data-testid="patrol-sent">
        <h2>巡查已提交</h2>
        <p>
          <Link to="/m/p">返回我的巡查</Link>
        </p>
      </section>
    );
  return (
    <section
      className={outcome.state === 'waiting' ? 'card wait-card' : 'card error-card'}
      role={outcome.state === 'waiting' ? 'status' : 'alert'}
      data-testid={outcome.state === 'waiting' ? 'patrol-waiting' : 'patrol-refused'}
    >
      <h2>{outcome.state === 'waiting' ? '已保存在手机上，联网后自动提交' : '巡查未被接受'}</h2>
      <p>{outcome.message}</p>
      <p>
        <Link to="/m/outbox">查看待提交</Link>
      </p>
    </section>
  );
};

/** The patrol: each item 符合 / 不符合 / 不涉及, a hazard per 不符合 item, 常安码 use, photos; outbox, then sent. */
export const PatrolForm = ({
  enterprise,
  overdue,
  form,
}: {
  enterprise: { id: string; name: string };
  overdue: readonly { id: string; name: string; location?: string }[];
  form: PatrolFormView;
}) => {
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [hazards, setHazards] = useState<Record<string, HazardDraft>>({});
  const [codeChecked, setCodeChecked] = useState(false);
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [progress, setProgress] = useState<PhotoProgress | null>(null);
  const [sending, setSending] = useState(false);
  const [outcome, setOutcome] = useState<SendOutcome | null>(null);
  const draft = { answers, hazards, codeChecked };
  const missing = patrolMissing(form, draft);
  if (outcome) return <Outcome outcome={outcome} />;

  const setHazard = (itemId: string, change: Partial<HazardDraft>) =>
    setHazards({ ...hazards, [itemId]: { ...(hazards[itemId] ?? defaultHazard), ...change } });
  const send = async () => {
    const clientId = newUlid();
    const entry: OutboxEntry = {
      id: clientId,
      kind: 'patrol',
      title: `${enterprise.name} 网格化巡查`,
      path: '/patrols',
      body: patrolBody(form, draft, enterprise.id, clientId),
      enterpriseId: enterprise.id,
      photos: photos.map((photo) => ({ localId: photo.localId, kind: 'patrol', blob: photo.blob })),
      createdAt: new Date().toISOString(),
      attempts: 0,
    };
    setSending(true);
    setOutcome(await submit(entry, setProgress));
    setSending(false);
  };

  return (
    <>
      <section className="card" data-testid="patrol-enterprise">
        <h2>{enterprise.name}</h2>
        <p className="hint">巡查表 {form.formVersion}</p>
      </section>
      <section className="card" data-testid="patrol-code">
        <h2>常安码使用情况</h2>
        {overdue.length === 0 ? (
          <p className="hint" data-testid="patrol-no-overdue">
            该企业目前没有逾期未检的风险点。
          </p>
        ) : (
          <ul className="plain-list" data-testid="patrol-overdue">
            {overdue.map((point) => (
              <li key={point.id}>
                逾期：{point.name}
                {point.location ? `（${point.location}）` : ''}
              </li>
            ))}
          </ul>
        )}
        <label className="check">
          <input
            type="checkbox"
            checked={codeChecked}
            onChange={(event) => setCodeChecked(event.target.checked)}
            data-testid="patrol-code-checked"
          />
          已现场检查企业常安码张贴与扫码自查情况
        </label>
      </section>
      <section className="card" data-testid="patrol-items">
        <h2>检查项</h2>
        <ol className="checklist">
          {form.items.map((item) => {
            const hazard = hazards[item.itemId] ?? defaultHazard;
            return (
              <li key={item.itemId} data-testid="patrol-item" data-item={item.itemId}>
                <p>
                  {item.text}
                  {item.origin === 'district' ? <span className="tag">本区增加</span> : null}
                </p>
                <Segmented
                  name={`answer-${item.itemId}`}
                  legend={item.text}
                  options={answerOptions}
                  value={answers[item.itemId]}
                  onChange={(answer) => setAnswers({ ...answers, [item.itemId]: answer })}
                />
                {answers[item.itemId] === 'fail' ? (
                  <div className="form" data-testid="patrol-hazard">
                    <label className="check">
                      <input
                        type="checkbox"
                        checked={hazard.record}
                        onChange={(event) => setHazard(item.itemId, { record: event.target.checked })}
                      />
                      登记为隐患（企业整改后由镇街验收）
                    </label>
                    {hazard.record ? (
                      <>
                        <label>
                          隐患描述
                          <textarea
                            name={`hazard-${item.itemId}`}
                            rows={2}
                            maxLength={500}
                            value={hazard.description}
                            onChange={(event) => setHazard(item.itemId, { description: event.target.value })}
                            placeholder="例如：二号车间灭火器压力不足"
                            data-testid="patrol-hazard-description"
                          />
                        </label>
                        <Segmented
                          name={`level-${item.itemId}`}
                          legend="隐患等级"
                          options={levelOptions}
                          value={hazard.level}
                          onChange={(level: HazardLevel) => setHazard(item.itemId, { level })}
                        />
                        {hazard.level === 'major' ? (
                          <label>
                            重大隐患判定类别
                            <select
                              value={hazard.majorCategory ?? 'general'}
                              onChange={(event) =>
                                setHazard(item.itemId, { majorCategory: event.target.value })
                              }
                            >
                              {Object.entries(majorCategories).map(([code, label]) => (
                                <option key={code} value={code}>
                                  {label}
                                </option>
                              ))}
                            </select>
                          </label>
                        ) : null}
                      </>
                    ) : null}
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>
      <section className="card">
        <h2>现场照片</h2>
        <PhotoPicker photos={photos} onChange={setPhotos} />
      </section>
      <div className="submit-bar">
        {missing.length > 0 ? (
          <p className="hint" data-testid="patrol-missing">
            {missing[0]}
          </p>
        ) : null}
        <SendProgress progress={sending ? progress : null} />
        <button
          type="button"
          className="button primary"
          disabled={sending || missing.length > 0}
          onClick={send}
          data-testid="patrol-submit"
        >
          {sending ? '提交中…' : '提交巡查'}
        </button>
      </div>
    </>
  );
};

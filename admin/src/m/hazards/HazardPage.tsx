import type { Me } from '#functions/identity/schemas/auth';
import { type HazardDetail, hazardLevelLabels, hazardStatusLabels } from '../api/types';
import { beijingDate, beijingDateTime } from '../format';
import { Failure, Loading, Shell } from '../Shell';
import { useLoad } from '../useLoad';
import { RectifyForm } from './RectifyForm';

/** One hazard: what was found, its deadline, its photos; the enterprise rectifies an open one here. */
export const HazardPage = ({ id, user }: { id: string; user: Me }) => {
  const loaded = useLoad<HazardDetail>(`/hazards/${encodeURIComponent(id)}`);
  if (loaded.state === 'loading')
    return (
      <Shell title="隐患详情">
        <Loading />
      </Shell>
    );
  if (loaded.state === 'error')
    return (
      <Shell title="隐患详情">
        <Failure message={loaded.error.message} onRetry={loaded.reload} />
      </Shell>
    );
  const hazard = loaded.data;
  const mayRectify = hazard.status === 'OPEN' && user.role === 'enterpriseUser';
  return (
    <Shell title="隐患详情">
      <section className="card" data-testid="hazard">
        <p className={`status-chip status-${hazard.status}`} data-testid="hazard-status">
          {hazardStatusLabels[hazard.status]}
        </p>
        <h2>{hazard.riskPointName ?? '隐患'}</h2>
        <p>{hazard.description}</p>
        <p className="hint">
          {hazardLevelLabels[hazard.level]} · 发现于 {beijingDateTime(hazard.createdAt)}
          {hazard.deadline ? ` · 整改期限 ${beijingDate(hazard.deadline)}` : ''}
        </p>
        {hazard.rejectReason ? <p className="error">验收未通过：{hazard.rejectReason}</p> : null}
        {hazard.photos.length > 0 ? (
          <ul className="thumbs">
            {hazard.photos.map((photo) => (
              <li key={photo.photoId} className="thumb">
                <img src={photo.url} alt="隐患照片" loading="lazy" />
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {mayRectify ? (
        <RectifyForm
          hazardId={hazard.id}
          enterpriseId={hazard.enterpriseId}
          title={hazard.riskPointName ?? hazard.description}
        />
      ) : null}
    </Shell>
  );
};

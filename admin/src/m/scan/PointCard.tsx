import { levelLabels, type ScannedPoint } from '../api/types';
import { beijingDateTime } from '../format';

/** Who the point belongs to, where it is, its level as the colour printed on its label, and its controls. */
export const PointCard = ({ point }: { point: ScannedPoint }) => (
  <section className={`card point level-${point.level}`} data-testid="risk-point">
    <p className="enterprise">{point.enterpriseName}</p>
    <h2 data-testid="risk-point-name">{point.name}</h2>
    <p className="hint">
      {point.location}
      {point.className ? ` · ${point.className}` : ''}
    </p>
    <p className={`level-chip level-${point.level}`} data-testid="risk-level">
      {levelLabels[point.level]}
    </p>
    <p className="hint">
      检查周期 {point.cycleDays} 天 · 上次检查 {point.lastScanAt ? beijingDateTime(point.lastScanAt) : '无'} ·
      应检 {beijingDateTime(point.nextDueAt)}
    </p>
    {point.controls.length > 0 ? (
      <>
        <h3>管控措施</h3>
        <ol className="controls">
          {point.controls.map((control) => (
            <li key={control}>{control}</li>
          ))}
        </ol>
      </>
    ) : null}
  </section>
);

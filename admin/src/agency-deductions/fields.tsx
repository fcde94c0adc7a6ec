import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { businessDay, daysBetween } from '#functions/platform/clock';
import { districtName } from '#functions/platform/districts';

interface FieldProps {
  label?: string;
  source?: string;
}

type Translate = ReturnType<typeof useTranslate>;

/** A rule's points as the pickers show them: 扣 5 分, or 扣 2–10 分 for a range. */
export function rulePointsText(
  translate: Translate,
  rule: { points?: number; pointsMin?: number; pointsMax?: number },
): string {
  return rule.pointsMin !== undefined && rule.pointsMax !== undefined
    ? translate('app.agencyDeduction.rangePoints', { min: rule.pointsMin, max: rule.pointsMax })
    : translate('app.agencyDeduction.fixedPoints', { points: rule.points ?? 0 });
}

/** The issuer's name: a district, or 常州市应急管理局 for the city. */
export function issuerName(translate: Translate, id: string | undefined): string {
  if (!id) return '';
  return id === 'city' ? translate('app.agencyDeduction.city') : (districtName(id) ?? id);
}

/** Whole days from today (Beijing) to `until` (YYYY-MM-DD, inclusive): 0 on the last day, negative after. */
export function daysLeft(until: string, now: Date = new Date()): number {
  return daysBetween(businessDay(now), until);
}

export interface DeductionRecord {
  id: string;
  agencyId: string;
  agencyName: string;
  issuingDistrictId: string;
  rule: {
    code: string;
    version: number;
    description: string;
    points: number;
    pointsMin?: number;
    pointsMax?: number;
  };
  points: number;
  reason: string;
  date: string;
  status: 'live' | 'revoked';
  appealId?: string;
  appealStatus?: 'pending' | 'upheld' | 'revoked';
  appealUntil: string;
  revokeReason?: string;
  evidence?: { photoId: string; url: string; contentType?: string }[];
  appeals?: {
    id: string;
    statement: string;
    status: 'pending' | 'upheld' | 'revoked';
    decisionReason?: string;
    decidedAt?: string;
    createdAt: string;
    evidence?: { photoId: string; url: string; contentType?: string }[];
  }[];
}

/** Whether the agency may still appeal: live, not appealed yet, today within the window. */
export const appealable = (record: DeductionRecord, now: Date = new Date()) =>
  record.status === 'live' && !record.appealId && daysLeft(record.appealUntil, now) >= 0;

export const DeductionStatusField = (_props: FieldProps) => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; status?: string }>();
  if (!record?.status) return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      color={record.status === 'live' ? 'warning' : 'default'}
      label={translate(`app.agencyDeduction.status.${record.status}`)}
      data-testid="deduction-status"
    />
  );
};

/** 未申诉 / 申诉待处理 / 维持 / 撤销 of a deduction (its appealStatus) or of an appeal (its status). */
export const AppealStatusField = ({ source = 'appealStatus' }: FieldProps) => {
  const translate = useTranslate();
  const record = useRecordContext<Record<string, unknown> & { id: string }>();
  if (!record) return null;
  const status = (record[source] as string | undefined) ?? 'none';
  const color = status === 'pending' ? 'info' : status === 'revoked' ? 'success' : 'default';
  return (
    <Chip
      size="small"
      variant={status === 'none' ? 'outlined' : 'filled'}
      color={color}
      label={translate(`app.agencyDeduction.appealStatus.${status}`)}
      data-testid="appeal-status"
    />
  );
};

export const IssuerField = (_props: FieldProps) => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; issuingDistrictId?: string }>();
  return <span>{issuerName(translate, record?.issuingDistrictId)}</span>;
};

/** The rule as the deduction was given under it: code, version and text. */
export const RuleTextField = (_props: FieldProps) => {
  const translate = useTranslate();
  const record = useRecordContext<DeductionRecord>();
  if (!record?.rule) return null;
  return (
    <span data-testid="deduction-rule">
      {translate('app.agencyDeduction.ruleText', {
        code: record.rule.code,
        version: record.rule.version,
        description: record.rule.description,
      })}
    </span>
  );
};

/** Links to the evidence files (the API's short-lived presigned GETs), named PDF 文件 n / 图片 n. */
export const EvidenceLinks = ({
  evidence,
}: {
  evidence: readonly { photoId: string; url: string; contentType?: string }[] | undefined;
}) => {
  const translate = useTranslate();
  if (!evidence?.length) return <span>{translate('app.agencyDeduction.evidence.none')}</span>;
  return (
    <span>
      {evidence.map((file, index) => (
        <a
          key={file.photoId}
          href={file.url}
          target="_blank"
          rel="noreferrer"
          style={{ marginRight: 12 }}
          data-testid="evidence-link"
        >
          {translate(
            `app.agencyDeduction.evidence.${file.contentType === 'application/pdf' ? 'pdf' : 'image'}`,
            { n: index + 1 },
          )}
        </a>
      ))}
    </span>
  );
};

import { useRecordContext, useResourceContext, useTranslate, useTranslateLabel } from 'react-admin';
import { beijingDateTime } from './beijingTime';

interface BeijingDateFieldProps {
  source: string;
  /** Shown when the record has no time there. @default '—' */
  emptyText?: string;
  /** Read by DataTable and Labeled for the column or field label. */
  label?: string;
}

/** A date and time from the record in Beijing time, independent of the browser's time zone. */
export const BeijingDateField = ({ source, emptyText = '—' }: BeijingDateFieldProps) => {
  const record = useRecordContext();
  const text = beijingDateTime(record?.[source]);
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid="beijing-time">
      {text || emptyText}
    </span>
  );
};

/**
 * A field's label with （北京时间） after it (`label` a translation key instead of the field's own label): the
 * header of a screen's first time column, so that each screen says once which clock its times follow.
 */
export const BeijingTimeLabel = ({ source, label }: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const translateLabel = useTranslateLabel();
  const resource = useResourceContext();
  const name = label ? translate(label) : String(translateLabel({ source, resource }));
  return <>{translate('app.time.labelled', { label: name })}</>;
};

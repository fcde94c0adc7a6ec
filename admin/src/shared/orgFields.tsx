import { ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { districtName } from '#functions/platform/districts';

interface OrgFieldProps {
  source?: string;
  /** Read by DataTable and Labeled for the column or field label. */
  label?: string;
}

/** The district's name from the fixed list (there is no GET /api/districts/{id}). */
export const DistrictField = ({ source = 'districtId' }: OrgFieldProps) => {
  const record = useRecordContext();
  const id = record?.[source] as string | undefined;
  return <span>{id ? (districtName(id) ?? id) : '—'}</span>;
};

export const TownField = ({ source = 'townId' }: OrgFieldProps) => (
  <ReferenceField source={source} reference="towns" link={false} emptyText="—">
    <TextField source="name" />
  </ReferenceField>
);

/** The grid's name, or 网格外 for an enterprise outside every grid (gridId null). */
export const GridField = ({ source = 'gridId' }: OrgFieldProps) => {
  const translate = useTranslate();
  return (
    <ReferenceField
      source={source}
      reference="grids"
      link={false}
      emptyText={translate('app.org.outsideGrid')}
    >
      <TextField source="name" />
    </ReferenceField>
  );
};

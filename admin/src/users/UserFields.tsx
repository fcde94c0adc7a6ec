import { Chip, Typography } from '@mui/material';
import { ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { districtName } from '#functions/platform/districts';

/** The role in Chinese. */
export const RoleField = (_props: { label?: string }) => {
  const translate = useTranslate();
  const role = useRecordContext()?.role as string | undefined;
  return role ? <span>{translate(`app.roles.${role}`)}</span> : null;
};

/** 在用 / 已停用. */
export const UserStateField = (_props: { label?: string }) => {
  const translate = useTranslate();
  const disabled = useRecordContext()?.disabled === true;
  return (
    <Chip
      size="small"
      color={disabled ? 'default' : 'success'}
      variant={disabled ? 'outlined' : 'filled'}
      label={translate(disabled ? 'app.user.state.disabled' : 'app.user.state.active')}
    />
  );
};

const Reference = ({ source, reference }: { source: string; reference: string }) => (
  <ReferenceField source={source} reference={reference} link={false}>
    <TextField source="name" />
  </ReferenceField>
);

/** Where the user's view reaches: 全市, a district, a town, a grid, one enterprise or one agency. */
export const UserScopeField = (_props: { label?: string }) => {
  const translate = useTranslate();
  const user = useRecordContext();
  if (!user) return null;
  const district = user.districtId ? (districtName(user.districtId) ?? user.districtId) : '';
  switch (user.role) {
    case 'cityAdmin':
      return <span>{translate('app.user.wholeCity')}</span>;
    case 'districtAdmin':
      return <span>{district}</span>;
    case 'townOfficer':
      return <Reference source="townId" reference="towns" />;
    case 'gridMember':
      return (
        <Typography component="span" variant="body2">
          <Reference source="townId" reference="towns" /> · <Reference source="gridId" reference="grids" />
        </Typography>
      );
    case 'enterpriseUser':
      return <Reference source="enterpriseId" reference="enterprises" />;
    case 'agencyUser':
      return <Reference source="agencyId" reference="agencies" />;
    default:
      return null;
  }
};

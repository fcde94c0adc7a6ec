import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { districts } from '#functions/platform/districts';
import { useMetricsGet } from '../dashboard/useMetrics';

interface TownPage {
  data: { id: string; name: string; districtId: string }[];
}

/**
 * The town a district or city admin looks at (重复发现 is kept per town): the city first picks a district, a
 * district admin its own district's towns (one page of 100 is every town of a district).
 */
export const TownPicker = ({
  role,
  districtId,
  townId,
  onDistrict,
  onTown,
}: {
  role: string | undefined;
  districtId: string | undefined;
  townId: string | undefined;
  onDistrict: (districtId: string) => void;
  onTown: (townId: string) => void;
}) => {
  const translate = useTranslate();
  const towns = useMetricsGet<TownPage>(
    'GET /api/towns',
    `/towns?districtId=${districtId ?? ''}&limit=100`,
    districtId !== undefined,
  );
  return (
    <Stack direction="row" spacing={1.5} sx={{ flexWrap: 'wrap', mb: 1.5 }}>
      {role === 'cityAdmin' && (
        <TextField
          select
          size="small"
          label={translate('app.repeatedFindings.district')}
          value={districtId ?? ''}
          onChange={(event) => onDistrict(event.target.value)}
          sx={{ minWidth: 160 }}
          slotProps={{ htmlInput: { 'data-testid': 'finding-district-picker' } }}
        >
          {districts.map((district) => (
            <MenuItem key={district.id} value={district.id}>
              {district.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        select
        size="small"
        label={translate('app.repeatedFindings.town')}
        value={townId ?? ''}
        onChange={(event) => onTown(event.target.value)}
        disabled={!districtId}
        sx={{ minWidth: 180 }}
        slotProps={{ htmlInput: { 'data-testid': 'finding-town-picker' } }}
      >
        {(towns.data?.data ?? []).map((town) => (
          <MenuItem key={town.id} value={town.id}>
            {town.name}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
};

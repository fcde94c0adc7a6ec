import { MenuItem, Stack, TextField } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { industries } from '#functions/grid-coverage/domain/kinds';
import { districts } from '#functions/platform/districts';
import { type OutsideFilter, readTowns } from './coverageApi';

/**
 * The outside list's filters: the district (the city only: a district admin's and a town officer's is fixed),
 * the town (a town officer's is fixed), the industry, and a name or credit code applied on Enter or leaving
 * the field (not on every key: each change is a new list).
 */
export const OutsideFilters = ({
  filter,
  onChange,
  fixedDistrict,
  fixedTown,
}: {
  filter: OutsideFilter;
  onChange: (filter: OutsideFilter) => void;
  fixedDistrict: boolean;
  fixedTown: boolean;
}) => {
  const translate = useTranslate();
  const t = (key: string) => translate(`app.gridCoverage.filters.${key}`);
  const [q, setQ] = useState(filter.q ?? '');
  const towns = useQuery({
    queryKey: ['grid-outside', 'towns', filter.districtId],
    queryFn: ({ signal }) => readTowns(filter.districtId ?? '', signal),
    enabled: !!filter.districtId && !fixedTown,
    staleTime: 5 * 60_000,
  });
  const applyQ = () => {
    if (q.trim() !== (filter.q ?? '')) onChange({ ...filter, q: q.trim() || undefined });
  };
  return (
    <Stack direction="row" spacing={1.5} useFlexGap sx={{ flexWrap: 'wrap', mb: 1.5 }}>
      {!fixedDistrict && (
        <TextField
          select
          size="small"
          label={t('district')}
          value={filter.districtId ?? ''}
          onChange={(event) =>
            onChange({ ...filter, districtId: event.target.value || undefined, townId: undefined })
          }
          sx={{ minWidth: 150 }}
          slotProps={{ htmlInput: { 'data-testid': 'outside-district' } }}
        >
          <MenuItem value="">—</MenuItem>
          {districts.map((district) => (
            <MenuItem key={district.id} value={district.id}>
              {district.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      {!fixedTown && (
        <TextField
          select
          size="small"
          label={t('town')}
          value={filter.townId ?? ''}
          disabled={!filter.districtId}
          onChange={(event) => onChange({ ...filter, townId: event.target.value || undefined })}
          sx={{ minWidth: 170 }}
          slotProps={{ htmlInput: { 'data-testid': 'outside-town' } }}
        >
          <MenuItem value="">—</MenuItem>
          {(towns.data?.data ?? []).map((town) => (
            <MenuItem key={town.id} value={town.id}>
              {town.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        select
        size="small"
        label={t('industry')}
        value={filter.industry ?? ''}
        onChange={(event) => onChange({ ...filter, industry: event.target.value || undefined })}
        sx={{ minWidth: 120 }}
        slotProps={{ htmlInput: { 'data-testid': 'outside-industry' } }}
      >
        <MenuItem value="">—</MenuItem>
        {industries.map((industry) => (
          <MenuItem key={industry} value={industry}>
            {industry}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        label={t('q')}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onBlur={applyQ}
        onKeyDown={(event) => {
          if (event.key === 'Enter') applyQ();
        }}
        slotProps={{ htmlInput: { 'data-testid': 'outside-q', maxLength: 50 } }}
      />
    </Stack>
  );
};

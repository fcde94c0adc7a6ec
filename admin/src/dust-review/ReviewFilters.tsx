import { Stack } from '@mui/material';
import { useEffect } from 'react';
import { Form, required, SelectInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { Role } from '#functions/platform/manifest-types';
import { DayInput } from '../shared/DayInput';
import { DistrictSelectInput, TownSelectInput } from '../shared/orgInputs';
import type { DustReviewFilter } from './reviewApi';

const stateChoices = [
  { id: 'queued', name: 'app.dustReview.state.queued' },
  { id: 'approved', name: 'app.dustReview.state.approved' },
  { id: 'rejected', name: 'app.dustReview.state.rejected' },
];

/** Hands the form's values up whenever they change (the gallery reads the queue again). */
const Watch = ({ onChange }: { onChange: (filter: DustReviewFilter) => void }) => {
  const values = useWatch() as Record<string, unknown>;
  const key = JSON.stringify(values);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised values are the dependency
  useEffect(() => {
    const filter: DustReviewFilter = {};
    for (const name of ['districtId', 'townId', 'day', 'state'] as const) {
      const value = values[name];
      if (typeof value === 'string' && value !== '') filter[name] = value;
    }
    onChange(filter);
  }, [key]);
  return null;
};

/**
 * 辖市（区） for the city, 镇（街道） for the city and districts (a town officer's queue is its town), the day, and
 * the state (待审核 first). The API scopes whatever is chosen.
 */
export const ReviewFilters = ({
  role,
  initial,
  onChange,
}: {
  role: Role | undefined;
  initial: DustReviewFilter;
  onChange: (filter: DustReviewFilter) => void;
}) => (
  <Form defaultValues={initial} onSubmit={() => undefined}>
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', alignItems: 'flex-start', gap: 1 }}>
      {role === 'cityAdmin' ? (
        <DistrictSelectInput
          source="districtId"
          label="app.dustReview.filters.district"
          clears={['townId']}
        />
      ) : null}
      {role === 'cityAdmin' || role === 'districtAdmin' ? (
        <TownSelectInput source="townId" label="app.dustReview.filters.town" />
      ) : null}
      <DayInput source="day" label="app.dustReview.filters.day" />
      <SelectInput
        source="state"
        label="app.dustReview.filters.state"
        choices={stateChoices}
        validate={required()}
        helperText={false}
        translateChoice
      />
    </Stack>
    <Watch onChange={onChange} />
  </Form>
);

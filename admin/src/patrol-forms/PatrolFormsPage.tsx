import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useCallback, useEffect, useState } from 'react';
import { useGetIdentity, useTranslate } from 'react-admin';
import type { ConsoleIdentity } from '../auth/authProvider';
import { districtChoices } from '../shared/orgInputs';
import { ErrorState, LoadingState } from '../shared/states';
import { FormEditor } from './FormEditor';
import { formsApi, type PatrolForm, type PatrolPlan } from './formsApi';
import { PlanEditor } from './PlanEditor';

type Loaded = { city: PatrolForm; district: PatrolForm; plan: PatrolPlan | undefined };

export interface PatrolFormsViewProps {
  userRole: ConsoleIdentity['role'];
  districtId: string;
  loaded: Loaded;
  api: ReturnType<typeof formsApi>;
  onDistrict?: (districtId: string) => void;
}

/**
 * The page's content once loaded: the city picks a district; the city form (editable by the city), the
 * district's additions and its patrol plan (editable by the city and that district). Keys by version so a
 * reload after a save starts the editors from what is stored.
 */
export const PatrolFormsView = ({ userRole, districtId, loaded, api, onDistrict }: PatrolFormsViewProps) => {
  const translate = useTranslate();
  return (
    <Stack spacing={2} sx={{ mt: 2 }} data-testid="patrol-forms-page">
      <Typography variant="h6">{translate('app.patrolForm.title')}</Typography>
      {userRole === 'cityAdmin' ? (
        <TextField
          select
          size="small"
          sx={{ maxWidth: 240 }}
          label={translate('resources.patrols.fields.districtId')}
          value={districtId}
          onChange={(event) => onDistrict?.(event.target.value)}
        >
          {districtChoices.map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {choice.name}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      <FormEditor
        key={`city-${loaded.city.version}`}
        title="app.patrolForm.city"
        form={loaded.city}
        editable={userRole === 'cityAdmin'}
        onSave={(body) => api.saveForm('city', body)}
      />
      <FormEditor
        key={`${districtId}-${loaded.district.version}`}
        title="app.patrolForm.district"
        form={loaded.district}
        editable
        onSave={(body) => api.saveForm(districtId, body)}
      />
      {loaded.plan ? (
        <PlanEditor
          key={`${districtId}-${loaded.plan.frequencyDays}`}
          plan={loaded.plan}
          onSave={(days) => api.savePlan(districtId, days)}
        />
      ) : null}
    </Stack>
  );
};

const api = formsApi();

/** 巡查表: loads the city form, the district's additions and plan; loading and error states in Chinese. */
export const PatrolFormsPage = () => {
  const { identity, isPending } = useGetIdentity();
  const me = identity as ConsoleIdentity | undefined;
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const districtId = chosen ?? me?.scope?.districtId ?? districtChoices[0]?.id ?? 'liyang';
  const [state, setState] = useState<{ loaded?: Loaded; error?: unknown }>({});
  const load = useCallback(async () => {
    setState({});
    try {
      const [city, district, plans] = await Promise.all([
        api.readForm('city'),
        api.readForm(districtId),
        api.readPlans(),
      ]);
      setState({ loaded: { city, district, plan: plans.find((plan) => plan.districtId === districtId) } });
    } catch (error) {
      setState({ error });
    }
  }, [districtId]);
  useEffect(() => {
    if (me) void load();
  }, [me, load]);
  if (isPending || !me) return <LoadingState />;
  if (state.error) return <ErrorState error={state.error} onRetry={load} />;
  if (!state.loaded) return <LoadingState />;
  return (
    <PatrolFormsView
      userRole={me.role}
      districtId={districtId}
      loaded={state.loaded}
      api={api}
      onDistrict={setChosen}
    />
  );
};

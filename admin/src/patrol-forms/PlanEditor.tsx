import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { Section } from '../shared/Section';
import { frequencyOf, type PatrolPlan } from './formsApi';

export interface PlanEditorProps {
  plan: PatrolPlan;
  onSave: (frequencyDays: number) => Promise<PatrolPlan>;
}

/** 巡查计划: how many days may pass between two patrols of one enterprise of the district (default 30). */
export const PlanEditor = ({ plan, onSave }: PlanEditorProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [shown, setShown] = useState(plan);
  const [text, setText] = useState(String(plan.frequencyDays));
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    const days = frequencyOf(text);
    if (days === null) return setError(translate('app.patrolPlan.invalid'));
    setError(null);
    try {
      const saved = await onSave(days);
      setShown(saved);
      notify('app.patrolPlan.saved', { type: 'success', messageArgs: { days: saved.frequencyDays } });
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
    }
  };
  return (
    <Section title="app.patrolPlan.title" data-testid={`patrol-plan-${shown.districtId}`}>
      <Typography variant="body2" color="text.secondary">
        {translate(shown.own ? 'app.patrolPlan.own' : 'app.patrolPlan.default', {
          days: shown.frequencyDays,
        })}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ mt: 1, alignItems: 'center' }}>
        <TextField
          size="small"
          value={text}
          label={translate('app.patrolPlan.days')}
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          onChange={(event) => setText(event.target.value)}
        />
        <Button variant="contained" onClick={save}>
          {translate('app.patrolPlan.save')}
        </Button>
      </Stack>
      {error ? <Alert severity="error">{error}</Alert> : null}
    </Section>
  );
};

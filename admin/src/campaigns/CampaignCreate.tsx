import { Typography } from '@mui/material';
import {
  ArrayInput,
  Create,
  NumberInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useGetIdentity,
  useTranslate,
} from 'react-admin';
import { campaignEnterpriseStatuses, campaignFlags, campaignIndustries } from '#functions/campaigns/schemas';
import type { ConsoleIdentity } from '../auth/authProvider';
import { DayInput } from '../shared/DayInput';
import { DistrictSelectInput, TownSelectInput } from '../shared/orgInputs';
import { Section } from '../shared/Section';
import { createBody } from './format';
import { TargetPreview } from './TargetPreview';

const choicesOf = (values: readonly string[]) => values.map((value) => ({ id: value, name: value }));
const flagNames: Record<string, string> = {
  dust: '涉爆粉尘',
  nonCoalMine: '非煤矿山',
  listingReserve: '重点上市后备',
};

/** 发送范围: the enterprise list's filters; a district admin's district is its own (the API pins it). */
const FilterInputs = ({ isCity }: { isCity: boolean }) => (
  <Section title="app.campaign.filterTitle" variant="plain" columns={3} inputs>
    {isCity ? <DistrictSelectInput source="filter.districtId" clears={['filter.townId']} /> : null}
    <TownSelectInput source="filter.townId" districtSource="filter.districtId" />
    <SelectInput source="filter.industry" choices={choicesOf(campaignIndustries)} />
    <SelectInput source="filter.status" choices={choicesOf(campaignEnterpriseStatuses)} />
    <SelectInput
      source="filter.flag"
      choices={campaignFlags.map((flag) => ({ id: flag, name: flagNames[flag] ?? flag }))}
    />
  </Section>
);

/**
 * The campaign builder: title, checklist items, target filter with the live preview count, deadline and
 * reminder days. Saving makes a draft; the show page sends it after a confirmation naming the count.
 */
export const CampaignCreate = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const isCity = (identity as ConsoleIdentity | undefined)?.role === 'cityAdmin';
  return (
    <Create redirect="show" transform={createBody}>
      <SimpleForm defaultValues={{ items: [{ text: '' }], filter: { status: '正常生产' }, reminderDays: 3 }}>
        <TextInput source="title" validate={required()} fullWidth />
        <Typography variant="body2" color="text.secondary">
          {translate('app.campaign.itemsHint')}
        </Typography>
        <ArrayInput source="items" validate={required()}>
          <SimpleFormIterator inline disableReordering>
            <TextInput source="text" validate={required()} fullWidth multiline />
          </SimpleFormIterator>
        </ArrayInput>
        <FilterInputs isCity={isCity} />
        <TargetPreview />
        <DayInput source="deadline" />
        <NumberInput source="reminderDays" helperText="app.campaign.reminderHint" />
      </SimpleForm>
    </Create>
  );
};

import { ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useState } from 'react';
import { DataTable, ListBase, useRecordContext, useTranslate } from 'react-admin';
import { BeijingDateField } from '../shared/BeijingDateField';
import { CursorPagination } from '../shared/CursorPagination';
import { ListExportButton } from '../shared/ListExportButton';
import { DistrictField, TownField } from '../shared/orgFields';
import { ListBody } from '../shared/states';
import { targetExporter } from './targetExport';

type Done = 'all' | 'true' | 'false';

/** 发送企业: the campaign's targets in the caller's districts, all or done or not done, 25 a page. */
export const TargetsList = () => {
  const translate = useTranslate();
  const record = useRecordContext<{ id: string; status?: string }>();
  const [done, setDone] = useState<Done>('false');
  if (!record || record.status === 'draft') return null;
  return (
    <>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={done}
        onChange={(_event, value: Done | null) => value && setDone(value)}
        sx={{ mb: 1 }}
      >
        <ToggleButton value="false">{translate('app.campaign.notDone')}</ToggleButton>
        <ToggleButton value="true">{translate('app.campaign.done')}</ToggleButton>
        <ToggleButton value="all">{translate('app.campaign.all')}</ToggleButton>
      </ToggleButtonGroup>
      <ListBase
        resource={`campaigns/${encodeURIComponent(String(record.id))}/targets`}
        filter={done === 'all' ? {} : { done }}
        perPage={25}
        disableSyncWithLocation
        storeKey={false}
        // The show page's access check covers it: `campaigns/<id>/targets` is no resource of the menu.
        disableAuthentication
        exporter={targetExporter}
      >
        <ListExportButton />
        <ListBody>
          <DataTable bulkActionButtons={false} data-testid="campaign-targets">
            <DataTable.Col source="enterpriseName" label="resources.campaigns.fields.enterpriseName" />
            <DataTable.Col
              source="districtId"
              label="resources.campaigns.fields.districtId"
              render={() => <DistrictField />}
            />
            <DataTable.Col
              source="townId"
              label="resources.campaigns.fields.townId"
              render={() => <TownField />}
            />
            <DataTable.Col
              source="submittedAt"
              label="resources.campaigns.fields.submittedAt"
              render={() => <BeijingDateField source="submittedAt" />}
            />
            <DataTable.NumberCol source="failCount" label="resources.campaigns.fields.failCount" />
          </DataTable>
        </ListBody>
        <CursorPagination />
      </ListBase>
    </>
  );
};

import RepeatIcon from '@mui/icons-material/Repeat';
import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { MetricsCard } from '../dashboard/MetricsCard';
import { useAllowed, useMetricsGet } from '../dashboard/useMetrics';
import { useSmallScreen } from '../shared/useSmallScreen';
import { FindingCards, FindingTable } from './FindingRows';
import {
  findingSheet,
  findingsPath,
  itemTexts,
  type OpenFilter,
  type RepeatedFindingRow,
} from './findingView';
import { TownPicker } from './TownPicker';

const ROUTE = 'GET /api/patrol-repeated-findings';
const FORM_ROUTE = 'GET /api/patrol-forms/current';

interface FindingPage {
  data: RepeatedFindingRow[];
}
interface CurrentForm {
  items: { itemId: string; text: string }[];
}

/**
 * 重复发现 (#/patrol-repeated-findings): one town's enterprises with the same item failed, or the same hazard
 * category found, on two or more patrols in 90 days; the town officer's own town, a district or city admin's
 * picked one. The item's text comes from the district's current patrol form.
 */
export const RepeatedFindingsPage = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.repeatedFindings.${key}`, options);
  const { account } = useAllowed(ROUTE);
  const role = account?.role;
  const own = role === 'townOfficer' || role === 'gridMember';
  const [districtId, setDistrictId] = useState<string | undefined>(undefined);
  const [townId, setTownId] = useState<string | undefined>(undefined);
  const [open, setOpen] = useState<OpenFilter>('all');
  const formDistrict =
    own || role === 'districtAdmin' ? (account?.scope.districtId ?? undefined) : districtId;
  const path = findingsPath(role, townId, open);
  const list = useMetricsGet<FindingPage>(ROUTE, path ?? '', path !== null);
  const form = useMetricsGet<CurrentForm>(
    FORM_ROUTE,
    `/patrol-forms/current?districtId=${formDistrict ?? ''}`,
    formDistrict !== undefined,
  );
  const texts = itemTexts(form.data);
  const rows = list.data?.data ?? [];
  const small = useSmallScreen();
  const toolbar = (
    <Stack spacing={0}>
      {!own && (
        <TownPicker
          role={role}
          districtId={role === 'districtAdmin' ? formDistrict : districtId}
          townId={townId}
          onDistrict={(id) => {
            setDistrictId(id);
            setTownId(undefined);
          }}
          onTown={setTownId}
        />
      )}
      <TextField
        select
        size="small"
        label={t('state')}
        value={open}
        onChange={(event) => setOpen(event.target.value as OpenFilter)}
        sx={{ maxWidth: 160, mb: 1.5 }}
        slotProps={{ htmlInput: { 'data-testid': 'finding-open-filter' } }}
      >
        {(['all', 'open', 'closed'] as const).map((value) => (
          <MenuItem key={value} value={value}>
            {t(value)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
  return (
    <Stack spacing={2} sx={{ mt: 2, minWidth: 0 }}>
      <Title title={t('title')} />
      {path === null ? (
        <MetricsCard
          title="app.repeatedFindings.title"
          icon={<RepeatIcon color="primary" />}
          testId="repeated-findings-card"
          query={{ isPending: false, error: null, refetch: () => undefined }}
          empty
          emptyText={t('pickTown')}
          toolbar={toolbar}
        >
          {() => null}
        </MetricsCard>
      ) : (
        <MetricsCard
          title="app.repeatedFindings.title"
          icon={<RepeatIcon color="primary" />}
          testId="repeated-findings-card"
          query={list}
          empty={rows.length === 0}
          emptyText={t('empty')}
          sheet={() => findingSheet(rows, texts)}
          toolbar={toolbar}
        >
          {() => (
            <Stack spacing={1} sx={{ minWidth: 0 }}>
              {small ? (
                <FindingCards rows={rows} texts={texts} />
              ) : (
                <FindingTable rows={rows} texts={texts} />
              )}
              <Typography variant="caption" color="text.secondary">
                {t('definition')}
              </Typography>
            </Stack>
          )}
        </MetricsCard>
      )}
    </Stack>
  );
};

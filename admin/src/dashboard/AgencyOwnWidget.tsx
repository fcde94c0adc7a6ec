import BusinessCenterIcon from '@mui/icons-material/BusinessCenter';
import { Box, Chip, Link, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';
import { AGENCY_LISTING_THRESHOLD } from '#functions/agencies/domain/agency-types';
import { businessDay } from '#functions/platform/clock';
import { appealable, type DeductionRecord, daysLeft } from '../agency-deductions/fields';
import { MetricsCard } from './MetricsCard';
import { useAllowed, useMetricsGet } from './useMetrics';

interface OwnAgency {
  id: string;
  name: string;
  status: 'registered' | 'suspended' | 'deregistered';
  certificateExpiry: string;
  score: number;
  year: number;
  listed: boolean;
}

type Page<T> = { data: T[]; nextCursor: string | null };

/** Why an agency is not listed: each failed part of the listing rule (status, certificate, score). */
export function unlistedReasons(
  agency: OwnAgency,
  today: string,
  translate: (key: string, o?: object) => string,
) {
  const t = (key: string, options?: object) => translate(`app.agencyDeduction.own.${key}`, options);
  const reasons: string[] = [];
  if (agency.status !== 'registered')
    reasons.push(t('whyStatus', { status: translate(`app.agency.status.${agency.status}`) }));
  if (agency.certificateExpiry < today) reasons.push(t('whyCertificate', { day: agency.certificateExpiry }));
  if (agency.score < AGENCY_LISTING_THRESHOLD)
    reasons.push(t('whyScore', { threshold: AGENCY_LISTING_THRESHOLD }));
  return reasons;
}

/**
 * 本机构考评, an agency user's landing: its agency, this year's score, listed (公告) or not and why, the year's
 * deductions, and those it may still appeal with their last day.
 */
export const AgencyOwnWidget = () => {
  const translate = useTranslate();
  const t = (key: string, options?: object) => translate(`app.agencyDeduction.own.${key}`, options);
  const { account } = useAllowed('GET /api/agencies');
  const own = account?.role === 'agencyUser';
  const agencies = useMetricsGet<Page<OwnAgency>>('GET /api/agencies', '/agencies?limit=1', own);
  const deductions = useMetricsGet<Page<DeductionRecord>>(
    'GET /api/agency-deductions',
    '/agency-deductions?limit=100',
    own,
  );
  if (!own || !agencies.allowed) return null;
  const agency = agencies.data?.data[0];
  const rows = deductions.data?.data ?? [];
  const live = rows.filter((row) => row.status === 'live');
  const open = live.filter((row) => appealable(row));
  const today = businessDay(new Date());
  const query = {
    isPending: agencies.isPending || deductions.isPending,
    error: agencies.error ?? deductions.error,
    refetch: () => Promise.all([agencies.refetch(), deductions.refetch()]),
  };
  return (
    <MetricsCard
      title="app.agencyDeduction.own.title"
      icon={<BusinessCenterIcon color="primary" />}
      testId="agency-own-widget"
      wide
      query={query}
      empty={!agency}
      emptyText={t('none')}
    >
      {() =>
        agency ? (
          <Stack spacing={1}>
            <Link component={RouterLink} to={`/agencies/${encodeURIComponent(agency.id)}/show`} variant="h6">
              {agency.name}
            </Link>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
              <Typography color="text.secondary">{t('score', { year: agency.year })}</Typography>
              <Typography variant="h4" component="p" data-testid="agency-own-score">
                {agency.score}
              </Typography>
              <Chip
                color={agency.listed ? 'success' : 'default'}
                label={agency.listed ? t('listed') : t('notListed')}
                data-testid="agency-own-listed"
              />
            </Stack>
            {agency.listed
              ? null
              : unlistedReasons(agency, today, translate).map((reason) => (
                  <Typography key={reason} color="warning.main" data-testid="agency-own-why">
                    {reason}
                  </Typography>
                ))}
            <Typography data-testid="agency-own-deductions">
              {t('deductions', {
                count: live.length,
                points: live.reduce((sum, row) => sum + row.points, 0),
              })}
            </Typography>
            <Box>
              <Typography variant="subtitle2">
                {open.length ? t('appealable') : t('noneAppealable')}
              </Typography>
              <List dense disablePadding>
                {open.map((row) => (
                  <ListItem key={row.id} disableGutters data-testid="agency-own-appealable">
                    <ListItemText
                      primary={
                        <Link
                          component={RouterLink}
                          to={`/agency-deductions/${encodeURIComponent(row.id)}/show`}
                        >
                          {row.rule.description}
                        </Link>
                      }
                      secondary={t('until', {
                        date: row.date,
                        points: row.points,
                        until: row.appealUntil,
                        days: daysLeft(row.appealUntil),
                      })}
                    />
                  </ListItem>
                ))}
              </List>
            </Box>
          </Stack>
        ) : null
      }
    </MetricsCard>
  );
};

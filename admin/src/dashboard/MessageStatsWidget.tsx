import SmsIcon from '@mui/icons-material/Sms';
import { Button, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router';
import { messageStatuses } from '#functions/messages/domain/statuses';
import { StatsCard } from './StatsCard';

/** 今日消息: today's SMS by status, for the managers who read the outbox (their snapshots carry messages). */
export const MessageStatsWidget = () => {
  const translate = useTranslate();
  return (
    <StatsCard
      title="app.dashboard.stats.messages.title"
      icon={<SmsIcon color="primary" />}
      testId="message-stats-widget"
      shows={(snapshot) => snapshot.messagesToday !== null}
    >
      {({ messagesToday }) =>
        messagesToday && (
          <Stack spacing={1}>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
              <Typography variant="h4" component="p" data-testid="stats-message-total">
                {messagesToday.total}
              </Typography>
              <Typography color="text.secondary">
                {translate('app.dashboard.stats.messages.total', { day: messagesToday.day })}
              </Typography>
            </Stack>
            {messageStatuses.map((status) => (
              <Stack key={status} direction="row" sx={{ justifyContent: 'space-between' }}>
                <Typography color="text.secondary">{translate(`app.message.status.${status}`)}</Typography>
                <Typography>{messagesToday.byStatus[status] ?? 0}</Typography>
              </Stack>
            ))}
            <Button
              size="small"
              component={Link}
              to={`/messages?filter=${encodeURIComponent(JSON.stringify({ date: messagesToday.day }))}`}
              sx={{ alignSelf: 'flex-start' }}
            >
              {translate('app.dashboard.stats.messages.open')}
            </Button>
          </Stack>
        )
      }
    </StatsCard>
  );
};

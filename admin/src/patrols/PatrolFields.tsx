import { Chip, Link, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router';
import type { Patrol } from '#functions/patrols/schemas';

const answerColours = { pass: 'success', fail: 'error', na: 'default' } as const;

/** 2 项不符合 · 1 条隐患: what a list row says of a patrol's findings. */
export const FindingsField = (_props: { label?: string }) => {
  const patrol = useRecordContext<Patrol>();
  const translate = useTranslate();
  if (!patrol) return null;
  return (
    <span>
      {translate('app.patrol.failedCount', { count: patrol.failedItemIds.length })}
      {' · '}
      {translate('app.patrol.hazardCount', { count: patrol.hazardIds.length })}
    </span>
  );
};

/** Each item of the form version the patrol used, with its answer (符合 / 不符合 / 不涉及). */
export const AnswersField = (_props: { label?: string }) => {
  const patrol = useRecordContext<Patrol>();
  const translate = useTranslate();
  if (!patrol) return null;
  const answers = new Map(patrol.answers.map((answer) => [answer.itemId, answer]));
  return (
    <List dense data-testid="patrol-answers">
      {patrol.items.map((item) => {
        const answer = answers.get(item.itemId);
        return (
          <ListItem key={item.itemId} disableGutters>
            <ListItemText
              primary={`${item.itemId} ${item.text}`}
              secondary={[translate(`app.patrol.origin.${item.origin}`), answer?.note]
                .filter(Boolean)
                .join(' · ')}
            />
            {answer ? (
              <Chip
                size="small"
                color={answerColours[answer.answer]}
                label={translate(`app.patrol.answer.${answer.answer}`)}
              />
            ) : null}
          </ListItem>
        );
      })}
    </List>
  );
};

/** The hazards the patrol recorded, each linked to its page (整改闭环 follows there). */
export const HazardsField = (_props: { label?: string }) => {
  const patrol = useRecordContext<Patrol>();
  const translate = useTranslate();
  if (!patrol) return null;
  if (patrol.hazards.length === 0)
    return <Typography color="text.secondary">{translate('app.patrol.noHazards')}</Typography>;
  return (
    <Stack spacing={1} data-testid="patrol-hazards">
      {patrol.hazards.map((hazard) => (
        <Stack key={hazard.hazardId} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Chip size="small" label={translate(`app.hazard.level.${hazard.level}`)} />
          <Typography>{`${hazard.category} ${hazard.description}`}</Typography>
          <Link component={RouterLink} to={`/hazards/${hazard.hazardId}/show`}>
            {translate('app.patrol.hazardLink')}
          </Link>
        </Stack>
      ))}
    </Stack>
  );
};

/** 常安码使用情况: whether the member checked it, and the risk points overdue at the patrol. */
export const CodeUseField = (_props: { label?: string }) => {
  const patrol = useRecordContext<Patrol>();
  const translate = useTranslate();
  if (!patrol) return null;
  return (
    <Stack spacing={1}>
      <Typography>{translate(`app.patrol.codeChecked.${patrol.codeChecked}`)}</Typography>
      {patrol.overdueRiskPoints.length === 0 ? (
        <Typography color="text.secondary">{translate('app.patrol.noOverdue')}</Typography>
      ) : (
        <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
          {patrol.overdueRiskPoints.map((point) => (
            <Chip key={point.riskPointId} size="small" color="warning" label={point.name} />
          ))}
        </Stack>
      )}
    </Stack>
  );
};

/** The patrol's photos (short-lived links), or 暂无可查看的照片. */
export const PhotosField = (_props: { label?: string }) => {
  const patrol = useRecordContext<Patrol>();
  const translate = useTranslate();
  const photos = patrol?.photos ?? [];
  if (photos.length === 0)
    return <Typography color="text.secondary">{translate('app.patrol.noPhotos')}</Typography>;
  return (
    <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap' }}>
      {photos.map((photo) => (
        <a key={photo.photoId} href={photo.url} target="_blank" rel="noreferrer">
          <img src={photo.url} alt={photo.photoId} width={120} height={90} style={{ objectFit: 'cover' }} />
        </a>
      ))}
    </Stack>
  );
};

import {
  Box,
  Card,
  CardActions,
  CardContent,
  CardHeader,
  type SxProps,
  type Theme,
  Typography,
} from '@mui/material';
import type { ReactElement, ReactNode } from 'react';
import { useTranslate } from 'react-admin';

export interface SectionProps {
  /** An i18n key (or text, shown as it is when no key matches). */
  title: string;
  /**
   * `card` (default): a card of its own with the title as its header (dashboard widgets, the system page, a
   * page of one form). `plain`: a heading and its content, for the sections inside a show page's or form's card.
   */
  variant?: 'card' | 'plain';
  /** Before the title, in cards: the widget's icon. */
  icon?: ReactElement;
  /** Under the content, in cards: buttons such as 刷新. */
  actions?: ReactNode;
  /** Lays the children out in this many equal columns from `md` up (one column on phones); by default stacked. */
  columns?: number;
  /** The children are form inputs: full width in their cell, no row gap (they keep room for helper text). */
  inputs?: boolean;
  sx?: SxProps<Theme>;
  'data-testid'?: string;
  children: ReactNode;
}

/**
 * One titled block of the console, everywhere a page draws sections: the same heading, spacing and field grid
 * on show pages, forms, the dashboard and the system page.
 *
 * @example
 * <Section variant="plain" title="app.enterprise.sections.basic" columns={3}>
 *   <Labeled source="name"><TextField source="name" /></Labeled>
 * </Section>
 * <Section title="app.dashboard.health.title" icon={<MonitorHeartIcon color="primary" />} actions={<Button />}>
 *   …
 * </Section>
 */
export const Section = ({
  title,
  variant = 'card',
  icon,
  actions,
  columns,
  inputs = false,
  sx,
  'data-testid': testId,
  children,
}: SectionProps) => {
  const translate = useTranslate();
  const heading = translate(title, { _: title });
  const body = (
    <Box
      sx={[
        columns !== undefined && {
          display: 'grid',
          columnGap: 2,
          rowGap: inputs ? 0 : 2,
          gridTemplateColumns: { xs: '1fr', md: `repeat(${columns}, minmax(0, 1fr))` },
        },
        inputs && { '& .MuiFormControl-root': { width: '100%' } },
      ]}
    >
      {children}
    </Box>
  );

  if (variant === 'plain')
    return (
      <Box
        component="section"
        data-testid={testId}
        sx={[{ width: '100%', mb: inputs ? 1 : 2 }, ...(Array.isArray(sx) ? sx : [sx])]}
      >
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, color: 'primary.main', mb: 1 }}>
          {heading}
        </Typography>
        {body}
      </Box>
    );

  return (
    <Card component="section" data-testid={testId} sx={sx}>
      <CardHeader avatar={icon} title={heading} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
      <CardContent sx={{ pt: 0 }}>{body}</CardContent>
      {actions && <CardActions>{actions}</CardActions>}
    </Card>
  );
};

import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { agenciesEn } from '../agencies/i18n.en';
import { agencyAppealsEn } from '../agency-appeals/i18n.en';
import { agencyDeductionsEn } from '../agency-deductions/i18n.en';
import { agencyNoticesEn } from '../agency-notices/i18n.en';
import { agencyRulesEn } from '../agency-rules/i18n.en';
import { auditEn } from '../audit/i18n.en';
import { campaignsEn } from '../campaigns/i18n.en';
import { dustRateEn } from '../dashboard/dust/i18n.en';
import { dashboardEn } from '../dashboard/i18n.en';
import { districtsEn } from '../districts/i18n.en';
import { dustReviewEn } from '../dust-review/i18n.en';
import { dustSitesEn } from '../dust-sites/i18n.en';
import { enterprisesEn } from '../enterprises/i18n.en';
import { gridCoverageEn } from '../grid-coverage/i18n.en';
import { gridsEn } from '../grids/i18n.en';
import { hazardsEn } from '../hazards/i18n.en';
import { labelsEn } from '../labels/i18n.en';
import { messagesEn } from '../messages/i18n.en';
import { patrolFormsEn } from '../patrol-forms/i18n.en';
import { patrolInsightsEn } from '../patrol-insights/i18n.en';
import { patrolsEn } from '../patrols/i18n.en';
import { riskClassesEn } from '../risk-classes/i18n.en';
import { riskPointsEn } from '../risk-points/i18n.en';
import { scansEn } from '../scans/i18n.en';
import { tasksEn } from '../tasks/i18n.en';
import { townsEn } from '../towns/i18n.en';
import { usersEn } from '../users/i18n.en';
import { zeroingEn } from '../zeroing/i18n.en';

/** English: react-admin's own messages plus ours; same `app.*` and `resources.*` keys as zh.ts (a unit test checks). */
export const enMessages: TranslationMessages = {
  ...englishMessages,
  app: {
    title: 'Changan Code · Industrial Enterprise Safety Supervision',
    brand: 'Changan Code',
    subtitle: 'Industrial Enterprise Safety Supervision',
    roles: {
      cityAdmin: 'City administrator',
      districtAdmin: 'District administrator',
      townOfficer: 'Town officer',
      gridMember: 'Grid member',
      enterpriseUser: 'Enterprise user',
      agencyUser: 'Agency user',
    },
    auth: {
      usernameRequired: 'Enter your username',
      passwordRequired: 'Enter your password',
      signingIn: 'Signing in…',
      help: 'Forgot your password? Ask your district administrator to reset it. Five wrong attempts lock the account for 15 minutes.',
    },
    password: {
      title: 'Change password',
      forced: 'This is your first login or your password was reset: set a new password before you go on.',
      currentPassword: 'Current password',
      newPassword: 'New password',
      confirmPassword: 'Confirm new password',
      mismatch: 'The two new passwords differ',
      rules: 'At least 8 characters, with letters and digits',
      submit: 'Save new password',
      saved: 'Password changed',
    },
    menu: {
      ownEnterprise: 'My enterprise',
    },
    states: {
      loading: 'Loading…',
      error: 'Could not load: %{message}',
      retry: 'Retry',
      missingTitle: 'Record not found',
      missing:
        'This record does not exist or is outside your area: it may have been deleted, or the link is wrong.',
      backToList: 'Back to the list',
      backHome: 'Back to the home page',
    },
    time: {
      labelled: '%{label} (Beijing time)',
      pickDate: 'Pick a date',
      datePlaceholder: 'yyyy-mm-dd',
      dateFormat: 'Enter the date as year-month-day, e.g. 2026-11-30',
      today: 'Today',
      previousMonth: 'Previous month',
      nextMonth: 'Next month',
      weekdays: 'Mo,Tu,We,Th,Fr,Sa,Su',
      month: '%{month}/%{year}',
    },
    layout: {
      filters: 'Filters',
      language: 'Language: %{language}',
    },
    org: {
      outsideGrid: 'Outside the grid',
    },
    ...enterprisesEn.app,
    ...usersEn.app,
    ...messagesEn.app,
    ...scansEn.app,
    ...riskPointsEn.app,
    ...riskClassesEn.app,
    ...hazardsEn.app,
    ...auditEn.app,
    ...dashboardEn.app,
    ...dustRateEn.app,
    ...labelsEn.app,
    ...tasksEn.app,
    ...dustSitesEn.app,
    ...agenciesEn.app,
    ...agencyRulesEn.app,
    ...agencyDeductionsEn.app,
    ...agencyAppealsEn.app,
    ...agencyNoticesEn.app,
    ...zeroingEn.app,
    ...dustReviewEn.app,
    ...patrolInsightsEn.app,
    ...gridCoverageEn.app,
    ...patrolsEn.app,
    ...patrolFormsEn.app,
    ...campaignsEn.app,
  },
  resources: {
    ...enterprisesEn.resources,
    ...usersEn.resources,
    ...messagesEn.resources,
    ...scansEn.resources,
    ...riskPointsEn.resources,
    ...riskClassesEn.resources,
    ...hazardsEn.resources,
    ...auditEn.resources,
    ...townsEn.resources,
    ...gridsEn.resources,
    ...districtsEn.resources,
    ...tasksEn.resources,
    ...dustSitesEn.resources,
    ...agenciesEn.resources,
    ...agencyRulesEn.resources,
    ...agencyDeductionsEn.resources,
    ...agencyAppealsEn.resources,
    ...agencyNoticesEn.resources,
    ...zeroingEn.resources,
    ...dustReviewEn.resources,
    ...patrolInsightsEn.resources,
    ...gridCoverageEn.resources,
    ...patrolsEn.resources,
    ...patrolFormsEn.resources,
    ...campaignsEn.resources,
  },
};

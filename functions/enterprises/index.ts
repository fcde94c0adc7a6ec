/**
 * What other capabilities may use of enterprises: every enterprise of a district with its placement and status
 * (the stats job's census), where an enterprise sits, and whether a town or grid has any.
 */
export { type EnterpriseCensusRow, listEnterpriseCensus } from '#functions/enterprises/store/census';
export {
  enterpriseCard,
  enterprisePlacement,
  gridHasEnterprises,
  townHasEnterprises,
} from '#functions/enterprises/store/presence';
export { type PrincipalContact, principalContacts } from '#functions/enterprises/store/principal-contacts';
export { type ReminderContact, reminderContacts } from '#functions/enterprises/store/reminder-contacts';

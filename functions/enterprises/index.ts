/** What other capabilities may use of enterprises: where an enterprise sits, and whether a town or grid has any. */
export {
  enterprisePlacement,
  gridHasEnterprises,
  townHasEnterprises,
} from '#functions/enterprises/store/presence';

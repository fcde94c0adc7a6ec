import type { ResourceProps } from 'react-admin';

/**
 * What a resource folder's index.ts exports (react-admin's demo layout), e.g. `src/enterprises/index.ts`:
 *   export default { list: EnterpriseList, edit: EnterpriseEdit, icon: FactoryIcon, ... } satisfies ResourceModule;
 * App.tsx then registers it with `<Resource name="enterprises" {...enterprises} />`.
 */
export type ResourceModule = Pick<
  ResourceProps,
  'list' | 'edit' | 'create' | 'show' | 'icon' | 'recordRepresentation'
>;

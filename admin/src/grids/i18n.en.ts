/** The grids screens' English strings: `app.*` for their own texts, `resources.grids.*` for react-admin's. */
export const gridsEn = {
  resources: {
    grids: {
      name: 'Grid |||| Grids',
      fields: {
        name: 'Name',
        districtId: 'District',
        townId: 'Town',
        createdAt: 'Created',
        updatedAt: 'Last changed',
      },
    },
  },
};

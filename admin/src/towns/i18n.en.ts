/** The towns screens' English strings: `app.*` for their own texts, `resources.towns.*` for react-admin's. */
export const townsEn = {
  resources: {
    towns: {
      name: 'Town |||| Towns',
      fields: {
        name: 'Name',
        districtId: 'District',
        createdAt: 'Created',
        updatedAt: 'Last changed',
      },
    },
  },
};

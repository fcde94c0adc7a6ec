/** The districts screens' English strings: `app.*` for their own texts, `resources.districts.*` for react-admin's. */
export const districtsEn = {
  resources: {
    districts: {
      name: 'District |||| Districts',
      fields: {
        name: 'Name',
        code: 'Division code',
      },
    },
  },
};

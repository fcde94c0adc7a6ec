/** The districts screens' Chinese strings: `app.*` for their own texts, `resources.districts.*` for react-admin's. */
export const districtsZh = {
  resources: {
    districts: {
      name: '辖市（区）',
      fields: {
        name: '名称',
        code: '行政区划代码',
      },
    },
  },
};

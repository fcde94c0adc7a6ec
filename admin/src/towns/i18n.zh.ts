/** The towns screens' Chinese strings: `app.*` for their own texts, `resources.towns.*` for react-admin's. */
export const townsZh = {
  resources: {
    towns: {
      name: '镇（街道）',
      fields: {
        name: '名称',
        districtId: '辖市（区）',
        createdAt: '创建时间',
        updatedAt: '最后修改',
      },
    },
  },
};

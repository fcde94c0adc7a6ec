/** The grids screens' Chinese strings: `app.*` for their own texts, `resources.grids.*` for react-admin's. */
export const gridsZh = {
  resources: {
    grids: {
      name: '网格',
      fields: {
        name: '网格名称',
        districtId: '辖市（区）',
        townId: '镇（街道）',
        createdAt: '创建时间',
        updatedAt: '最后修改',
      },
    },
  },
};

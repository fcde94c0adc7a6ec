/** The 巡查表 page's Chinese strings: `app.patrolForm.*`, `app.patrolPlan.*` and `resources.patrol-forms.*`. */
export const patrolFormsZh = {
  app: {
    patrolForm: {
      title: '巡查表与巡查计划',
      city: '市级巡查表',
      district: '本辖市（区）增加的检查项',
      version: '当前第 %{version} 版',
      keepHint: '保存后生成新版本；已完成的巡查记录保留当时的检查项。',
      noItems: '暂无检查项',
      newItem: '新增',
      itemLabel: '第 %{n} 项',
      remove: '删除该项',
      add: '添加检查项',
      save: '保存为新版本',
      saved: '已保存为第 %{version} 版',
      tooMany: '检查项最多 60 项',
      cityEmpty: '市级巡查表至少保留 1 个检查项',
      emptyText: '请填写每一项的内容，或删除空白项',
      tooLong: '每项内容不能超过 200 个字',
    },
    patrolPlan: {
      title: '巡查计划',
      default: '未单独设置：按默认每 %{days} 天巡查一次（每月）',
      own: '本辖市（区）设定：每 %{days} 天巡查一次',
      days: '巡查周期（天）',
      save: '保存巡查周期',
      saved: '巡查周期已设为 %{days} 天',
      invalid: '巡查周期须为 1–366 的整数天',
    },
  },
  resources: {
    'patrol-forms': { name: '巡查表', fields: {} },
  },
};

import { taskKindRules, taskResultLabels } from '#functions/tasks/domain/kinds';

const kindLabels = Object.fromEntries(
  Object.entries(taskKindRules).map(([kind, rule]) => [kind, rule.label]),
);

/** The 任务 screens' Chinese strings: `app.task.*` for their own texts, `resources.tasks.*` for react-admin's. */
export const tasksZh = {
  app: {
    task: {
      empty: '暂无任务',
      emptyHint: '连续 3 天未上报粉尘清扫照片会生成镇（街道）督促任务，连续 7 天生成区级现场核查任务。',
      status: { open: '待办', done: '已办结' },
      kind: kindLabels,
      result: taskResultLabels,
      level: { town: '镇（街道）任务', district: '区级任务' },
      view: { mine: '我的待办', scope: '辖区全部' },
      overdue: '已超期',
      urgent: '紧急',
      subject: '对象',
      complete: {
        title: '办结任务',
        result: '办理结果',
        note: '办理情况',
        photos: '现场照片',
        photosNeeded: '须上传至少 %{count} 张现场照片',
        addPhoto: '拍照/选择照片',
        uploading: '照片上传校验中…',
        submit: '办结',
        done: '任务已办结',
        onlyAssignee: '此任务由被指派单位办理，您只能查看。',
      },
      completed: '办结情况',
    },
  },
  resources: {
    tasks: {
      name: '任务',
      fields: {
        title: '任务',
        kind: '类型',
        status: '状态',
        dueAt: '办理期限',
        level: '层级',
        view: '视图',
        enterpriseId: '企业',
        siteName: '场所',
        townId: '镇（街道）',
        districtId: '辖市（区）',
        detail: '说明',
        createdAt: '生成时间',
        completedAt: '办结时间',
        completedByName: '办结人',
        note: '办理情况',
        result: '办理结果',
      },
    },
  },
};

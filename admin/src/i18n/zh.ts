import type { TranslationMessages } from 'react-admin';
import { agenciesZh } from '../agencies/i18n.zh';
import { agencyAppealsZh } from '../agency-appeals/i18n.zh';
import { agencyDeductionsZh } from '../agency-deductions/i18n.zh';
import { agencyNoticesZh } from '../agency-notices/i18n.zh';
import { agencyRulesZh } from '../agency-rules/i18n.zh';
import { auditZh } from '../audit/i18n.zh';
import { roleLabels } from '../auth/roles';
import { campaignsZh } from '../campaigns/i18n.zh';
import { dustRateZh } from '../dashboard/dust/i18n.zh';
import { dashboardZh } from '../dashboard/i18n.zh';
import { districtsZh } from '../districts/i18n.zh';
import { dustReviewZh } from '../dust-review/i18n.zh';
import { dustSitesZh } from '../dust-sites/i18n.zh';
import { enterprisesZh } from '../enterprises/i18n.zh';
import { gridCoverageZh } from '../grid-coverage/i18n.zh';
import { gridsZh } from '../grids/i18n.zh';
import { hazardsZh } from '../hazards/i18n.zh';
import { labelsZh } from '../labels/i18n.zh';
import { messagesZh } from '../messages/i18n.zh';
import { patrolFormsZh } from '../patrol-forms/i18n.zh';
import { patrolInsightsZh } from '../patrol-insights/i18n.zh';
import { patrolsZh } from '../patrols/i18n.zh';
import { riskClassesZh } from '../risk-classes/i18n.zh';
import { riskPointsZh } from '../risk-points/i18n.zh';
import { scansZh } from '../scans/i18n.zh';
import { tasksZh } from '../tasks/i18n.zh';
import { townsZh } from '../towns/i18n.zh';
import { usersZh } from '../users/i18n.zh';
import { zeroingZh } from '../zeroing/i18n.zh';

/**
 * The console's Simplified Chinese messages, the default locale. `ra.*` follows ra-language-english 5.15 key
 * for key (Chinese has no plural forms, so its `||||` variants collapse into one sentence with %{smart_count});
 * `app.*` is ours; resources add `resources.<name>.name` and `resources.<name>.fields.<field>`.
 */
export const zhMessages: TranslationMessages = {
  ra: {
    action: {
      add_filter: '添加筛选',
      add: '添加',
      back: '返回',
      bulk_actions: '已选择 %{smart_count} 项',
      cancel: '取消',
      clear_array_input: '清空列表',
      clear_input_value: '清除',
      clone: '复制',
      confirm: '确认',
      create: '新建',
      create_item: '新建%{item}',
      delete: '删除',
      edit: '编辑',
      export: '导出',
      list: '列表',
      refresh: '刷新',
      remove_filter: '移除此筛选',
      remove_all_filters: '清除全部筛选',
      remove: '移除',
      reset: '重置',
      save: '保存',
      search: '搜索',
      search_columns: '搜索列',
      select_all: '全选',
      select_all_button: '全选',
      select_row: '选择此行',
      show: '查看',
      sort: '排序',
      undo: '撤销',
      unselect: '取消选择',
      expand: '展开',
      close: '关闭',
      open_menu: '打开菜单',
      close_menu: '关闭菜单',
      update: '更新',
      move_up: '上移',
      move_down: '下移',
      open: '打开',
      toggle_theme: '切换浅色/深色模式',
      select_columns: '显示列',
      update_application: '重新加载',
    },
    boolean: {
      true: '是',
      false: '否',
      null: ' ',
    },
    page: {
      create: '新建%{name}',
      dashboard: '首页',
      edit: '%{name} %{recordRepresentation}',
      error: '出错了',
      list: '%{name}',
      loading: '加载中',
      not_found: '页面不存在',
      show: '%{name} %{recordRepresentation}',
      empty: '暂无%{name}',
      invite: '要新建一条吗？',
      access_denied: '无权访问',
      authentication_error: '身份验证出错',
    },
    input: {
      file: {
        upload_several: '将文件拖到此处上传，或点击选择文件',
        upload_single: '将文件拖到此处上传，或点击选择文件',
      },
      image: {
        upload_several: '将图片拖到此处上传，或点击选择图片',
        upload_single: '将图片拖到此处上传，或点击选择图片',
      },
      references: {
        all_missing: '找不到关联的数据',
        many_missing: '部分关联的数据已不存在',
        single_missing: '关联的数据已不存在',
      },
      password: {
        toggle_visible: '隐藏密码',
        toggle_hidden: '显示密码',
      },
    },
    message: {
      about: '关于',
      access_denied: '您没有访问此页面的权限',
      are_you_sure: '确定吗？',
      authentication_error: '身份验证服务返回错误，无法核验您的凭据',
      auth_error: '校验登录凭据时出错',
      bulk_delete_content: '确定要删除这 %{smart_count} 项吗？',
      bulk_delete_title: '删除 %{smart_count} 项%{name}',
      bulk_update_content: '确定要更新这 %{smart_count} 项吗？',
      bulk_update_title: '更新 %{smart_count} 项%{name}',
      clear_array_input: '确定要清空整个列表吗？',
      delete_content: '确定要删除这条%{name}吗？',
      delete_title: '删除%{name} %{recordRepresentation}',
      details: '详情',
      error: '页面出现错误，操作未能完成',
      invalid_form: '表单填写有误，请检查标红的字段',
      loading: '请稍候',
      no: '否',
      not_found: '您输入的网址有误，或者链接已失效',
      select_all_limit_reached: '数据过多，无法全部选中；已选中前 %{max} 项',
      unsaved_changes: '部分修改尚未保存，确定要放弃吗？',
      update_content: '确定要更新%{name} %{recordRepresentation}吗？',
      update_title: '更新%{name} %{recordRepresentation}',
      yes: '是',
      placeholder_data_warning: '网络异常：数据刷新失败',
    },
    navigation: {
      clear_filters: '清除筛选',
      no_filtered_results: '当前筛选条件下没有%{name}',
      no_results: '没有找到%{name}',
      no_more_results: '第 %{page} 页超出范围，请返回上一页',
      page_out_of_boundaries: '第 %{page} 页超出范围',
      page_out_from_end: '已是最后一页',
      page_out_from_begin: '已是第一页',
      page_range_info: '第 %{offsetBegin}-%{offsetEnd} 条，共 %{total} 条',
      partial_page_range_info: '第 %{offsetBegin}-%{offsetEnd} 条，共 %{offsetEnd} 条以上',
      current_page: '第 %{page} 页',
      page: '转到第 %{page} 页',
      first: '转到第一页',
      last: '转到最后一页',
      next: '下一页',
      previous: '上一页',
      page_rows_per_page: '每页行数：',
      skip_nav: '跳到正文',
    },
    sort: {
      sort_by: '按%{field_lower_first}%{order}排列',
      ASC: '升序',
      DESC: '降序',
    },
    auth: {
      auth_check_error: '请先登录',
      user_menu: '个人设置',
      username: '用户名',
      password: '密码',
      email: '电子邮箱',
      sign_in: '登录',
      sign_in_error: '登录失败，请重试',
      logout: '退出登录',
    },
    notification: {
      updated: '已更新 %{smart_count} 项',
      created: '已新建',
      deleted: '已删除 %{smart_count} 项',
      bad_item: '数据有误',
      item_doesnt_exist: '记录不存在',
      http_error: '与服务器通信出错',
      data_provider_error: '数据服务出错，详情请查看浏览器控制台',
      i18n_error: '无法加载所选语言的翻译',
      canceled: '操作已取消',
      logged_out: '登录已过期，请重新登录',
      not_authorized: '您无权访问此资源',
      application_update_available: '有新版本可用',
      offline: '网络未连接，无法获取数据',
    },
    validation: {
      required: '必填',
      minLength: '至少 %{min} 个字符',
      maxLength: '不能超过 %{max} 个字符',
      minValue: '不能小于 %{min}',
      maxValue: '不能大于 %{max}',
      number: '必须是数字',
      email: '请输入有效的电子邮箱',
      oneOf: '必须是以下之一：%{options}',
      regex: '格式不正确（须符合：%{pattern}）',
      unique: '不能重复',
    },
    saved_queries: {
      label: '已保存的查询',
      query_name: '查询名称',
      new_label: '保存当前查询…',
      new_dialog_title: '将当前查询保存为',
      remove_label: '删除已保存的查询',
      remove_label_with_name: '删除查询“%{name}”',
      remove_dialog_title: '删除已保存的查询？',
      remove_message: '确定要从已保存的查询中删除这一项吗？',
      help: '筛选列表后可保存此查询以便下次使用',
    },
    guesser: {
      empty: {
        title: '没有可显示的数据',
        message: '请检查数据服务',
      },
    },
    configurable: {
      customize: '自定义',
      configureMode: '配置此页面',
      inspector: {
        title: '检查器',
        content: '将鼠标悬停在页面元素上进行配置',
        reset: '恢复默认设置',
        hideAll: '全部隐藏',
        showAll: '全部显示',
      },
      Datagrid: {
        title: '数据表格',
        unlabeled: '未命名列 #%{column}',
      },
      SimpleForm: {
        title: '表单',
        unlabeled: '未命名输入项 #%{input}',
      },
      SimpleList: {
        title: '列表',
        primaryText: '主要文字',
        secondaryText: '次要文字',
        tertiaryText: '第三行文字',
      },
    },
  },
  app: {
    title: '常安码 · 工贸企业安全监管平台',
    brand: '常安码',
    subtitle: '工贸企业安全监管平台',
    roles: { ...roleLabels },
    auth: {
      usernameRequired: '请输入用户名',
      passwordRequired: '请输入密码',
      signingIn: '正在登录…',
      help: '忘记密码请联系本辖区管理员重置；连续输错 5 次将锁定 15 分钟。',
    },
    password: {
      title: '修改密码',
      forced: '首次登录或密码已被管理员重置，请先设置新密码后再使用平台。',
      currentPassword: '当前密码',
      newPassword: '新密码',
      confirmPassword: '确认新密码',
      mismatch: '两次输入的新密码不一致',
      rules: '至少 8 位，须同时包含字母和数字',
      submit: '保存新密码',
      saved: '密码已修改',
    },
    menu: {
      ownEnterprise: '本企业',
    },
    states: {
      loading: '正在加载…',
      error: '加载失败：%{message}',
      retry: '重试',
      missingTitle: '找不到这条记录',
      missing: '该记录不存在，或不在您的管辖范围内：它可能已被删除，或链接有误。',
      backToList: '返回列表',
      backHome: '返回首页',
    },
    time: {
      /** Said once per screen, next to its first time column or section. */
      labelled: '%{label}（北京时间）',
      pickDate: '选择日期',
      datePlaceholder: '年-月-日',
      dateFormat: '请按“年-月-日”填写，如 2026-11-30',
      today: '今天',
      previousMonth: '上个月',
      nextMonth: '下个月',
      weekdays: '一,二,三,四,五,六,日',
      month: '%{year}年%{month}月',
    },
    layout: {
      filters: '筛选',
      language: '界面语言：%{language}',
    },
    org: {
      outsideGrid: '网格外',
    },
    ...enterprisesZh.app,
    ...usersZh.app,
    ...messagesZh.app,
    ...scansZh.app,
    ...riskPointsZh.app,
    ...riskClassesZh.app,
    ...hazardsZh.app,
    ...auditZh.app,
    ...dashboardZh.app,
    ...dustRateZh.app,
    ...labelsZh.app,
    ...tasksZh.app,
    ...dustSitesZh.app,
    ...agenciesZh.app,
    ...agencyRulesZh.app,
    ...agencyDeductionsZh.app,
    ...agencyAppealsZh.app,
    ...agencyNoticesZh.app,
    ...zeroingZh.app,
    ...dustReviewZh.app,
    ...patrolInsightsZh.app,
    ...gridCoverageZh.app,
    ...patrolsZh.app,
    ...patrolFormsZh.app,
    ...campaignsZh.app,
  },
  resources: {
    ...enterprisesZh.resources,
    ...usersZh.resources,
    ...messagesZh.resources,
    ...scansZh.resources,
    ...riskPointsZh.resources,
    ...riskClassesZh.resources,
    ...hazardsZh.resources,
    ...auditZh.resources,
    ...townsZh.resources,
    ...gridsZh.resources,
    ...districtsZh.resources,
    ...tasksZh.resources,
    ...dustSitesZh.resources,
    ...agenciesZh.resources,
    ...agencyRulesZh.resources,
    ...agencyDeductionsZh.resources,
    ...agencyAppealsZh.resources,
    ...agencyNoticesZh.resources,
    ...zeroingZh.resources,
    ...dustReviewZh.resources,
    ...patrolInsightsZh.resources,
    ...gridCoverageZh.resources,
    ...patrolsZh.resources,
    ...patrolFormsZh.resources,
    ...campaignsZh.resources,
  },
};

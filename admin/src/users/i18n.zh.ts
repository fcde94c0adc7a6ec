/** The users screens' Chinese strings: `app.*` for their own texts, `resources.users.*` for react-admin's. */
export const usersZh = {
  app: {
    user: {
      wholeCity: '全市',
      usernameHelp: '3–32 位小写字母、数字、点、下划线或连字符，以字母开头；创建后不能修改',
      sections: {
        account: '账号',
        scope: '角色与管辖范围',
      },
      state: {
        active: '在用',
        disabled: '已停用',
      },
      status: {
        disable: '停用',
        enable: '启用',
        disabled: '已停用 %{name} 的账号',
        enabled: '已启用 %{name} 的账号',
        disableTitle: '停用 %{name} 的账号？',
        disableContent:
          '停用后，%{name}（%{username}）将无法登录，已登录的会话也会失效。之后可以随时重新启用。',
        enableTitle: '启用 %{name} 的账号？',
        enableContent: '启用后，%{name}（%{username}）可以重新登录平台。',
        disableFailed: '停用失败：%{message}',
        enableFailed: '启用失败：%{message}',
      },
      unlock: {
        button: '解除锁定',
        title: '解除 %{name} 的登录锁定？',
        content:
          '%{name}（%{username}）因登录失败次数过多被锁定至 %{until}（北京时间）。解除后可立即重新登录；如怀疑密码泄露，请改为重置密码。',
        done: '已解除 %{name} 的登录锁定',
        failed: '解除锁定失败：%{message}',
      },
      reset: {
        button: '重置密码',
        title: '重置 %{name} 的密码？',
        content: '将为 %{name}（%{username}）生成一次性临时密码，原密码立即失效。',
        doneTitle: '临时密码',
        doneBody: '请将临时密码当面或电话告知 %{name}（%{username}），其登录后须立即设置新密码。',
        copy: '复制',
        copied: '已复制',
        copyFailed: '无法访问剪贴板，请手动选中复制',
        once: '临时密码只显示这一次，关闭后无法再次查看。',
        failed: '重置密码失败：%{message}',
      },
    },
  },
  resources: {
    users: {
      name: '用户',
      fields: {
        q: '姓名或用户名包含',
        username: '用户名',
        password: '初始密码',
        name: '姓名',
        phone: '手机号码',
        role: '角色',
        scope: '管辖范围',
        districtId: '辖市（区）',
        townId: '镇（街道）',
        gridId: '网格',
        enterpriseId: '所属企业',
        agencyId: '所属中介机构',
        isPrincipal: '企业主要负责人',
        disabled: '状态',
        mustChangePassword: '须修改密码',
        lockedUntil: '登录锁定至',
        createdAt: '创建时间',
        updatedAt: '最后修改',
      },
    },
  },
};

/** The labels components' Chinese strings (常安码 QR preview and label sheet printing). */
export const labelsZh = {
  app: {
    labels: {
      qr: {
        title: '常安码',
        download: '下载 PNG',
        failed: '生成图片失败，请重试',
      },
      print: {
        button: '打印标签',
        title: '打印常安码标签',
        selected: '打印已选择的 %{count} 个风险点（A4，每页 8 张）。',
        filtered: '打印当前筛选条件下的全部风险点（A4，每页 8 张）。',
        all: '打印可见的全部风险点（A4，每页 8 张）。',
        queued: '已提交，等待生成…',
        running: '正在生成标签…',
        processed: '已生成 %{processed} / %{total} 张',
        done: '已生成 %{total} 张标签。',
        empty: '没有可打印的风险点（已停用的风险点不打印）。',
        skipped: '%{count} 个风险点不在您的管辖范围内或已停用，未打印。',
        download: '下载 PDF',
        failed: '生成标签失败，请重试',
      },
    },
  },
};

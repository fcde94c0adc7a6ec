/** Agency screens' English strings. */
export const agenciesEn = {
  app: {
    agency: {
      type: {
        assessment: 'Safety assessment',
        testing: 'Testing',
        consulting: 'Consulting',
        training: 'Training',
        other: 'Other',
      },
      status: { registered: 'Registered', suspended: 'Suspended', deregistered: 'Deregistered' },
      listed: { true: 'Listed', false: 'Not listed' },
      tabs: { details: 'Details', deductions: 'Deductions (this year)', appeals: 'Appeals', none: 'None' },
      import: {
        button: 'Import',
        title: 'Import agencies',
        intro:
          'Upload an .xlsx or .csv file (up to 5 MB) with a header row. Rows are matched by credit code: known agencies are updated (a district admin only those registered in its district), new ones registered; rows with errors are skipped and listed with their reasons.',
        columns:
          'Header: 名称, 统一社会信用代码, 类型, 注册辖区, 从业辖区 (separated by 、, optional), 资质证书编号, 证书有效期 (YYYY-MM-DD), 联系人, 联系电话, 状态 (optional, default 已登记). An exported file can be edited and imported again.',
        choose: 'Choose file',
        noFile: 'No file chosen',
        uploading: 'Uploading %{name}…',
        queued: 'Uploaded, waiting to be processed…',
        processing: 'Checking and writing row by row…',
        background:
          'Closing this window does not stop the import; the list shows the result when it is done.',
        start: 'Start import',
        again: 'Import another file',
        cancelUpload: 'Cancel upload',
        failed: 'The import failed; check the file and try again',
        done: 'Import done: %{total} rows, all imported.',
        doneWithErrors:
          'Import done: %{total} rows, some with errors (below); fix them and import those rows again.',
        created: 'Created',
        updated: 'Updated',
        unchanged: 'Unchanged',
        failedRows: 'Failed',
        row: 'Row',
        column: 'Column',
        reason: 'Reason',
      },
      export: {
        button: 'Export',
        title: 'Export agencies',
        filtered:
          'Exports the list’s current filter to an Excel (XLSX) file, with this year’s score and listing.',
        all: 'No filter set: exports every agency you manage (XLSX), with this year’s score and listing.',
        queued: 'Preparing the export…',
        running: 'Writing the file…',
        failed: 'The export failed; please try again later',
        done: 'Export done: %{total} agencies.',
        download: 'Download',
      },
      empty: 'No agencies yet',
      emptyHint:
        'Register the technical service agencies (assessment, testing, consulting, training); then deduct points under the rules and list those that qualify.',
    },
  },
  resources: {
    agencies: {
      name: 'Agencies',
      fields: {
        name: 'Name',
        creditCode: 'Unified social credit code',
        type: 'Type',
        districtId: 'Registered district',
        workDistrictIds: 'Works in',
        certificateNo: 'Certificate no.',
        certificateExpiry: 'Certificate valid through',
        contactName: 'Contact',
        contactPhone: 'Contact phone',
        status: 'Status',
        score: 'Score this year',
        listed: 'Listed',
        updatedAt: 'Updated',
        q: 'Name',
      },
    },
  },
};

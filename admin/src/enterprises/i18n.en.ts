/** The enterprises screens' English strings: `app.*` for their own texts, `resources.enterprises.*` for react-admin's. */
export const enterprisesEn = {
  app: {
    enterprise: {
      flags: {
        dust: 'Explosive dust',
        nonCoalMine: 'Non-coal mine',
        listingReserve: 'Listing reserve',
      },
      sections: {
        basic: 'Basics',
        place: 'Place and grid',
        people: 'Principal and contact',
        record: 'Record',
      },
      emptyHint: 'Create enterprises one by one, or import many at once from the template.',
      import: {
        button: 'Import',
        title: 'Import enterprises',
        intro:
          'Upload an .xlsx or .csv file (at most 20 MB) with a header row. Rows are matched by credit code: registered enterprises are updated, new ones created; rows with errors are skipped and listed with the reason.',
        template: 'Download the import template',
        choose: 'Choose file',
        noFile: 'No file chosen',
        uploading: 'Uploading %{name}…',
        queued: 'Uploaded, waiting to be processed…',
        processing: 'Checking and saving row by row…',
        processed: '%{processed} / %{total} rows processed',
        background:
          'Closing this window does not stop the import; the list shows the result when it is done.',
        start: 'Start import',
        again: 'Import another file',
        cancelUpload: 'Cancel upload',
        failed: 'The import failed; check the file and try again',
        done: 'Import finished: %{total} rows, all imported.',
        doneWithErrors:
          'Import finished: %{total} rows, some with errors. Fix them as listed and import those rows again.',
        created: 'Created',
        updated: 'Updated',
        unchanged: 'Unchanged',
        failedRows: 'Failed',
        row: 'Row',
        column: 'Column',
        reason: 'Reason',
        moreErrors:
          'These are the first %{shown} errors of %{failed} failed rows; download the report for all of them.',
        report: 'Download the full error report',
      },
      export: {
        title: 'Export enterprises',
        filtered: 'Exports the list with its current filters as an Excel (XLSX) file.',
        all: 'No filter set: exports every enterprise in your area (XLSX).',
        queued: 'Preparing the export…',
        running: 'Writing the file…',
        processed: '%{processed} / %{total} enterprises exported',
        failed: 'The export failed; try again later',
        done: 'Export finished: %{total} enterprises.',
        download: 'Download file',
      },
    },
  },
  resources: {
    enterprises: {
      name: 'Enterprise |||| Enterprises',
      fields: {
        name: 'Name',
        q: 'Name contains',
        creditCode: 'Credit code',
        districtId: 'District',
        townId: 'Town',
        gridId: 'Grid',
        industry: 'Industry',
        status: 'Status',
        flags: 'Flags',
        flag: 'Flag',
        address: 'Address',
        principal: { name: 'Principal', phone: "Principal's phone" },
        safetyContact: { name: 'Safety contact', phone: "Safety contact's phone" },
        createdAt: 'Registered',
        updatedAt: 'Last changed',
      },
    },
  },
};

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
        record: 'Record (Beijing time)',
      },
      duplicate: { open: 'Open the enterprise registered with this code' },
      emptyHint: 'Create enterprises one by one, or import many at once from the template.',
      import: {
        button: 'Import',
        title: 'Import enterprises',
        intro:
          'Upload an .xlsx or .csv file (at most 20 MB) with a header row. Rows are matched by credit code: registered enterprises are updated, new ones created; rows with errors are skipped and listed with the reason.',
        template: 'Download the import template (example, drop-down lists, instructions)',
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
          'Import finished: %{total} rows, some with errors (below). Download the error report: it holds those rows as they were, with the reasons; fix them there and import the report itself.',
        created: 'Created',
        updated: 'Updated',
        unchanged: 'Unchanged',
        failedRows: 'Failed',
        row: 'Row',
        column: 'Column',
        reason: 'Reason',
        moreErrors:
          'These are the first %{shown} errors of %{failed} failed rows; download the report for all of them.',
        report: 'Download the error report (failed rows and reasons)',
        indexing: 'Building the name search index (%{indexed} / %{total} done)',
        indexingHint:
          'The new enterprises are already in the list, filters and exports; until the index is built a name search may miss some of them.',
        indexDeferred:
          'The name search index is not complete: %{missing} new enterprises cannot be found by name yet; it is completed automatically tonight. The list, filters and exports are not affected; no need to import again.',
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
        districtName: 'District',
        townName: 'Town',
        gridName: 'Grid',
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

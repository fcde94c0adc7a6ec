/** The labels components' English strings. */
export const labelsEn = {
  app: {
    labels: {
      qr: {
        title: 'Risk point code',
        download: 'Download PNG',
        failed: 'Could not make the image, please retry',
      },
      print: {
        button: 'Print labels',
        title: 'Print risk point labels',
        selected: 'Print the %{count} selected risk points (A4, 8 a page).',
        filtered: 'Print every risk point matching the current filter (A4, 8 a page).',
        all: 'Print every risk point you can see (A4, 8 a page).',
        queued: 'Submitted, waiting…',
        running: 'Making the labels…',
        processed: '%{processed} / %{total} labels made',
        done: '%{total} labels made.',
        empty: 'No risk point to print (retired points are not printed).',
        skipped: '%{count} risk points are outside your scope or retired and were not printed.',
        download: 'Download PDF',
        failed: 'Could not make the labels, please retry',
      },
    },
  },
};

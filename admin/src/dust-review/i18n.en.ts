/** Spot-check gallery (dust cleaning reviews) strings, English. */
export const dustReviewEn = {
  app: {
    dustReview: {
      title: 'Photo spot checks',
      filters: { district: 'District', town: 'Town', day: 'Upload day', state: 'State' },
      state: { queued: 'To review', approved: 'Approved', rejected: 'Rejected' },
      suspect: 'Suspect',
      approve: 'Approve',
      reject: 'Reject',
      rejectTitle: 'Reject the cleaning photos',
      rejectHint: 'The day then counts as not cleaned, and the site contact is asked by SMS to upload again.',
      reason: 'Reason',
      reasonRequired: 'Give a reason',
      reasonTooLong: 'At most %{max} characters',
      confirmReject: 'Reject',
      approved: 'Approved',
      rejected: 'Rejected; the site contact was asked to upload again',
      empty: 'No photos to check for these filters',
      emptyHint: "The daily spot check puts a share of each town's photos here (suspect photos always).",
      more: 'Load more',
      keys: 'Keys: arrows select, A approves, R rejects',
      photoCount: '%{count} photos',
      reviewedReason: 'Reason: %{reason}',
      open: 'Open large',
    },
  },
  resources: { 'dust-reviews': { name: 'Photo spot checks' } },
};

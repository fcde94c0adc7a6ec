import type { scansZh } from './i18n.zh';

/** English strings of the scan screens: the same keys as i18n.zh.ts. */
export const scansEn: typeof scansZh = {
  app: {
    scan: {
      empty: 'No scans yet',
      emptyHint: 'Scans appear here once enterprise staff scan a risk point code on their phone and submit.',
      result: { normal: 'Normal', hazard: 'Hazard found' },
      answer: { pass: 'Compliant', fail: 'Non-compliant', na: 'Not applicable' },
      level: { red: 'Major risk', orange: 'High risk', yellow: 'Moderate risk', blue: 'Low risk' },
      yes: 'Yes',
      no: 'No',
      late: 'Late scan',
      onTime: 'On time',
      principal: 'Principal',
      hazardLink: 'View hazard',
      sections: { point: 'Risk point', scan: 'Scan (Beijing time)', answers: 'Checklist' },
      noAnswers: 'This risk point has no checklist items.',
      tabEmpty: 'No scans for this enterprise yet',
    },
  },
  resources: {
    scans: {
      name: 'Scan |||| Scans',
      fields: {
        scannedAt: 'Scanned at',
        enterpriseName: 'Enterprise',
        enterpriseId: 'Enterprise',
        riskPointName: 'Risk point',
        riskPointId: 'Risk point',
        level: 'Risk level',
        className: 'Risk class',
        location: 'Location',
        districtId: 'District',
        townId: 'Town',
        userName: 'Scanned by',
        principal: 'Principal',
        late: 'Late',
        dueAt: 'Due at',
        result: 'Result',
        photoIds: 'Photos',
        from: 'From',
        to: 'To',
        answers: 'Checklist',
      },
    },
  },
};

import type { Page } from 'playwright-core';
import englishMessages from 'ra-language-english';
import type { Role } from '#functions/platform/manifest-types';

/**
 * Every console screen each role reaches (its menu, the create pages it may open, one record of each kind),
 * written out by hand from the access policy. `{enterprise}` and the like are filled with a record that role
 * can read.
 */
export const screensOf: Readonly<Record<Role, readonly string[]>> = {
  cityAdmin: [
    '/',
    '/enterprises',
    '/enterprises/create',
    '/enterprises/{enterprise}/show',
    '/enterprises/{enterprise}',
    '/risk-points',
    '/risk-points/create',
    '/hazards',
    '/hazards/create',
    '/scans',
    '/dust-sites',
    '/dust-sites/create',
    '/dust-reviews',
    '/grid-outside',
    '/agencies',
    '/agencies/create',
    '/agency-rules',
    '/agency-rules/create',
    '/agency-deductions',
    '/agency-deductions/create',
    '/agency-appeals',
    '/agency-notices',
    '/agency-notices/create',
    '/zeroing-campaigns',
    '/zeroing-campaigns/create',
    '/tasks',
    '/risk-classes',
    '/risk-classes/create',
    '/towns',
    '/towns/create',
    '/towns/{town}',
    '/grids',
    '/grids/create',
    '/grids/{grid}',
    '/districts',
    '/users',
    '/users/create',
    '/users/{user}',
    '/messages',
    '/messages/{message}/show',
    '/audit',
    '/system',
    '/change-password',
  ],
  districtAdmin: [
    '/',
    '/enterprises',
    '/enterprises/create',
    '/enterprises/{enterprise}/show',
    '/enterprises/{enterprise}',
    '/risk-points',
    '/risk-points/create',
    '/hazards',
    '/hazards/create',
    '/scans',
    '/dust-sites',
    '/dust-sites/create',
    '/dust-reviews',
    '/grid-outside',
    '/agencies',
    '/agencies/create',
    '/agency-rules',
    '/agency-deductions',
    '/agency-deductions/create',
    '/agency-appeals',
    '/agency-notices',
    '/agency-notices/create',
    '/zeroing-campaigns',
    '/tasks',
    '/risk-classes',
    '/towns',
    '/towns/{town}',
    '/grids',
    '/grids/{grid}',
    '/districts',
    '/users',
    '/users/{user}',
    '/messages',
    '/audit',
    '/change-password',
  ],
  townOfficer: [
    '/',
    '/enterprises',
    '/enterprises/{enterprise}/show',
    '/risk-points',
    '/hazards',
    '/hazards/create',
    '/scans',
    '/dust-sites',
    '/dust-reviews',
    '/grid-outside',
    '/tasks',
    '/risk-classes',
    '/towns',
    '/grids',
    '/change-password',
  ],
  gridMember: [
    '/',
    '/enterprises',
    '/enterprises/{enterprise}/show',
    '/risk-points',
    '/hazards',
    '/hazards/create',
    '/scans',
    '/dust-sites',
    '/risk-classes',
    '/towns',
    '/grids',
    '/change-password',
  ],
  enterpriseUser: [
    '/',
    '/enterprises/{enterprise}/show',
    '/risk-points',
    '/risk-points/create',
    '/hazards',
    '/scans',
    '/dust-sites',
    '/risk-classes',
    '/change-password',
  ],
  agencyUser: [
    '/',
    '/agencies',
    '/agency-rules',
    '/agency-deductions',
    '/agency-appeals',
    '/agency-notices',
    '/change-password',
  ],
};

/** Leaf strings of a message tree. */
function leaves(messages: object): string[] {
  return Object.values(messages).flatMap((value) =>
    typeof value === 'object' && value !== null ? leaves(value) : [String(value)],
  );
}

/**
 * English a Chinese screen must not show: react-admin's own English messages, MUI's built-in labels, the
 * browser's date placeholder and codes that have Chinese names. Compared with whole texts and attributes.
 */
export const englishStrings: ReadonlySet<string> = new Set(
  [
    ...leaves(englishMessages).flatMap((text) => text.split(' |||| ')),
    'Go to first page',
    'Go to previous page',
    'Go to next page',
    'Go to last page',
    'Rows per page:',
    'Close',
    'Open',
    'Clear',
    'No options',
    'Loading…',
    'mm/dd/yyyy',
    'console',
    'sns',
    'http',
    'PENDING',
    'SENDING',
    'SENT',
    'FAILED',
    'DEAD',
    'cityAdmin',
    'districtAdmin',
    'townOfficer',
    'gridMember',
    'enterpriseUser',
    'requestImport',
    'changePassword',
    'sendTest',
    'message',
  ]
    .filter((text) => !text.includes('%{'))
    .map((text) => text.trim())
    .filter((text) => text.length >= 2),
);

/** Texts and attributes on the page that are known English, untranslated keys, or a native date input. */
export async function englishOnPage(page: Page): Promise<string[]> {
  const found = await page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement?.closest('noscript')) continue;
      texts.push(node.textContent?.trim() ?? '');
    }
    for (const element of document.querySelectorAll('[aria-label],[title],[placeholder]'))
      for (const name of ['aria-label', 'title', 'placeholder'])
        texts.push(element.getAttribute(name)?.trim() ?? '');
    if (document.querySelector('input[type="date"]')) texts.push('mm/dd/yyyy');
    return texts;
  });
  // The language menu names English in English, as every language picker does.
  return [
    ...new Set(
      found.filter(
        (text) =>
          text !== 'English' && (englishStrings.has(text) || /^(ra|app|resources)\.[a-z]\w*\./.test(text)),
      ),
    ),
  ];
}

/** Waits until the screen has its data: no API request in flight for 200 ms and no loading state. */
export async function settled(page: Page): Promise<void> {
  // Without the counter every call would wait its full 10 s and prove nothing: a test that forgot it fails here.
  const counting = await page.evaluate(() => typeof (window as { __apiInFlight?: number }).__apiInFlight);
  if (counting !== 'number')
    throw new Error('settled(page) needs page.addInitScript(countApiRequests) before the page loads');
  const deadline = Date.now() + 10_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    const busy = await page.evaluate(
      () =>
        (window as { __apiInFlight?: number }).__apiInFlight !== 0 ||
        document.querySelector('[data-testid="loading-state"], .MuiSkeleton-root') !== null,
    );
    if (busy) quietSince = Date.now();
    else if (Date.now() - quietSince >= 200) return;
    await page.waitForTimeout(50);
  }
}

/** Counts the page's API requests in flight (for `settled`), on every page the context opens. */
export const countApiRequests = () => {
  const counted = window as { __apiInFlight?: number };
  counted.__apiInFlight = 0;
  const original = window.fetch.bind(window);
  window.fetch = async (...args) => {
    counted.__apiInFlight = (counted.__apiInFlight ?? 0) + 1;
    try {
      return await original(...args);
    } finally {
      counted.__apiInFlight = (counted.__apiInFlight ?? 1) - 1;
    }
  };
};

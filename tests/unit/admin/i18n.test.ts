import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { enMessages } from '../../../admin/src/i18n/en';
import { zhMessages } from '../../../admin/src/i18n/zh';

/** Every leaf key of a message tree, as `ra.action.save`. */
function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

/** Placeholders such as %{name} that a translation must keep for react-admin to fill in. */
function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/%\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

function valueAt(messages: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
}

describe('console messages', () => {
  it('translates every react-admin message that ra-language-english defines into Chinese', () => {
    // Prepare
    const raKeys = keysOf(englishMessages);

    // Act
    const missing = raKeys.filter((key) => typeof valueAt(zhMessages, key) !== 'string');

    // Assess
    expect(raKeys.length).toBeGreaterThan(150);
    expect(missing).toEqual([]);
  });

  it('keeps the placeholders that react-admin fills in each Chinese message', () => {
    // Prepare
    const raKeys = keysOf(englishMessages);

    // Act: a plural message needs only its count, as Chinese says it once for one and for many
    const broken = raKeys.filter((key) => {
      const english = placeholdersOf(String(valueAt(englishMessages, key)));
      const chinese = placeholdersOf(String(valueAt(zhMessages, key)));
      const required = english.includes('smart_count') ? ['smart_count'] : english;
      return required.some((name) => !chinese.includes(name));
    });

    // Assess
    expect(broken).toEqual([]);
  });

  it('has the same app keys in English as in Chinese', () => {
    // Prepare
    const appKeys = (messages: object) =>
      keysOf(messages)
        .filter((key) => !key.startsWith('ra.'))
        .sort();

    // Act
    const chinese = appKeys(zhMessages);
    const english = appKeys(enMessages);

    // Assess
    expect(chinese).toContain('app.dashboard.health.title');
    expect(english).toEqual(chinese);
  });
});

import polyglotI18nProvider from 'ra-i18n-polyglot';
import type { TranslationMessages } from 'react-admin';
import { zhMessages } from './zh';

/** Chinese is loaded with the page; English only when someone switches to it. */
function messagesFor(locale: string): TranslationMessages | Promise<TranslationMessages> {
  if (locale === 'en') return import('./en').then((module) => module.enMessages);
  return zhMessages;
}

export const i18nProvider = polyglotI18nProvider(messagesFor, 'zh', [
  { locale: 'zh', name: '简体中文' },
  { locale: 'en', name: 'English' },
]);

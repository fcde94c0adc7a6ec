import { useEffect } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';

/** Keeps `<html lang>` and the tab title in step with the chosen language (screen readers, bookmarks). */
export const DocumentLocale = () => {
  const [locale] = useLocaleState();
  const translate = useTranslate();
  useEffect(() => {
    document.documentElement.lang = locale === 'zh' ? 'zh-CN' : locale;
    document.title = translate('app.title');
  }, [locale, translate]);
  return null;
};

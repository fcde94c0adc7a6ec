import { useTranslate } from 'react-admin';

/** The application title in the current language (react-admin shows it on its error and not-found pages). */
export const AppTitle = () => {
  const translate = useTranslate();
  return <>{translate('app.title')}</>;
};

import TranslateIcon from '@mui/icons-material/Translate';
import { IconButton, Menu, MenuItem, Tooltip } from '@mui/material';
import { useState } from 'react';
import { LoadingIndicator, LocalesMenuButton, useLocaleState, useLocales, useTranslate } from 'react-admin';
import { useSmallScreen } from '../shared/useSmallScreen';

/** On a phone the language is an icon (its name beside the title did not fit in 375 px); elsewhere react-admin's. */
const CompactLocales = () => {
  const translate = useTranslate();
  const languages = useLocales();
  const [locale, setLocale] = useLocaleState();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const current = languages.find((language) => language.locale === locale)?.name ?? locale;
  return (
    <>
      <Tooltip title={current}>
        <IconButton
          color="inherit"
          aria-label={translate('app.layout.language', { language: current })}
          aria-haspopup="true"
          onClick={(event) => setAnchor(event.currentTarget)}
        >
          <TranslateIcon />
        </IconButton>
      </Tooltip>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {languages.map((language) => (
          <MenuItem
            key={language.locale}
            selected={language.locale === locale}
            onClick={() => {
              setLocale(language.locale);
              setAnchor(null);
            }}
          >
            {language.name}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
};

/** The app bar's right side before the user menu: the language, then react-admin's refresh/loading button. */
export const AppBarTools = () => {
  const small = useSmallScreen();
  return (
    <>
      {small ? <CompactLocales /> : <LocalesMenuButton />}
      <LoadingIndicator />
    </>
  );
};

/** The users screens' English strings: `app.*` for their own texts, `resources.users.*` for react-admin's. */
export const usersEn = {
  app: {
    user: {
      wholeCity: 'Whole city',
      usernameHelp:
        '3–32 lower-case letters, digits, dots, underscores or hyphens, starting with a letter; fixed once created',
      sections: {
        account: 'Account',
        scope: 'Role and area',
      },
      state: {
        active: 'Active',
        disabled: 'Disabled',
      },
      status: {
        disable: 'Disable',
        enable: 'Enable',
        disabled: "%{name}'s account is disabled",
        enabled: "%{name}'s account is enabled",
        disableTitle: "Disable %{name}'s account?",
        disableContent:
          '%{name} (%{username}) will no longer be able to log in, and open sessions end. You can enable the account again at any time.',
        enableTitle: "Enable %{name}'s account?",
        enableContent: '%{name} (%{username}) will be able to log in again.',
        disableFailed: 'Could not disable the account: %{message}',
        enableFailed: 'Could not enable the account: %{message}',
      },
      unlock: {
        button: 'Unlock',
        title: "Unlock %{name}'s login?",
        content:
          '%{name} (%{username}) is locked out until %{until} (Beijing time) after too many failed logins. Unlocking lets them log in again at once; if the password may be known to others, reset it instead.',
        done: "%{name}'s login is unlocked",
        failed: 'Could not unlock: %{message}',
      },
      reset: {
        button: 'Reset password',
        title: "Reset %{name}'s password?",
        content:
          'A one-time temporary password is generated for %{name} (%{username}); the old password stops working at once.',
        doneTitle: 'Temporary password',
        doneBody:
          'Give the temporary password to %{name} (%{username}) in person or by phone; they must set a new password right after logging in.',
        copy: 'Copy',
        copied: 'Copied',
        copyFailed: 'The clipboard is not available; select the password and copy it by hand',
        once: 'The temporary password is shown only this once.',
        failed: 'Could not reset the password: %{message}',
      },
    },
  },
  resources: {
    users: {
      name: 'User |||| Users',
      fields: {
        q: 'Name or username contains',
        username: 'Username',
        password: 'Initial password',
        name: 'Name',
        phone: 'Mobile',
        role: 'Role',
        scope: 'Area',
        districtId: 'District',
        townId: 'Town',
        gridId: 'Grid',
        enterpriseId: 'Enterprise',
        agencyId: 'Agency',
        isPrincipal: "Enterprise's principal",
        disabled: 'State',
        mustChangePassword: 'Must change password',
        lockedUntil: 'Locked out until',
        createdAt: 'Created',
        updatedAt: 'Last changed',
      },
    },
  },
};

/** Newsroom accounts the e2e tests sign in with (created by e2e/prepare-server.ts before the server starts). */
export const staff = {
  admin: { email: 'admin@bureau.test', name: 'Alina Admin', role: 'admin', password: 'admin-password-1', languages: [] },
  editor: { email: 'editor@bureau.test', name: 'Emil Editor', role: 'editor', password: 'editor-password-1', languages: [] },
  reporter: { email: 'reporter@bureau.test', name: 'Rena Reporter', role: 'reporter', password: 'reporter-password-1', languages: [] },
  translator: { email: 'translator@bureau.test', name: 'Tural Translator', role: 'translator', password: 'translator-password-1', languages: ['az'] },
  /** Only for the throttling test, which makes this account wait. */
  guarded: { email: 'guarded@bureau.test', name: 'Gulnar Guarded', role: 'reporter', password: 'guarded-password-1', languages: [] },
} as const;

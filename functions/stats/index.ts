/** The stats capability (the dashboard's counts) offers nothing to the others: it only reads them. */
export {};

/** The grid-coverage capability offers nothing to the others: it reads enterprises and org through theirs. */
export {};

/** Hourly at :05 (Asia/Shanghai), after the overdue job's :00: the run after midnight writes the ended day final. */
export const dustRateCron = '5 * * * *';

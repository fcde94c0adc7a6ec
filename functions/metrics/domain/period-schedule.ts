/** Nightly at Beijing 01:30 (manifest crons are Asia/Shanghai): after the overdue job's midnight day snapshot. */
export const periodMetricsCron = '30 1 * * *';

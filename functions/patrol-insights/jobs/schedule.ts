/**
 * Hourly at minute 20 (Asia/Shanghai, as manifest crons are): a town officer sees the day's patrols in the rate
 * within the hour. Its own file: the manifest (which the console bundles) must not import the job's stores.
 */
export const patrolRatesCron = '20 * * * *';

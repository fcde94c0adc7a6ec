/**
 * Daily at 08:30 Asia/Shanghai (manifest crons are): the officers find yesterday's sample in the morning. Its own
 * file: the manifest (which the console bundles) must not import the sample's node:crypto.
 */
export const spotCheckCron = '30 8 * * *';

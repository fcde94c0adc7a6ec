/** The send worker goes on with every campaign still sending, each minute (北京时间). */
export const sendCron = '* * * * *';
/** The reminder to those not done goes out in the morning, before the working day. */
export const remindCron = '30 9 * * *';

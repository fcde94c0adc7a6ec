/** What other capabilities may use of labels (常安码标签打印). */
export {};

/** What other capabilities may use of hazards (隐患与整改闭环). */
export {};

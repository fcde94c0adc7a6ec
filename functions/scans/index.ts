/** What other capabilities may use of scans (扫码自查). */
export {};

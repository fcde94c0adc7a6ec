/** The system capability (health, OpenAPI document, scheduler heartbeat) offers nothing to the others. */
export {};

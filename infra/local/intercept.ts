import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** A request handler as node's http server calls it. */
export type Listener = (incoming: IncomingMessage, outgoing: ServerResponse) => void;

/**
 * Puts `handle` in front of an emulator's HTTP server: it gets every request first, with `pass` handing it on to
 * the listeners the server had (the emulator itself, or an interceptor installed before this one).
 */
export function interceptRequests(
  server: Server,
  handle: (incoming: IncomingMessage, outgoing: ServerResponse, pass: Listener) => void,
): void {
  const emulator = server.listeners('request') as Listener[];
  server.removeAllListeners('request');
  const pass: Listener = (incoming, outgoing) => {
    for (const listener of emulator) listener(incoming, outgoing);
  };
  server.on('request', (incoming: IncomingMessage, outgoing: ServerResponse) =>
    handle(incoming, outgoing, pass),
  );
}

/** The DynamoDB action a request names (`DynamoDB_20120810.PutItem` → `PutItem`), '' when none. */
export const dynamoAction = (incoming: IncomingMessage): string =>
  String(incoming.headers['x-amz-target'] ?? '').split('.')[1] ?? '';

import http from 'node:http';

/** A load balancer in miniature: which upstream answered each request, and how to stop it. */
export interface RoundRobinProxy {
  url: string;
  /** The upstream port that answered each request, in order. */
  answeredBy: number[];
  close(): Promise<void>;
}

function forward(
  port: number,
  request: http.IncomingMessage,
  body: Buffer,
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, connection: 'close' },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 502,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on('error', reject);
      },
    );
    upstream.on('error', reject);
    upstream.end(body);
  });
}

/**
 * Sends each request to the next of `ports` in turn, as nginx's default `upstream` does; an
 * upstream that refuses the connection (a killed process) is skipped, as nginx's
 * `proxy_next_upstream error` does.
 */
export async function startRoundRobinProxy(ports: readonly number[]): Promise<RoundRobinProxy> {
  let next = 0;
  const answeredBy: number[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        for (let tried = 0; tried < ports.length; tried += 1) {
          const port = ports[next % ports.length]!;
          next += 1;
          try {
            const answer = await forward(port, request, body);
            answeredBy.push(port);
            const { connection: _connection, 'transfer-encoding': _encoding, ...headers } = answer.headers;
            response.writeHead(answer.status, headers);
            response.end(answer.body);
            return;
          } catch {
            // This upstream is down: try the next one.
          }
        }
        response.writeHead(502).end('no upstream answered');
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address !== 'object') throw new Error('proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    answeredBy,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

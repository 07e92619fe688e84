import net from 'node:net';

/** A message the fake SMTP server accepted. */
export interface FakeSmtpMessage {
  to: string;
  body: string;
}

export interface FakeSmtpServer {
  port: number;
  messages: FakeSmtpMessage[];
  /** How many more messages to refuse with a temporary failure (451). */
  refuseNext: number;
  close(): Promise<void>;
}

/** A minimal SMTP server on 127.0.0.1 for delivery tests: accepts everything, or refuses on demand. */
export async function startFakeSmtp(): Promise<FakeSmtpServer> {
  const sockets = new Set<net.Socket>();
  const state: FakeSmtpServer = {
    port: 0,
    messages: [],
    refuseNext: 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.write('220 fake ESMTP\r\n');
    let buffer = '';
    let inData = false;
    let body = '';
    let to = '';
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            state.messages.push({ to, body });
            socket.write('250 OK queued\r\n');
          } else body += `${line}\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'EHLO' || command === 'HELO') socket.write('250 fake\r\n');
        else if (command === 'MAIL') {
          if (state.refuseNext > 0) {
            state.refuseNext -= 1;
            socket.write('451 try again later\r\n');
          } else socket.write('250 OK\r\n');
        } else if (command === 'RCPT') {
          to = line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, '$1');
          socket.write('250 OK\r\n');
        } else if (command === 'DATA') {
          inData = true;
          body = '';
          socket.write('354 go ahead\r\n');
        } else if (command === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  state.port = typeof address === 'object' && address ? address.port : 0;
  return state;
}

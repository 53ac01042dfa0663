import http from 'node:http';
import { WebSocket, WebSocketServer } from 'ws';

// The raw baseline for fan-out: a plain `ws` server that sends one payload to every socket.
const server = http.createServer(async (req, res) => {
  if (req.url === '/healthz') return void res.end('ok');
  if (req.url === '/broadcast') {
    let body = '';
    for await (const chunk of req) body += chunk;
    for (const socket of wss.clients) if (socket.readyState === WebSocket.OPEN) socket.send(body);
    return void res.end('sent');
  }
  res.statusCode = 404;
  res.end();
});
const wss = new WebSocketServer({ server });
server.listen(Number(process.env.PORT));
process.on('SIGTERM', () => process.exit(0));

import http from 'node:http';

/**
 * POSTs bytes and reads the answer as text, on node:http's keep-alive agent. The tests' clients use
 * this rather than fetch: fetch's streams and Response objects cost the test process ~10% of the
 * CPU of a request-heavy file (the property-based bad-input test), time the suite waits for.
 */
export function postBytes(url: string, body: Buffer, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const { hostname, port, pathname, search } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: hostname, port, path: pathname + search, method: 'POST', headers: { ...headers, 'content-length': String(body.length) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

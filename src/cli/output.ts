// What every command prints on the way: refusals (exit 2) and progress lines on stderr.

export function fail(message: string): never {
  process.stderr.write(`hub: ${message}\n`);
  process.exit(2);
}

export function progressLine(label: string) {
  let last = 0;
  return (done: number, total: number) => {
    const now = Date.now();
    if (done === total || now - last > 250) {
      last = now;
      process.stderr.write(`\r${label}: ${done}/${total} (${Math.floor((done / Math.max(total, 1)) * 100)}%)${done === total ? '\n' : ''}`);
    }
  };
}

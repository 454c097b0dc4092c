/** npm start moves to a free port when the one asked for is taken, instead of failing with EADDRINUSE. */
import { createServer, type Server } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlayground } from '../../emulator/playground';

function occupy(): Promise<{ server: Server; port: number }> {
  return new Promise((ok) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      ok({ server, port: typeof address === 'object' && address ? address.port : 0 });
    });
  });
}

describe('playground port', () => {
  it('serves on another port, and says which, when the asked port is taken', async () => {
    const taken = await occupy();
    const dir = mkdtempSync(join(tmpdir(), 'ita-port-'));
    const p = await startPlayground({ port: taken.port, statePath: join(dir, 'state.json'), reset: true });
    try {
      expect(p.port).not.toBe(taken.port);
      expect(p.url).toBe(`http://127.0.0.1:${p.port}`);
      const res = await fetch(`${p.url}/sidebar`);
      expect(res.status).toBe(200);
    } finally {
      p.server.closeAllConnections();
      await p.close();
      taken.server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { IngestError } from '../errors.ts';

/**
 * PGlite takes no lock on its folder, and two processes writing one folder corrupt it.
 * A pid file refuses the second opener while the first is alive.
 */
export function lockDataDir(dir: string): () => void {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'concorde.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(fs.readFileSync(file, 'utf8').trim());
      if (pid && pid !== process.pid && isAlive(pid)) {
        throw new IngestError(
          'DB_LOCKED',
          `The data folder ${dir} is in use by process ${pid}. Stop it first, or point CONCORDE_DATA_DIR elsewhere (or use DATABASE_URL with a Postgres server to share one database).`,
        );
      }
      fs.rmSync(file, { force: true }); // stale lock from a crashed process
    }
  }
  throw new IngestError('DB_LOCKED', `Could not lock the data folder ${dir}.`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

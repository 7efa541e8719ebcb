import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import type { DocumentDetail, JobDto, Problem } from '../../api/schemas/documents.ts';
import { makeTestApp, type TestApp, uploadForm, waitForJob } from '../support/app.ts';
import { tableCounts } from '../support/snapshot.ts';

// Hostile and unusual uploads: odd encodings, third languages, markup with scripts, binaries
// under text names, boilerplate-only pages, and a batch of thousands of tiny files.

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp();
});
afterAll(async () => {
  await t?.close();
});

const post = (bytes: Uint8Array | string, name: string, fields: Record<string, string> = {}) =>
  t.app.request('/api/documents', { method: 'POST', body: uploadForm(bytes, name, fields) });


async function queued(res: Response): Promise<JobDto> {
  expect(res.status).toBe(202);
  const { job } = (await res.json()) as { job: JobDto };
  return waitForJob(t.app, job.id);
}

/** Uploads, expects the job done and exactly one more document; returns it with its clean text. */
async function accept(bytes: Uint8Array | string, name: string, fields: Record<string, string> = {}) {
  const before = await tableCounts(t.db);
  const job = await queued(await post(bytes, name, fields));
  expect(job.error).toBeNull();
  expect(job.state).toBe('done');
  const after = await tableCounts(t.db);
  expect(after.documents).toBe((before.documents ?? 0) + 1);
  const doc = (await (await t.app.request(`/api/documents/${job.documentId}`)).json()) as DocumentDetail;
  const res = await t.app.request(`/api/documents/${job.documentId}/text`);
  expect(res.status).toBe(200);
  return { doc, text: await res.text(), contentType: res.headers.get('content-type') ?? '' };
}

/** Uploads, expects the job to fail with `code`, a message naming the file, and nothing stored. */
async function failJob(bytes: Uint8Array | string, name: string, code: string, fields: Record<string, string> = {}) {
  const before = await tableCounts(t.db);
  const job = await queued(await post(bytes, name, fields));
  expect({ state: job.state, code: job.error?.code }).toEqual({ state: 'failed', code });
  expect(job.error?.message).toContain(name);
  expect(await tableCounts(t.db)).toEqual(before);
  return job;
}

/** Uploads, expects an immediate problem+json refusal and nothing stored. */
async function refuse(bytes: Uint8Array, name: string, status: number, code: string): Promise<Problem> {
  const before = await tableCounts(t.db);
  const res = await post(bytes, name);
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = (await res.json()) as Problem;
  expect(body).toMatchObject({ status, code });
  expect(body.detail).toContain(name);
  expect(await tableCounts(t.db)).toEqual(before);
  return body;
}

/** windows-1252 bytes of `s` (every character must be in that code page). */
function cp1252(s: string): Uint8Array {
  const high: Record<string, number> = { '€': 0x80, '’': 0x92, '«': 0xab, '»': 0xbb };
  return Uint8Array.from([...s], (ch) => {
    const code = high[ch] ?? ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in windows-1252: ${ch}`);
    return code;
  });
}

function utf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + i * 2] = le ? c & 0xff : c >> 8;
    out[3 + i * 2] = le ? c >> 8 : c & 0xff;
  }
  return out;
}

const FR = `Budget de la commune

Le coût du projet s'élève à 3 millions €, selon le ministère, qui a présenté à la presse un budget détaillé pour l'année prochaine.

Les élus ont voté à l'unanimité la création d'une crèche et la rénovation de l'école élémentaire du quartier.
`;

const noMojibake = (text: string) => {
  expect(text).not.toContain('\uFFFD');
  expect(text).not.toMatch(/Ã|â‚¬/);
};

describe('text encodings', () => {
  it('reads a windows-1252 French text with accents and the euro sign', async () => {
    const bytes = cp1252(FR);
    expect(bytes.includes(0x80)).toBe(true); // the € really is the cp1252 byte, not UTF-8
    const { doc, text } = await accept(bytes, 'budget-latin1.txt');
    expect(doc).toMatchObject({ format: 'txt', lang: 'fr' });
    expect(text).toContain("s'élève à 3 millions €");
    expect(text).toContain("voté à l'unanimité la création d'une crèche");
    noMojibake(text);
  });

  it.each([
    ['LE', true],
    ['BE', false],
  ])('reads UTF-16%s with a BOM', async (label, le) => {
    const body = FR.replace('Budget de la commune', `Budget de la commune (UTF-16${label})`);
    const { doc, text } = await accept(utf16(body, le), `budget-utf16${label.toLowerCase()}.txt`);
    expect(doc).toMatchObject({ format: 'txt', lang: 'fr' });
    expect(text.startsWith(`Budget de la commune (UTF-16${label})`)).toBe(true);
    expect(text).toContain("s'élève à 3 millions €");
    expect(text).not.toContain('\uFEFF');
    expect(text).not.toContain('\u0000');
    noMojibake(text);
  });
});

const DE = `Die Bundesregierung hat am Mittwoch ein umfangreiches Paket zur Förderung der erneuerbaren Energien beschlossen. Nach Angaben des Wirtschaftsministeriums sollen in den kommenden Jahren zusätzliche Mittel für den Ausbau der Windkraft und der Solarenergie bereitgestellt werden. Die Opposition kritisierte, dass die Finanzierung noch nicht gesichert sei und die Bürger mit höheren Strompreisen rechnen müssten. Verbände der Industrie begrüßten dagegen die Entscheidung, forderten aber schnellere Genehmigungsverfahren.
`;
const ES = `El Gobierno aprobó el martes un ambicioso plan para mejorar el transporte público en las principales ciudades del país. Según el ministerio, los fondos se destinarán a la compra de autobuses eléctricos, a la ampliación de las líneas de metro y a la construcción de carriles para bicicletas. Los alcaldes de varias ciudades celebraron el anuncio, aunque algunos expertos advirtieron de que los plazos previstos son demasiado optimistas y que faltan detalles sobre la financiación.
`;

describe('third languages', () => {
  it('fails a German text with LANG_UNSUPPORTED naming the file', async () => {
    const job = await failJob(DE, 'energie-de.txt', 'LANG_UNSUPPORTED');
    expect(job.error?.message).toMatch(/French|English/);
  });

  it('fails a Spanish text with LANG_UNSUPPORTED naming the file', async () => {
    await failJob(ES, 'transporte-es.txt', 'LANG_UNSUPPORTED');
  });

  it('accepts a German text when the form declares lang=fr (the declared language wins over und)', async () => {
    const { doc, text } = await accept(DE, 'energie-de-declared.txt', { lang: 'fr' });
    expect(doc.lang).toBe('fr');
    expect(text).toContain('Förderung der erneuerbaren Energien');
  });
});

describe('markup with scripts', () => {
  it('keeps only the visible words of an HTML page with scripts, handlers, javascript: links and iframes', async () => {
    const html = `<!doctype html><html lang="fr"><head><title>Sécurité du pays</title><script>alert(1)</script></head><body>
<article><h1>Sécurité du pays</h1>
<p>Le 10 avril, à Bruxelles, les membres de la coalition se sont réunis pour discuter des mesures à prendre afin d'assurer la sécurité du pays.</p>
<img src="x" onerror="alert(2)">
<p onclick="alert(3)">La véritable garantie de sécurité réside dans notre soutien, a affirmé le ministre devant la presse réunie pour l'occasion.</p>
<p>Pour en savoir plus, <a href="javascript:alert(4)">cliquez sur ce lien</a> et lisez le communiqué complet publié par le ministère.</p>
<iframe src="https://evil.example/" onload="alert(6)">texte de repli de l'iframe</iframe>
<script>document.write('<b onclick=alert(5)>injecté</b>')</script>
<p>Les discussions reprendront au mois de mai, avec une attention particulière portée aux questions de financement.</p>
</article></body></html>`;
    const { doc, text, contentType } = await accept(html, 'securite.html');
    expect(doc).toMatchObject({ format: 'html', lang: 'fr' });
    for (const bad of ['alert(', 'onerror', 'onclick', 'javascript:', '<script', '<', 'evil.example', 'injecté', 'iframe']) expect(text).not.toContain(bad);
    for (const kept of ['Le 10 avril, à Bruxelles', 'La véritable garantie', 'cliquez sur ce lien et lisez', 'Les discussions reprendront']) expect(text).toContain(kept);
    expect(contentType).toMatch(/^text\/plain/);
  });

  it('drops raw HTML blocks from Markdown but keeps their visible words', async () => {
    const md = `# Note sur la coopération

<div onclick="steal()">La coalition réunit une trentaine de pays européens autour de la France.</div>

<img src=x onerror="alert(1)">

<script>
alert(2)
</script>

Le texte continue avec <span onclick="x()">des mots visibles</span> et une dernière phrase du paragraphe.
`;
    const { doc, text } = await accept(md, 'note.md');
    expect(doc.format).toBe('md');
    for (const bad of ['alert(', 'onerror', 'onclick', 'steal(', '<', '>']) expect(text).not.toContain(bad);
    for (const kept of ['Note sur la coopération', 'La coalition réunit une trentaine de pays européens', 'Le texte continue avec des mots visibles et une dernière phrase']) {
      expect(text).toContain(kept);
    }
  });

  it('drops an inline <script> inside a Markdown paragraph', async () => {
    const md = `# Communiqué du ministère

La réunion s'est tenue à Paris <script>alert(3)</script> en présence des représentants des régions concernées.
`;
    const { text } = await accept(md, 'communique.md');
    expect(text).not.toContain('alert(');
    expect(text).toContain("La réunion s'est tenue à Paris");
    expect(text).toContain('en présence des représentants des régions concernées.');
  });
});

describe('files that are not what their name says', () => {
  it('refuses a ZIP named .md and a file with NUL bytes named .txt with 415 at once', async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0, ...new TextEncoder().encode('mimetypeapplication/zip contenu compressé')]);
    await refuse(zip, 'notes.md', 415, 'UNSUPPORTED_FORMAT');
    const nul = new TextEncoder().encode('Bonjour le monde, ceci est un texte\u0000 avec un octet nul au milieu et encore quelques mots.');
    await refuse(nul, 'bonjour.txt', 415, 'UNSUPPORTED_FORMAT');
  });

  it('ingests a PDF renamed .txt as a PDF', async () => {
    const pdf = new Uint8Array(fs.readFileSync('corpus/samples/004_58cc976fb8c2e0f9.pdf'));
    const { doc, text } = await accept(pdf, 'article.txt');
    expect(doc).toMatchObject({ format: 'pdf', filename: 'article.txt', lang: 'fr' });
    expect(doc.pageCount).toBeGreaterThanOrEqual(1);
    expect(doc.sentences.length).toBeGreaterThan(5);
    expect(text).not.toContain('%PDF');
  });
});

describe('pages without an article', () => {
  it('fails a navigation-only HTML page with NO_CONTENT', async () => {
    const html = `<!doctype html><html><body><nav><ul><li><a href="/">Accueil</a></li><li><a href="/actu">Actualités</a></li><li><a href="/contact">Nous contacter</a></li></ul></nav>
<footer><a href="/mentions">Mentions légales</a> <a href="/plan">Plan du site</a></footer></body></html>`;
    await failJob(html, 'menu.html', 'NO_CONTENT');
  });

  it('fails a navigation-only HTML page that has a <title> with NO_CONTENT, not a language error', async () => {
    const html = `<!doctype html><html><head><title>Accueil</title></head><body><nav><a href="/">Accueil</a> <a href="/actu">Actualités</a> <a href="/contact">Nous contacter</a></nav></body></html>`;
    await failJob(html, 'accueil.html', 'NO_CONTENT');
  });
});

const BATCH = 2000;
const subjects = ['La commune', 'Le conseil régional', 'La préfecture', 'Le ministère', 'L’agence nationale', 'Le syndicat mixte', 'La métropole', 'Le département'];
const verbs = ['a publié', 'a présenté', 'a adopté', 'a examiné', 'a voté', 'a transmis', 'a commenté', 'a révisé'];
const objects = ['un rapport sur la qualité de l’eau', 'un plan de mobilité', 'un budget rectificatif', 'une étude sur le logement', 'un schéma de cohérence'];

describe('a batch of thousands of tiny files through the CLI', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'concorde-batch-'));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it(`ingests ${BATCH} one-sentence French files, all of them, none failed`, { timeout: 600_000 }, async () => {
    const folder = path.join(root, 'in');
    fs.mkdirSync(folder);
    const seen = new Set<string>();
    for (let i = 0; i < BATCH; i++) {
      const s = `${subjects[i % 8]} ${verbs[Math.floor(i / 8) % 8]} ${objects[i % 5]} le ${1 + (i % 28)} mars, dossier numéro ${i}.`;
      expect(s.length).toBeGreaterThanOrEqual(60);
      seen.add(s);
      fs.writeFileSync(path.join(folder, `f${String(i).padStart(4, '0')}.txt`), `${s}\n`);
    }
    expect(seen.size).toBe(BATCH);
    const cli = (...args: string[]) => runCli({ CONCORDE_DATA_DIR: path.join(root, 'data') }, args, 480_000);
    const t0 = performance.now();
    const out = await cli('ingest', folder, '--json');
    expect(out.code).toBe(0);
    const seconds = (performance.now() - t0) / 1000;
    console.log(`CLI batch: ${BATCH} files in ${seconds.toFixed(1)} s (${(BATCH / seconds).toFixed(0)} files/s)`);
    const summary = JSON.parse(out.stdout) as { ingested: number; alreadyPresent: number; failed: number; files: { status: string }[] };
    expect({ ingested: summary.ingested, alreadyPresent: summary.alreadyPresent, failed: summary.failed }).toEqual({ ingested: BATCH, alreadyPresent: 0, failed: 0 });
    expect(summary.files).toHaveLength(BATCH);
    const docs = JSON.parse((await cli('docs', '--json')).stdout) as { lang: string }[];
    expect(docs).toHaveLength(BATCH);
    expect(docs.every((d) => d.lang === 'fr')).toBe(true);
  });
});

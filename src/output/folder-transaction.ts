/**
 * Output folders as transactions. A run never writes into the folder users read:
 *
 *   openOutputFolder: check the folder already there (absent, empty, or written by velocity for the
 *     same scenario) → take the folder's lock → remove stale temporaries of dead processes → make an
 *     empty temporary sibling
 *   … the caller writes every file into `temp` …
 *   commit: list what was written (`.velocity-files`) → check the folder again → move the old one
 *     aside → rename the temporary into place → delete the old folder's files, only those on its
 *     list → release the lock
 *
 * So an interrupted run leaves the old folder whole (or nothing), a rerun never mixes old and new
 * files, and the tool never deletes a file it did not write: a folder holding anything else (a file
 * not on its list, a symbolic link, another scenario's results, a shard) is refused, and with
 * `--force` it is moved aside to `<out>.old` rather than deleted.
 */
import { accessSync, closeSync, constants, existsSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, realpathSync, renameSync, rmdirSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { namedFileError, OutputFolderError } from "./folder-errors.ts";
import { readBounded } from "./read-bounded.ts";

/** The most read of a folder's own small files (.velocity-files, a legacy manifest, the lock): far above what velocity writes. */
const MAX_OWN_FILE_BYTES = 64 * 1024 * 1024;

/** The list of files velocity wrote in a folder; only these are ever deleted. */
export const FILES_LIST = ".velocity-files";

/** What a folder holds: a full run's results or one shard's rows, of which scenario. */
export interface FolderOwner {
  kind: "results" | "shard";
  /** The scenario's name. */
  scenario: string;
  /** The scenario file as given on the command line. */
  file: string;
}

/** The content of `.velocity-files`: who wrote the folder and every file it wrote (paths relative, `/`-separated, sorted). */
export interface FilesList extends FolderOwner {
  tool: "velocity-sim";
  files: string[];
}

/** Options of {@link openOutputFolder}. */
export interface OpenFolderOptions {
  /** Replace a folder that would be refused; what was there is moved to `<out>.old`, never deleted. */
  force?: boolean;
  /** Folders read by this command (merge's shards, report's source): the output must not be one of them or hold one. */
  inputs?: readonly string[];
  /**
   * Rebuild in place (`velocity report DIR`): files velocity did not write are carried into the new
   * folder (hard-linked, the same file), except under the rebuilt paths, which must be velocity's.
   */
  carry?: { rebuilt: readonly string[] };
}

/** An output folder being written: files go into `temp` until `commit()`. */
export interface OutputFolderTransaction {
  /** The folder users will read, as given. */
  readonly dir: string;
  /** Where to write every file until commit. */
  readonly temp: string;
  /**
   * Lists the files written, swaps `temp` into place and releases the lock.
   * @returns the path the old folder was moved to (with `force`), if it was kept.
   * @throws OutputFolderError when the folder there changed into one that must not be replaced; the signal's reason when aborted.
   */
  commit(signal?: AbortSignal): { keptAs?: string };
  /** Removes `temp` and releases the lock; the folder users read is untouched. */
  abort(): void;
}

type Existing =
  | { state: "absent" }
  | { state: "empty" }
  | { state: "ours"; listed: string[]; carried: string[] }
  | { state: "legacy" }
  | { state: "refused"; reason: string; mayForce: boolean };

const FORCE_HINT = "choose another --out, or add --force to replace it (the old folder is kept beside it as .old)";

/** Every file and link under `dir` (relative, `/`-separated), without following links. */
function walk(dir: string, under = ""): { files: string[]; odd: string[] } {
  const files: string[] = [];
  const odd: string[] = [];
  for (const name of readdirSync(join(dir, under)).sort()) {
    const rel = under === "" ? name : `${under}/${name}`;
    const stat = lstatSync(join(dir, rel));
    if (stat.isDirectory()) {
      const inner = walk(dir, rel);
      files.push(...inner.files);
      odd.push(...inner.odd);
    } else if (stat.isFile()) files.push(rel);
    else odd.push(rel);
  }
  return { files, odd };
}

/** The `.velocity-files` list of a folder, or undefined when there is none (or it is damaged). */
export function readFilesList(dir: string): FilesList | undefined {
  try {
    // Only a regular file of bounded size: a FIFO or a link to /dev/zero in its place is no list of ours.
    const value = JSON.parse(readBounded(join(dir, FILES_LIST), MAX_OWN_FILE_BYTES).toString("utf8")) as FilesList;
    const ok =
      value.tool === "velocity-sim" &&
      (value.kind === "results" || value.kind === "shard") &&
      typeof value.scenario === "string" &&
      typeof value.file === "string" &&
      Array.isArray(value.files) &&
      value.files.every((f) => typeof f === "string");
    return ok ? value : undefined;
  } catch {
    return undefined;
  }
}

const describeOwner = (o: FolderOwner): string => (o.kind === "shard" ? `a shard of scenario "${o.scenario}" (${o.file})` : `the results of scenario "${o.scenario}" (${o.file})`);

/** What is at `dir` now, and whether `owner` may replace it. */
function inspect(dir: string, owner: FolderOwner, carry?: OpenFolderOptions["carry"]): Existing {
  let stat;
  try {
    stat = lstatSync(dir);
  } catch {
    return { state: "absent" };
  }
  if (stat.isSymbolicLink()) return { state: "refused", reason: `is a symbolic link (velocity writes only real folders; give the folder it points to as --out)`, mayForce: false };
  if (!stat.isDirectory()) return { state: "refused", reason: "is a file, not a folder (choose another --out)", mayForce: false };
  const { files, odd } = walk(dir);
  if (files.length === 0 && odd.length === 0) return { state: "empty" };
  if (odd.length > 0) return { state: "refused", reason: `holds a link or special file velocity did not write (${odd[0]}); ${FORCE_HINT}`, mayForce: true };
  const list = readFilesList(dir);
  if (list === undefined && carry === undefined && isLegacy(dir, files, owner)) return { state: "legacy" };
  const listed = new Set([...(list?.files ?? []), FILES_LIST]);
  const foreign = files.filter((f) => !listed.has(f));
  const rebuilt = (f: string) => carry !== undefined && carry.rebuilt.some((r) => f === r || f.startsWith(`${r}/`));
  const blocking = carry === undefined ? foreign : foreign.filter(rebuilt);
  if (blocking.length > 0) return { state: "refused", reason: `holds ${list === undefined && carry === undefined ? "files" : "a file"} velocity did not write (${blocking[0]}); ${FORCE_HINT}`, mayForce: true };
  if (list !== undefined && (list.kind !== owner.kind || list.scenario !== owner.scenario || list.file !== owner.file)) {
    return { state: "refused", reason: `holds ${describeOwner(list)}, not ${describeOwner(owner)}; ${FORCE_HINT}`, mayForce: true };
  }
  return { state: "ours", listed: files.filter((f) => listed.has(f) && f !== FILES_LIST), carried: carry === undefined ? [] : foreign };
}

/**
 * The files an output folder of velocity-sim 0.1 (before `.velocity-files`) could hold, and the
 * full-precision rows (`rows/`) folders hold now, so such a folder with its list lost still reads
 * as velocity's.
 */
const LEGACY_FILE = /^(?:summary\.json|summary\.md|runs\.csv|manifest\.json|timing\.json|report\.html|layout\.json|rows-\d+\.f64|rows\/(?:layout\.json|rows-\d+\.f64)|charts\/[a-z0-9-]+\.(?:png|svg|vl\.json))$/;

/**
 * A folder written by an earlier velocity for the same scenario, before folders listed their files:
 * only the names velocity wrote, and a manifest naming this scenario and file. It is replaced but
 * kept aside as `<out>.old` (its files cannot be told apart from a user's), so `npm start` keeps working.
 */
function isLegacy(dir: string, files: readonly string[], owner: FolderOwner): boolean {
  if (!files.every((f) => LEGACY_FILE.test(f))) return false;
  try {
    const manifest = JSON.parse(readBounded(join(dir, "manifest.json"), MAX_OWN_FILE_BYTES).toString("utf8")) as Record<string, unknown>;
    return manifest.scenario === owner.scenario && manifest.file === owner.file && (manifest.shard !== undefined) === (owner.kind === "shard");
  } catch {
    return false;
  }
}

/** Checks `dir`'s nearest existing ancestor is a writable folder, without creating anything. */
function checkParent(dir: string, shown: string): void {
  let at = resolve(dir);
  for (;;) {
    let isDirectory: boolean;
    try {
      isDirectory = lstatSync(at).isDirectory() || lstatSync(at).isSymbolicLink();
    } catch {
      const parent = dirname(at);
      if (parent === at) return;
      at = parent;
      continue;
    }
    if (!isDirectory) throw new OutputFolderError(`--out ${shown}: ${at} is a file, not a folder (choose another --out)`);
    try {
      accessSync(at, constants.W_OK);
    } catch {
      throw new OutputFolderError(`--out ${shown}: ${at} is not writable (choose another --out)`);
    }
    return;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes `<parent>/.<name>.velocity-lock` (holding `pid@host`); a lock whose process is gone is
 * stale and taken over. The lock is written under a private name and hard-linked into place, which
 * fails if it exists, so a reader never sees a lock without its owner. On a file system shared by
 * several machines (a Slurm or Kubernetes job's output folder) a pid says nothing about another
 * machine's processes, so a lock taken on another host is never taken over: the message says
 * which host holds it.
 */
function lock(path: string, shown: string): void {
  const host = hostname();
  const mine = `${path}.${process.pid}@${host}`;
  try {
    writeFileSync(mine, `${process.pid}@${host}`);
  } catch (error) {
    throw namedFileError(error, mine);
  }
  try {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        linkSync(mine, path);
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw namedFileError(error, path);
      }
      let owner: string;
      try {
        owner = readBounded(path, MAX_OWN_FILE_BYTES).toString("utf8").trim();
      } catch {
        continue; // Released meanwhile: try again.
      }
      // "pid@host"; a lock from before hosts were recorded holds the pid alone (this host).
      const at = owner.indexOf("@");
      const pid = Number(at < 0 ? owner : owner.slice(0, at));
      const lockHost = at < 0 ? host : owner.slice(at + 1);
      if (lockHost !== host) {
        throw new OutputFolderError(`--out ${shown}: a velocity process on host ${lockHost} (pid ${pid}) holds this folder's lock; wait for it, or remove ${path} if that process is gone`);
      }
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new OutputFolderError(`--out ${shown}: another velocity process (pid ${pid}) is writing this folder; wait for it or choose another --out`);
      }
      rmSync(path, { force: true });
    }
    throw new OutputFolderError(`--out ${shown}: cannot take the folder's lock ${path}; remove it if no velocity process is running`);
  } finally {
    rmSync(mine, { force: true });
  }
}

/**
 * Cleans up after processes that are gone (killed, power cut): a temporary folder being built
 * (`.<name>.velocity-tmp-<pid>`, only files velocity wrote) is removed; an old folder moved aside
 * during a swap (`.<name>.velocity-old-<pid>`) is put back if the folder is missing, else kept as
 * `<name>.old` — never deleted, since it may hold files velocity did not write.
 */
function removeStale(parent: string, name: string): void {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.velocity-(tmp|old)-(\\d+)$`);
  let entries: string[];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  const target = join(parent, name);
  for (const entry of entries) {
    const m = pattern.exec(entry);
    if (m === null || alive(Number(m[2]))) continue;
    if (m[1] === "tmp") rmSync(join(parent, entry), { recursive: true, force: true });
    else renameSync(join(parent, entry), existsSync(target) ? keptName(target) : target);
  }
}

/** Deletes the files on `list` under `dir`, then the folders left empty; anything else stays. */
function removeListed(dir: string, files: readonly string[]): void {
  const folders = new Set<string>();
  for (const file of [...files, FILES_LIST]) {
    rmSync(join(dir, file), { force: true });
    for (let d = dirname(file); d !== "."; d = dirname(d)) folders.add(d);
  }
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    try {
      rmdirSync(join(dir, folder));
    } catch {
      // Not empty: something velocity did not write appeared; it stays.
    }
  }
  try {
    rmdirSync(dir);
  } catch {
    // Not empty: left in place rather than deleting a file velocity did not write.
  }
}

/** A free name `<dir>.old`, `<dir>.old-2`, … for a folder kept with --force. */
function keptName(dir: string): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? `${dir}.old` : `${dir}.old-${i}`;
    if (!existsSync(name)) return name;
  }
}

function isInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** `path` with links resolved as far as it exists. */
function realish(path: string): string {
  let at = resolve(path);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(at), ...rest.reverse());
    } catch {
      const parent = dirname(at);
      if (parent === at) return resolve(path);
      rest.push(basename(at));
      at = parent;
    }
  }
}

/**
 * Opens `dir` for writing as `owner`: checks it may be replaced, locks it, and gives an empty
 * temporary sibling to write into. Call before any long work, so a refusal costs nothing.
 * @throws OutputFolderError (user-facing, one line) when the folder must not be replaced, is an
 *   input of the command, is locked by another process, or cannot be written.
 */
export function openOutputFolder(dir: string, owner: FolderOwner, options: OpenFolderOptions = {}): OutputFolderTransaction {
  const target = resolve(dir);
  const real = realish(target);
  for (const input of options.inputs ?? []) {
    const inputReal = realish(input);
    if (isInside(inputReal, real) || isInside(real, inputReal)) {
      throw new OutputFolderError(`--out ${dir}: is (or holds, or lies inside) the input folder ${input}; write the result to a new folder`);
    }
  }
  checkParent(target, dir);
  const parent = dirname(target);
  const name = basename(target);
  try {
    mkdirSync(parent, { recursive: true });
  } catch (error) {
    throw namedFileError(error, parent);
  }
  const lockPath = join(parent, `.${name}.velocity-lock`);
  lock(lockPath, dir);
  const temp = join(parent, `.${name}.velocity-tmp-${process.pid}`);
  const release = () => rmSync(lockPath, { force: true });
  try {
    // Under the lock: put back what a killed process left mid-swap, then look at the folder.
    removeStale(parent, name);
    const existing = inspect(target, owner, options.carry);
    if (existing.state === "refused" && !(existing.mayForce && options.force === true)) throw new OutputFolderError(`--out ${dir}: ${existing.reason}`);
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp);
  } catch (error) {
    release();
    throw namedFileError(error, temp);
  }
  let open = true;
  return {
    dir,
    temp,
    abort() {
      if (!open) return;
      open = false;
      rmSync(temp, { recursive: true, force: true });
      release();
    },
    commit(signal) {
      if (!open) throw new Error("commit: the output folder is already closed");
      try {
        signal?.throwIfAborted();
        const files = walk(temp).files.filter((f) => f !== FILES_LIST);
        // Checked again: another program may have put files there while we simulated.
        const now = inspect(target, owner, options.carry);
        if (now.state === "refused" && !(now.mayForce && options.force === true)) throw new OutputFolderError(`--out ${dir}: ${now.reason}`);
        const carried = now.state === "ours" ? now.carried.filter((f) => !files.includes(f)) : [];
        for (const file of carried) {
          mkdirSync(dirname(join(temp, file)), { recursive: true });
          linkSync(join(target, file), join(temp, file));
        }
        const list: FilesList = { tool: "velocity-sim", ...owner, files };
        const fd = openSync(join(temp, FILES_LIST), "w");
        writeSync(fd, `${JSON.stringify(list, null, 2)}\n`);
        closeSync(fd);
        signal?.throwIfAborted();
        let keptAs: string | undefined;
        if (now.state === "absent") renameSync(temp, target);
        else if (now.state === "empty") {
          rmdirSync(target);
          renameSync(temp, target);
        } else {
          const aside = join(parent, `.${name}.velocity-old-${process.pid}`);
          renameSync(target, aside);
          renameSync(temp, target);
          // Carried files live on in the new folder (the same file, linked); only their old names go.
          if (now.state === "ours") {
            removeListed(aside, [...now.listed, ...now.carried]);
            // Something velocity did not write appeared meanwhile: keep it, visibly.
            if (existsSync(aside)) renameSync(aside, (keptAs = keptName(target)));
          } else {
            keptAs = keptName(target);
            renameSync(aside, keptAs);
          }
        }
        open = false;
        release();
        return keptAs === undefined ? {} : { keptAs };
      } catch (error) {
        this.abort();
        throw namedFileError(error, dir);
      }
    },
  };
}

package org.popcheck.journal;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.LinkOption;
import java.nio.file.NotDirectoryException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.time.Duration;
import java.util.Objects;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.popcheck.assessment.AssessmentJson;
import org.popcheck.assessment.FactCatalog;
import org.popcheck.assessment.InvalidAssessmentException;

/**
 * The journal on disk: {@code journal.json} in the data folder, owned by one writer at a time.
 *
 * <p>Every change rewrites the whole file atomically: a temporary file in the same folder is
 * written, forced to disk, and moved over the old file; the old file stays as
 * {@code journal.json.bak}. So a crash at any moment leaves a file that loads, holding every entry
 * whose save returned. A file that does not parse is never written over.
 */
public final class JournalStore implements JournalAccess, Closeable {

    public static final String FILE = "journal.json";
    public static final String BACKUP = "journal.json.bak";
    public static final String LOCK = "journal.lock";

    /**
     * Oldest first; the id breaks ties so the order is stable. The instants are compared with the
     * time-line order, which compares the local date-times directly when the offsets are the same
     * (nearly always) instead of working out both epoch seconds: loading a long journal checks this
     * order once per entry.
     */
    public static final Comparator<JournalEntry> BY_TIME = JournalStore::compareByTime;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");

    /**
     * The instant (as {@link OffsetDateTime#timeLineOrder()} orders it), then the id. Written out
     * rather than composed from comparators, and on the instant the entry keeps rather than on a
     * date-time: every load checks the whole journal's order with it.
     */
    private static int compareByTime(JournalEntry a, JournalEntry b) {
        int c = Long.compare(a.epochSecond(), b.epochSecond());
        if (c == 0) {
            c = Integer.compare(a.nano(), b.nano());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    /** Whether {@code list} is in {@link #BY_TIME} order: one pass, where even a sorted list costs a sort more. */
    static boolean inTimeOrder(List<JournalEntry> list) {
        for (int i = 1; i < list.size(); i++) {
            if (compareByTime(list.get(i - 1), list.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private final Path dir;
    private final Path file;
    private final JournalJson json;
    private final FactCatalog facts;
    private final AssessmentJson assessments;
    /** The entries, oldest first. Never changed in place: each change makes a new list, so {@link #published} can share it. */
    private List<JournalEntry> entries = new ArrayList<>();
    /**
     * An unchangeable view of {@link #entries}, replaced whole after each change. Reading it takes no
     * lock, so the window can read the journal while a save holds the lock for its write and fsync.
     */
    private volatile List<JournalEntry> published = List.of();
    private Map<String, JournalEntry> byId = new HashMap<>();
    private FileChannel lockChannel;
    private FileLock lock;
    /** The file key of the lock file this copy locked: a save checks that {@code journal.lock} is still that file. */
    private Object lockKey;
    /** The journal file as this copy last read or wrote it: a save checks that nobody else replaced it since. */
    private FileStamp stamp = FileStamp.MISSING;
    /** The version written in the file read; larger than {@link JournalJson#SCHEMA_VERSION} for a newer PopCheck's file. */
    private int fileVersion = JournalJson.SCHEMA_VERSION;
    private volatile JournalProblem problem;
    private volatile boolean readOnly;
    /** Whether the journal file was read through (or there is none): readers may use the entries despite a problem. */
    private volatile boolean readThrough;
    /** Runs right after the journal file is renamed into place; tests use it to fail at that moment. */
    Runnable afterRename = () -> {};

    private JournalStore(Path dir, FactCatalog facts) {
        this.dir = dir.toAbsolutePath();
        this.file = this.dir.resolve(FILE);
        this.facts = facts;
        this.json = new JournalJson(facts);
        this.assessments = new AssessmentJson(facts);
    }

    /** Opens the journal for writing if this copy can have it; otherwise read-only, with {@link #problem()} saying why. */
    public static JournalStore open(Path dataDir) {
        return open(dataDir, p -> {});
    }

    /** As {@link #open(Path)}, reporting loading progress from 0 to 1. */
    public static JournalStore open(Path dataDir, DoubleConsumer progress) {
        return open(dataDir, progress, Duration.ZERO);
    }

    /**
     * As {@link #open(Path, DoubleConsumer)}, waiting up to {@code lockWait} for another copy to
     * release the lock (the command line waits briefly, so that scripts run one after another work).
     */
    public static JournalStore open(Path dataDir, DoubleConsumer progress, Duration lockWait) {
        JournalStore store = new JournalStore(dataDir, FactCatalog.standard());
        store.openForWriting(progress, lockWait);
        return store;
    }

    /**
     * Opens the journal only to read it: takes no lock and writes nothing, not even a copy of a
     * bad file. For the clinician summary and other readers running beside the app.
     */
    public static JournalStore openReadOnly(Path dataDir) {
        JournalStore store = new JournalStore(dataDir, FactCatalog.standard());
        store.readOnly = true;
        store.loadIfPresent(p -> {}, false);
        return store;
    }

    /** A read-only, empty journal for when opening failed in an unexpected way; the problem says why. */
    public static JournalStore unavailable(Path dataDir, String why) {
        JournalStore store = new JournalStore(dataDir, FactCatalog.standard());
        store.readOnly = true;
        store.problem = cannotOpen(why);
        return store;
    }

    /** The entries of the journal in {@code dataDir}, oldest first; a clear error if the file cannot be read. */
    public static List<JournalEntry> readEntries(Path dataDir) throws JournalException {
        JournalStore store = openReadOnly(dataDir);
        if (!store.readThrough()) {
            throw new JournalException(store.problem().map(JournalProblem::describe).orElse("The journal cannot be read"));
        }
        return store.entries();
    }

    private static JournalProblem cannotOpen(String why) {
        return new JournalProblem(JournalProblem.Kind.CANNOT_OPEN, why, 0, 0, null, false);
    }

    private void openForWriting(DoubleConsumer progress, Duration lockWait) {
        boolean safeFolder = false;
        try {
            createPrivateDirectory(dir);
            String unsafe = FolderSafety.problem(dir);
            safeFolder = unsafe == null;
            if (unsafe != null) {
                readOnly = true; // as ssh with keys: write nothing, not even a lock, in a folder others control
                problem = cannotOpen(unsafe);
            } else {
                acquireLock(lockWait);
            }
        } catch (IOException e) {
            readOnly = true;
            problem = cannotOpen(describe(e));
        }
        if (Files.isDirectory(dir)) { // else the problem above says why; reading in it would only say it less plainly
            loadIfPresent(progress, safeFolder);
        }
        if (lock != null) {
            removeStaleTemporaryFiles();
        }
        progress.accept(1.0);
    }

    /**
     * Takes {@code journal.lock}, which must be a plain file: a symbolic link is never followed
     * (its target outside the folder would be changed to owner-only, or created), and opening a
     * named pipe for writing would wait for ever.
     */
    private void acquireLock(Duration wait) throws IOException {
        Path lockFile = dir.resolve(LOCK);
        String what = FileKinds.whatIfNotPlain(lockFile);
        if (what == null) {
            try {
                lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
            } catch (FileSystemException linkPlantedJustNow) {
                what = FileKinds.whatIfNotPlain(lockFile);
                if (what == null) {
                    throw linkPlantedJustNow;
                }
            }
        }
        BasicFileAttributes opened = what == null ? FileKinds.attributes(lockFile) : null;
        if (what != null || opened == null || !opened.isRegularFile()) {
            closeLockChannel();
            readOnly = true;
            problem = cannotOpen(LOCK + " in " + dir + " is " + (what != null ? what : "not a plain file")
                    + "; PopCheck does not use it, so the journal is open read-only. Remove it and try again");
            return;
        }
        lockKey = opened.fileKey();
        restrictToOwnerWithoutFollowing(lockFile);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock != null || System.nanoTime() >= deadline) {
                break;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (lock == null) {
            closeLockChannel();
            readOnly = true;
            problem = new JournalProblem(JournalProblem.Kind.LOCKED, "", 0, 0, null, false);
        }
    }

    private void closeLockChannel() throws IOException {
        if (lockChannel != null) {
            lockChannel.close();
            lockChannel = null;
        }
    }

    /**
     * A kill during a save leaves its temporary file behind, up to the journal's size. Only the
     * lock holder writes them, so while this copy holds the lock every one left is stale.
     */
    private void removeStaleTemporaryFiles() {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, "." + FILE + "*.tmp")) {
            for (Path t : temps) {
                BasicFileAttributes a = FileKinds.attributes(t);
                if (a != null && !a.isDirectory()) {
                    Files.deleteIfExists(t); // removes a link itself, never what it points to
                }
            }
        } catch (IOException ignored) {
            // a stale temporary file costs room, nothing else; the next start tries again
        }
    }

    /**
     * Loads {@code journal.json} if there is one. Only a plain file is read and may later be
     * replaced. A symbolic link (say into a sync folder) is read when it leads to a plain file but
     * opens read-only, since a save would replace the link with a plain file and silently detach
     * it; a link that leads nowhere opens an empty, read-only journal rather than starting a new
     * one beside it. A pipe, device or folder is not read at all: reading a pipe waits for ever.
     */
    private void loadIfPresent(DoubleConsumer progress, boolean mayKeepCopy) {
        try {
            BasicFileAttributes a = FileKinds.attributes(file);
            if (a == null) {
                stamp = FileStamp.MISSING;
                readThrough = true;
            } else if (a.isSymbolicLink()) {
                loadThroughLink(progress);
            } else if (!a.isRegularFile()) {
                readOnly = true;
                problem = cannotOpen(FILE + " in " + dir + " is " + FileKinds.whatIfNotPlain(file)
                        + ", not a plain file, so PopCheck leaves it alone and the journal is open read-only");
            } else {
                stamp = FileStamp.of(a);
                load(progress, mayKeepCopy);
            }
        } catch (IOException e) {
            readOnly = true;
            problem = cannotOpen(describe(e));
        }
    }

    private void loadThroughLink(DoubleConsumer progress) throws IOException {
        readOnly = true;
        String target = Files.readSymbolicLink(file).toString();
        String link = FILE + " in " + dir + " is a symbolic link to " + target;
        if (!Files.exists(file)) {
            problem = cannotOpen(link + ", which does not exist; the journal is open read-only and empty,"
                    + " so that no new journal is started beside the link");
        } else if (!Files.isRegularFile(file)) {
            problem = cannotOpen(link + ", which is not a plain file; PopCheck leaves it alone and the journal is open read-only");
        } else {
            load(progress, false);
            if (problem == null) {
                problem = cannotOpen(link + "; a save would replace the link with a plain file, so the journal is open"
                        + " read-only (to keep the journal in another folder, name that folder with --data-dir)");
            }
        }
    }

    /** When {@code file} was last written, or null when that cannot be read. */
    private static java.time.Instant savedAt(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    private void load(DoubleConsumer progress, boolean mayKeepCopy) {
        JournalJson.Indexed indexed;
        try {
            indexed = readIndexed(file, progress);
        } catch (JournalFormatException e) {
            readOnly = true;
            Path copy = null;
            if (mayKeepCopy) {
                try {
                    copy = keepCopyOfBadFile();
                } catch (IOException copyFailed) {
                    copy = null; // the original is still there, untouched; the message says no copy was made
                }
            }
            boolean backup = FileKinds.isPlainFile(dir.resolve(BACKUP));
            problem = new JournalProblem(JournalProblem.Kind.UNREADABLE, e.problem(), e.line(), e.column(), copy,
                    backup, e.damage(), backup ? savedAt(dir.resolve(BACKUP)) : null);
            return;
        } catch (IOException e) {
            readOnly = true;
            problem = cannotOpen(describe(e));
            return;
        }
        JournalFile loaded = indexed.file();
        fileVersion = loaded.schemaVersion();
        if (loaded.newer()) {
            readOnly = true;
            problem = new JournalProblem(JournalProblem.Kind.NEWER_VERSION, "file version " + loaded.schemaVersion()
                    + ", this version understands " + JournalJson.SCHEMA_VERSION
                    + (loaded.hiddenEntries() == 0 ? "" : "; " + loaded.hiddenEntries()
                            + (loaded.hiddenEntries() == 1 ? " entry holds" : " entries hold")
                            + " things only the newer version can show"), 0, 0, null, false);
        }
        replaceAll(loaded.entries(), indexed.byId());
        readThrough = true;
    }

    /** Reads and checks a journal file without touching it. */
    public JournalFile readFile(Path path, DoubleConsumer progress) throws IOException {
        return readIndexed(path, progress).file();
    }

    private JournalJson.Indexed readIndexed(Path path, DoubleConsumer progress) throws IOException {
        long size = Math.max(1, Files.size(path));
        JournalJson.Source source = () -> new BufferedReader(new InputStreamReader(
                new Progress(Files.newInputStream(path), size, progress),
                StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        JournalFormatException wide = TextEncoding.wide(path);
        if (wide != null) {
            throw JournalDamage.classified(path, wide);
        }
        try {
            return json.readIndexed(source, size);
        } catch (CharacterCodingException e) {
            throw JournalDamage.classified(path, TextEncoding.describe(path));
        } catch (JournalFormatException e) {
            throw JournalDamage.classified(path, e);
        }
    }

    private Path keepCopyOfBadFile() throws IOException {
        // Opening the same bad file again (each start, each command) reuses the copy made the first time.
        try (var existing = Files.newDirectoryStream(dir, FILE + ".unreadable-*")) {
            for (Path p : existing) {
                if (FileKinds.isPlainFile(p) && Files.size(p) == Files.size(file) && Files.mismatch(p, file) == -1) {
                    return p;
                }
            }
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss"));
        Path copy = dir.resolve(FILE + ".unreadable-" + stamp);
        for (int n = 2; Files.exists(copy); n++) {
            copy = dir.resolve(FILE + ".unreadable-" + stamp + "-" + n);
        }
        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        restrictToOwner(copy);
        return copy;
    }

    // ---------------------------------------------------------------- reading

    @Override
    public List<JournalEntry> entries() {
        return published;
    }

    public synchronized Optional<JournalEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return published.size();
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    /**
     * Whether the entries are the journal as this version can read it, so that a reader (a list,
     * an export, the summary) may use them even when {@link #problem()} says the journal is
     * read-only: another copy has it, a newer version wrote it, or it is a symbolic link. False when
     * the file could not be read at all (unreadable, a pipe, a link that leads nowhere).
     */
    public boolean readThrough() {
        return readThrough; // set only once a read succeeded (or there was no file to read)
    }

    /** Why the journal is read-only or empty, if it is. */
    public Optional<JournalProblem> problem() {
        return Optional.ofNullable(problem);
    }

    public Path file() {
        return file;
    }

    public Path directory() {
        return dir;
    }

    // ---------------------------------------------------------------- changing

    @Override
    public synchronized void add(JournalEntry entry) throws JournalException {
        checkEntry(entry);
        if (byId.containsKey(entry.id())) {
            throw new JournalException("An entry with the id " + PlainText.quote(entry.id()) + " is already in the journal");
        }
        List<JournalEntry> next = new ArrayList<>(entries);
        insertSorted(next, entry);
        commit(next, index -> index.put(entry.id(), entry));
    }

    /** Replaces the entry with the same id. */
    public synchronized void update(JournalEntry entry) throws JournalException {
        checkEntry(entry);
        if (!byId.containsKey(entry.id())) {
            throw new JournalException("There is no entry with the id " + PlainText.quote(entry.id()));
        }
        List<JournalEntry> next = new ArrayList<>(entries);
        next.removeIf(e -> e.id().equals(entry.id()));
        insertSorted(next, entry);
        commit(next, index -> index.put(entry.id(), entry));
    }

    /** Removes an entry and returns it, so that the caller can offer to undo. */
    public synchronized JournalEntry delete(String id) throws JournalException {
        JournalEntry old = byId.get(id);
        if (old == null) {
            throw new JournalException("There is no entry with the id " + PlainText.quote(id));
        }
        List<JournalEntry> next = new ArrayList<>(entries);
        next.remove(old);
        commit(next, index -> index.remove(id));
        return old;
    }

    /**
     * Adds the entries of another journal file whose ids are not here yet; entries already here
     * are kept as they are. Returns how many were added. A bad file, or a new entry outside the dates
     * an entry may have ({@link EntryRules#timeProblem}), changes nothing.
     */
    public synchronized int importFrom(Path other) throws JournalException {
        JournalFile incoming;
        String name = PlainText.visible(String.valueOf(other.getFileName()));
        try {
            if (!Files.isRegularFile(other)) {
                throw new JournalException("Cannot import " + name + ": " + (Files.exists(other)
                        ? "it is " + FileKinds.whatIfNotPlain(other.toRealPath()) + ", not a plain file" : "there is no such file"));
            }
            incoming = readFile(other, p -> {});
        } catch (JournalFormatException e) {
            throw new JournalException("Cannot import " + name + ": " + e.problem() + e.place());
        } catch (JournalException e) {
            throw e;
        } catch (IOException e) {
            throw new JournalException("Cannot import " + name + ": " + describe(e));
        }
        if (incoming.newer()) {
            throw new JournalException("Cannot import " + name + ": a newer version of PopCheck wrote it (file version "
                    + incoming.schemaVersion() + ", this version understands " + JournalJson.SCHEMA_VERSION
                    + "), so this version could lose what it holds. Import it with the newer version");
        }
        List<JournalEntry> next = new ArrayList<>(entries);
        List<JournalEntry> fresh = new ArrayList<>();
        Instant now = Instant.now();
        for (JournalEntry e : incoming.entries()) {
            if (!byId.containsKey(e.id())) {
                // The same limits as an entry typed in: a date in year 0 or next decade is a slip,
                // refused before anything is written, so the journal stays as it was.
                String problem = EntryRules.timeProblem(e.at(), now).orElse(null);
                if (problem != null) {
                    throw new JournalException("Cannot import " + name + ": entry " + PlainText.quote(e.id()) + ": " + problem
                            + " Nothing was imported");
                }
                next.add(e);
                fresh.add(e);
            }
        }
        int added = fresh.size();
        if (added > 0) {
            next.sort(BY_TIME);
            commit(next, index -> fresh.forEach(e -> index.put(e.id(), e)));
        }
        return added;
    }

    /**
     * Writes the whole journal, in the journal's own format, to {@code target} (atomically; a
     * symbolic link is followed to the file it names). Refuses the journal's own files, a folder,
     * pipe or device (see {@link ProtectedPaths}), and a journal of a newer version.
     */
    public synchronized void exportJson(Path target) throws JournalException {
        Path real = checkExport(target);
        List<JournalEntry> snapshot = published;
        writeAtomically(real, w -> json.write(snapshot, w), false);
    }

    /** Writes the journal as CSV for spreadsheets (atomically); refuses as {@link #exportJson} does. */
    public synchronized void exportCsv(Path target) throws JournalException {
        Path real = checkExport(target);
        List<JournalEntry> snapshot = published;
        writeAtomically(real, w -> JournalCsv.write(snapshot, w), false);
    }

    /**
     * A newer version's journal may hold fields and values this version does not know; an export
     * from here would silently leave them out, so it is refused.
     */
    private Path checkExport(Path target) throws JournalException {
        if (fileVersion > JournalJson.SCHEMA_VERSION) {
            throw new JournalException("This journal was saved by a newer version of PopCheck (file version " + fileVersion
                    + "); an export from this version would leave out what only the newer one knows, so nothing was written."
                    + " Export it with the newer version");
        }
        return ProtectedPaths.checkOutput(target, dir);
    }

    /**
     * After an unreadable file: puts the backup in its place (the bad file's copy stays beside it)
     * and makes the journal writable again. Returns the number of entries restored.
     */
    public synchronized int restoreBackup() throws JournalException {
        Path backup = dir.resolve(BACKUP);
        if (problem == null || problem.kind() != JournalProblem.Kind.UNREADABLE) {
            throw new JournalException("There is nothing to restore: the journal file reads fine");
        }
        if (lock == null) {
            throw new JournalException("The journal is open read-only here, so the backup cannot be restored");
        }
        if (problem.keptCopy() == null) {
            throw new JournalException("No copy of the unreadable file could be kept, so it is not replaced");
        }
        JournalFile restored;
        try {
            String what = FileKinds.whatIfNotPlain(backup);
            if (what != null) {
                throw new JournalException("The backup " + BACKUP + " is " + what + ", not a plain file, so it is not used");
            }
            restored = readFile(backup, p -> {});
        } catch (JournalFormatException e) {
            throw new JournalException("The backup cannot be read either: " + e.problem() + e.place());
        } catch (JournalException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new JournalException("There is no backup to restore");
        } catch (IOException e) {
            throw new JournalException("The backup cannot be read: " + describe(e));
        }
        if (restored.newer()) {
            throw new JournalException("The backup was saved by a newer version of PopCheck");
        }
        List<JournalEntry> sorted = new ArrayList<>(restored.entries());
        sorted.sort(BY_TIME);
        // The bad file is safe in its copy; the backup must stay as it is, so no new backup is made here.
        writeAtomically(file, w -> json.write(sorted, w), false);
        replaceAll(sorted, null);
        fileVersion = restored.schemaVersion();
        readOnly = false;
        problem = null;
        return sorted.size();
    }

    /** Releases the single-writer lock. */
    @Override
    public synchronized void close() {
        try {
            if (lock != null) {
                lock.release();
            }
            if (lockChannel != null) {
                lockChannel.close();
            }
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
        lock = null;
        lockChannel = null;
        readOnly = true;
    }

    // ---------------------------------------------------------------- internals

    private void checkEntry(JournalEntry e) throws JournalException {
        if (e.id().isBlank() || e.id().length() > 100) {
            throw new JournalException("An entry id must be 1 to 100 characters");
        }
        refuseHalfCharacters("The id", e.id());
        refuseHalfCharacters("The notes", e.notes());
        if (e.pain() != null && (e.pain() < 0 || e.pain() > 10)) {
            throw new JournalException("Pain must be between 0 and 10, not " + e.pain());
        }
        String limit = EntryRules.notesProblem(e.notes()).or(() -> EntryRules.timeProblem(e.at(), Instant.now())).orElse(null);
        if (limit != null) {
            throw new JournalException(limit);
        }
        checkOption("sound", e.sound());
        checkOption("frequency", e.frequency());
        for (String t : e.triggers()) {
            checkOption("trigger", t);
        }
        for (String w : e.warningSigns()) {
            if (!facts.contains(w)) {
                throw new JournalException("Unknown warning sign " + PlainText.quote(w));
            }
        }
        if (e.assessment() != null) {
            // What is saved must read back: check the assessment with the same reader that loads it.
            try {
                assessments.fromTree(assessments.toTree(e.assessment().assessment()));
            } catch (InvalidAssessmentException | RuntimeException bad) {
                throw new JournalException("The saved assessment is not valid: " + PlainText.shorten(String.valueOf(bad.getMessage()), 200));
            }
        }
        for (ExerciseDone x : e.exercises()) {
            if (x.exerciseId() == null || x.exerciseId().isBlank() || x.sets() < 0
                    || (x.painDuring() != null && (x.painDuring() < 0 || x.painDuring() > 10))) {
                throw new JournalException("An exercise needs an id, sets of 0 or more and pain during from 0 to 10");
            }
        }
    }

    private void checkOption(String factId, String value) throws JournalException {
        if (value == null) {
            return;
        }
        List<String> options = facts.find(factId).map(f -> f.options()).orElse(List.of());
        if (!options.contains(value)) {
            throw new JournalException("Unknown " + factId + " " + PlainText.quote(value) + "; expected one of " + String.join(", ", options));
        }
    }

    /**
     * A lone half of a surrogate pair cannot be written as UTF-8: it would be saved as "?" and the
     * text changed without a word. The reader refuses such text in a file, and so does a save.
     */
    private static void refuseHalfCharacters(String what, String text) throws JournalException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new JournalException(what + " hold half of a character (a lone surrogate) at position " + (i + 1)
                        + ", which cannot be saved");
            }
        }
    }

    private static void insertSorted(List<JournalEntry> list, JournalEntry entry) {
        int at = Collections.binarySearch(list, entry, BY_TIME);
        list.add(at < 0 ? -at - 1 : at, entry);
    }

    /**
     * Shows {@code next} from now on. {@code index}, when given, already maps every id of
     * {@code next} (the reader built it while checking for twice-used ids) and becomes this store's.
     */
    private void replaceAll(List<JournalEntry> next, HashMap<String, JournalEntry> index) {
        entries = new ArrayList<>(next);
        if (!inTimeOrder(entries)) { // a file this store wrote is in order already
            entries.sort(BY_TIME);
        }
        published = Collections.unmodifiableList(entries);
        if (index == null || index.size() != entries.size()) {
            // Sized up front: growing a map to 100,000 ids step by step costs more than reading them.
            index = new HashMap<>((int) (entries.size() / 0.75f) + 16);
            for (JournalEntry e : entries) {
                index.put(e.id(), e);
            }
        }
        byId = index;
    }

    /**
     * Saves first; only a save that returned changes what this store shows. {@code next} is already
     * in order, and the id index is changed only where the entries changed, so that a save of a
     * large journal costs the writing and little else.
     */
    private void commit(List<JournalEntry> next, Consumer<Map<String, JournalEntry>> indexChange) throws JournalException {
        if (readOnly) {
            throw new JournalException(problem != null ? problem.describe() : "The journal is open read-only");
        }
        writeAtomically(file, w -> json.write(next, w), true);
        // The file is in place: from here on the change has happened, whatever fails. Taking
        // {@code next} as it is (no copy) keeps this step small; if even that runs out of memory,
        // the store stops showing a stale journal as writable, and the caller still hears success,
        // so a retry does not add the entry twice.
        try {
            entries = next;
            published = Collections.unmodifiableList(next);
            indexChange.accept(byId);
        } catch (OutOfMemoryError e) {
            readOnly = true;
            problem = cannotOpen("the last change was saved, but there was not enough memory to show it; restart PopCheck");
        }
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(Writer w) throws IOException;
    }

    private void writeAtomically(Path target, Content content, boolean keepBackup) throws JournalException {
        boolean journal = target.equals(file);
        Path folder = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = createPrivateTemp(folder, target.getFileName().toString());
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                    Writer w = new UnsyncedBufferedWriter(new OutputStreamWriter(Channels.newOutputStream(ch), StandardCharsets.UTF_8), 1 << 16)) {
                content.writeTo(w);
                w.flush();
                ch.force(true);
            }
            if (journal) {
                checkStillOurs();
            }
            if (keepBackup && FileKinds.isPlainFile(target)) {
                keepBackupOf(target);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            afterRename(folder, journal);
        } catch (JournalException e) {
            throw e;
        } catch (IOException e) {
            throw new JournalException("The journal could not be saved: " + describe(e) + ". The previous file is unchanged.", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a left-over temporary file is harmless; the journal itself is intact
                }
            }
        }
    }

    /**
     * After the rename: the change is on disk. The folder's sync and the new stamp are
     * best-effort, and nothing thrown here may turn a saved change into a reported failure.
     */
    private void afterRename(Path folder, boolean journal) {
        try {
            syncFolder(folder);
            if (journal) {
                stamp = FileStamp.of(FileKinds.attributes(file));
            }
            afterRename.run();
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            stamp = FileStamp.UNKNOWN; // a later save in this copy refuses rather than guess
            readOnly = true;
            problem = cannotOpen("the last change was saved, but this copy could not finish noting it;"
                    + " open the journal again to make more changes");
        }
    }

    /**
     * Just before the rename: {@code journal.lock} is still the file this copy locked, and the
     * journal is still the file this copy read. If someone deleted the lock, a second writer may
     * have saved in between; writing now would drop its acknowledged entry.
     */
    private void checkStillOurs() throws IOException {
        BasicFileAttributes l = FileKinds.attributes(dir.resolve(LOCK));
        if (lock == null || l == null || !l.isRegularFile() || !Objects.equals(l.fileKey(), lockKey)) {
            throw new JournalBusyException("The journal's lock file was removed or replaced while this copy had it, so another"
                    + " program may have written to the journal; nothing was saved. Try again");
        }
        if (!FileStamp.of(FileKinds.attributes(file)).equals(stamp)) {
            throw new JournalBusyException("The journal file was changed by another program since it was read here; nothing"
                    + " was saved, so those changes are kept. Open the journal again and retry");
        }
    }

    /** The current file becomes the backup. A hard link costs nothing; a copy where links are not supported. */
    private void keepBackupOf(Path target) throws IOException {
        Path folder = target.getParent();
        Path staging = folder.resolve("." + BACKUP + ".tmp");
        Files.deleteIfExists(staging);
        try {
            Files.createLink(staging, target);
        } catch (UnsupportedOperationException | IOException noLinks) {
            Files.copy(target, staging, StandardCopyOption.REPLACE_EXISTING);
            restrictToOwner(staging);
        }
        Files.move(staging, folder.resolve(BACKUP), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path createPrivateTemp(Path folder, String name) throws IOException {
        if (posix(folder)) {
            FileAttribute<Set<PosixFilePermission>> attr = PosixFilePermissions.asFileAttribute(OWNER_ONLY);
            return Files.createTempFile(folder, "." + name + "-", ".tmp", attr);
        }
        return Files.createTempFile(folder, "." + name + "-", ".tmp");
    }

    private static void createPrivateDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new JournalException("the data folder " + dir + " is " + (Files.exists(dir) ? "a file" : "a link that leads nowhere")
                    + ", not a folder");
        }
        Path parent = dir.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (posix(parent == null ? dir.getRoot() : parent)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIR));
        } else {
            Files.createDirectories(dir);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        }
    }

    /** Changes the permissions of the name itself; a symbolic link there is refused, never followed. */
    private static void restrictToOwnerWithoutFollowing(Path path) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(path, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        if (view != null) {
            view.setPermissions(OWNER_ONLY);
        }
    }

    private static boolean posix(Path path) {
        return path != null && path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** Makes the rename itself durable. Not every platform can open a folder; there the move is still atomic. */
    private static void syncFolder(Path folder) {
        try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // Windows cannot open directories; the atomic move is enough there
        }
    }

    /**
     * An input or output error in plain words, naming the file. Never a class name or a library's
     * own text such as "Input length = 1": the person can act on "permission denied", not on that.
     */
    static String describe(IOException e) {
        if (e instanceof JournalException) {
            return e.getMessage(); // already in plain words
        }
        if (e instanceof CharacterCodingException) {
            return "the file is not UTF-8 text";
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied for " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " is in the way: it exists already and is not a folder";
        }
        if (e instanceof NotDirectoryException n) {
            return n.getFile() + " is not a folder";
        }
        if (e instanceof DirectoryNotEmptyException d) {
            return d.getFile() + " is a folder that is not empty";
        }
        if (e instanceof FileSystemLoopException l) {
            return "symbolic links lead round in a circle at " + l.getFile();
        }
        if (e instanceof FileSystemException f) {
            String where = f.getFile() == null ? "" : " (" + f.getFile() + ")";
            return systemReason(f.getReason()) + where;
        }
        return systemReason(e.getMessage());
    }

    /** The operating system's own reasons are mostly plain; a few are said more plainly still. */
    private static String systemReason(String reason) {
        if (reason == null || reason.isBlank()) {
            return "the file system refused";
        }
        if (reason.contains("No space left") || reason.contains("quota")) {
            return "the disk is full";
        }
        if (reason.contains("Not a directory")) {
            return "a part of the path is a file, not a folder";
        }
        if (reason.contains("Too many levels of symbolic links")) {
            return "it is a symbolic link, which PopCheck does not follow";
        }
        if (reason.contains("Input length") || reason.contains("Exception")) {
            return "the file could not be read or written"; // a library's words, not the system's
        }
        return reason.strip();
    }

    /**
     * What identifies one version of the journal file on disk: its file key (device and inode),
     * size and modification time. Another writer's save renames a new file into place, which
     * changes the key.
     */
    private record FileStamp(Object key, long size, FileTime modified) {
        static final FileStamp MISSING = new FileStamp("missing", -1, null);
        /** Unknown after a failure: equal to no real stamp, so the next save refuses rather than guess. */
        static final FileStamp UNKNOWN = new FileStamp(new Object(), -2, null);

        static FileStamp of(BasicFileAttributes a) {
            return a == null ? MISSING : new FileStamp(a.fileKey(), a.size(), a.lastModifiedTime());
        }
    }

    /** Counts bytes read to report loading progress. */
    private static final class Progress extends FilterInputStream {
        private final long size;
        private final DoubleConsumer listener;
        private long read;
        private long lastReported;

        Progress(InputStream in, long size, DoubleConsumer listener) {
            super(in);
            this.size = size;
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                advance(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                advance(n);
            }
            return n;
        }

        private void advance(int n) {
            read += n;
            if (read - lastReported > size / 100 || read >= size) {
                lastReported = read;
                listener.accept(Math.min(1.0, (double) read / size));
            }
        }
    }
}

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
    private final List<JournalEntry> entries = new ArrayList<>();
    /**
     * An unchangeable copy of {@link #entries}, replaced whole after each change. Reading it takes no
     * lock, so the window can read the journal while a save holds the lock for its write and fsync.
     */
    private volatile List<JournalEntry> published = List.of();
    private Map<String, JournalEntry> byId = new HashMap<>();
    private FileChannel lockChannel;
    private FileLock lock;
    private volatile JournalProblem problem;
    private volatile boolean readOnly;

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
        JournalStore store = new JournalStore(dataDir, FactCatalog.standard());
        store.openForWriting(progress);
        return store;
    }

    /**
     * Opens the journal only to read it: takes no lock and writes nothing, not even a copy of a
     * bad file. For the clinician summary and other readers running beside the app.
     */
    public static JournalStore openReadOnly(Path dataDir) {
        JournalStore store = new JournalStore(dataDir, FactCatalog.standard());
        store.readOnly = true;
        if (Files.exists(store.file)) {
            store.load(p -> {}, false);
        }
        return store;
    }

    /** A read-only, empty journal for when opening failed in an unexpected way; the problem says why. */
    public static JournalStore unavailable(Path dataDir, String why) {
        JournalStore store = new JournalStore(dataDir, FactCatalog.standard());
        store.readOnly = true;
        store.problem = new JournalProblem(JournalProblem.Kind.CANNOT_OPEN, why, 0, 0, null, false);
        return store;
    }

    /** The entries of the journal in {@code dataDir}, oldest first; a clear error if the file cannot be read. */
    public static List<JournalEntry> readEntries(Path dataDir) throws JournalException {
        JournalStore store = openReadOnly(dataDir);
        if (store.problem != null && store.problem.kind() != JournalProblem.Kind.NEWER_VERSION) {
            throw new JournalException(store.problem.describe());
        }
        return store.entries();
    }

    private void openForWriting(DoubleConsumer progress) {
        try {
            createPrivateDirectory(dir);
            acquireLock();
        } catch (IOException e) {
            readOnly = true;
            problem = new JournalProblem(JournalProblem.Kind.CANNOT_OPEN, describe(e), 0, 0, null, false);
        }
        if (Files.exists(file)) {
            load(progress, true);
        }
        progress.accept(1.0);
    }

    private void acquireLock() throws IOException {
        Path lockFile = dir.resolve(LOCK);
        lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        restrictToOwner(lockFile);
        try {
            lock = lockChannel.tryLock();
        } catch (OverlappingFileLockException sameProcess) {
            lock = null;
        }
        if (lock == null) {
            lockChannel.close();
            lockChannel = null;
            readOnly = true;
            problem = new JournalProblem(JournalProblem.Kind.LOCKED, "", 0, 0, null, false);
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
            problem = new JournalProblem(JournalProblem.Kind.UNREADABLE, e.problem(), e.line(), e.column(), copy,
                    Files.exists(dir.resolve(BACKUP)));
            return;
        } catch (IOException e) {
            readOnly = true;
            problem = new JournalProblem(JournalProblem.Kind.CANNOT_OPEN, describe(e), 0, 0, null, false);
            return;
        }
        JournalFile loaded = indexed.file();
        if (loaded.schemaVersion() > JournalJson.SCHEMA_VERSION) {
            readOnly = true;
            problem = new JournalProblem(JournalProblem.Kind.NEWER_VERSION, "file version " + loaded.schemaVersion()
                    + ", this version understands " + JournalJson.SCHEMA_VERSION, 0, 0, null, false);
        }
        replaceAll(loaded.entries(), indexed.byId());
    }

    /** Reads and checks a journal file without touching it. */
    public JournalFile readFile(Path path, DoubleConsumer progress) throws IOException {
        return readIndexed(path, progress).file();
    }

    private JournalJson.Indexed readIndexed(Path path, DoubleConsumer progress) throws IOException {
        long size = Math.max(1, Files.size(path));
        try (InputStream raw = Files.newInputStream(path);
                Reader reader = new BufferedReader(new InputStreamReader(new Progress(raw, size, progress),
                        StandardCharsets.UTF_8.newDecoder()
                                .onMalformedInput(CodingErrorAction.REPORT)
                                .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16)) {
            return json.readIndexed(reader, size);
        } catch (JournalFormatException e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw new JournalFormatException("the file is not UTF-8 text", 1, 1);
        }
    }

    private Path keepCopyOfBadFile() throws IOException {
        // Opening the same bad file again (each start, each command) reuses the copy made the first time.
        try (var existing = Files.newDirectoryStream(dir, FILE + ".unreadable-*")) {
            for (Path p : existing) {
                if (Files.size(p) == Files.size(file) && Files.mismatch(p, file) == -1) {
                    return p;
                }
            }
        }
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
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
            throw new JournalException("An entry with the id " + entry.id() + " is already in the journal");
        }
        List<JournalEntry> next = new ArrayList<>(entries);
        insertSorted(next, entry);
        commit(next, index -> index.put(entry.id(), entry));
    }

    /** Replaces the entry with the same id. */
    public synchronized void update(JournalEntry entry) throws JournalException {
        checkEntry(entry);
        if (!byId.containsKey(entry.id())) {
            throw new JournalException("There is no entry with the id " + entry.id());
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
            throw new JournalException("There is no entry with the id " + id);
        }
        List<JournalEntry> next = new ArrayList<>(entries);
        next.remove(old);
        commit(next, index -> index.remove(id));
        return old;
    }

    /**
     * Adds the entries of another journal file whose ids are not here yet; entries already here
     * are kept as they are. Returns how many were added. A bad file changes nothing.
     */
    public synchronized int importFrom(Path other) throws JournalException {
        JournalFile incoming;
        try {
            incoming = readFile(other, p -> {});
        } catch (JournalFormatException e) {
            throw new JournalException("Cannot import " + other.getFileName() + ": " + e.problem() + " (line "
                    + e.line() + ", column " + e.column() + ")");
        } catch (IOException e) {
            throw new JournalException("Cannot import " + other + ": " + describe(e));
        }
        if (incoming.schemaVersion() > JournalJson.SCHEMA_VERSION) {
            throw new JournalException("Cannot import " + other.getFileName() + ": it was saved by a newer version of PopCheck");
        }
        List<JournalEntry> next = new ArrayList<>(entries);
        List<JournalEntry> fresh = new ArrayList<>();
        for (JournalEntry e : incoming.entries()) {
            if (!byId.containsKey(e.id())) {
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

    /** Writes the whole journal, in the journal's own format, to {@code target} (atomically). */
    public synchronized void exportJson(Path target) throws JournalException {
        List<JournalEntry> snapshot = published;
        writeAtomically(target, w -> json.write(snapshot, w), false);
    }

    /** Writes the journal as CSV for spreadsheets (atomically). */
    public synchronized void exportCsv(Path target) throws JournalException {
        List<JournalEntry> snapshot = published;
        writeAtomically(target, w -> JournalCsv.write(snapshot, w), false);
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
            restored = readFile(backup, p -> {});
        } catch (NoSuchFileException e) {
            throw new JournalException("There is no backup to restore");
        } catch (JournalFormatException e) {
            throw new JournalException("The backup cannot be read either: " + e.problem() + " (line " + e.line()
                    + ", column " + e.column() + ")");
        } catch (IOException e) {
            throw new JournalException("The backup cannot be read: " + describe(e));
        }
        if (restored.schemaVersion() > JournalJson.SCHEMA_VERSION) {
            throw new JournalException("The backup was saved by a newer version of PopCheck");
        }
        List<JournalEntry> sorted = new ArrayList<>(restored.entries());
        sorted.sort(BY_TIME);
        // The bad file is safe in its copy; the backup must stay as it is, so no new backup is made here.
        writeAtomically(file, w -> json.write(sorted, w), false);
        replaceAll(sorted, null);
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
                throw new JournalException("Unknown warning sign: " + w);
            }
        }
        if (e.assessment() != null) {
            // What is saved must read back: check the assessment with the same reader that loads it.
            try {
                assessments.fromTree(assessments.toTree(e.assessment().assessment()));
            } catch (InvalidAssessmentException | RuntimeException bad) {
                throw new JournalException("The saved assessment is not valid: " + bad.getMessage());
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
            throw new JournalException("Unknown " + factId + " \"" + value + "\"; expected one of " + String.join(", ", options));
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
        entries.clear();
        entries.addAll(next);
        if (!inTimeOrder(entries)) { // a file this store wrote is in order already
            entries.sort(BY_TIME);
        }
        published = List.copyOf(entries);
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
        entries.clear();
        entries.addAll(next);
        published = List.copyOf(next);
        indexChange.accept(byId);
    }

    @FunctionalInterface
    private interface Content {
        void writeTo(Writer w) throws IOException;
    }

    private void writeAtomically(Path target, Content content, boolean keepBackup) throws JournalException {
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
            if (keepBackup && Files.exists(target)) {
                keepBackupOf(target);
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            tmp = null;
            syncFolder(folder);
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

    static String describe(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "permission denied for " + a.getFile();
        }
        if (e instanceof NoSuchFileException n) {
            return "no such file or folder: " + n.getFile();
        }
        if (e instanceof FileSystemException f) {
            String reason = f.getReason();
            return (reason == null ? f.getClass().getSimpleName() : reason) + (f.getFile() == null ? "" : " (" + f.getFile() + ")");
        }
        String m = e.getMessage();
        if (m != null && m.contains("No space left")) {
            return "the disk is full";
        }
        return m == null ? e.getClass().getSimpleName() : m;
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

package org.popcheck.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.popcheck.Patience;

/** Issue 20 items 3, 4, 5, 6, 7, 11 and 12: links, pipes, other people's folders, a deleted lock, stale temporary files. */
class JournalFileGuardsTest {

    private static final Duration NEVER_HANG = Patience.HANG;

    @TempDir
    Path root;

    private Path data() throws IOException {
        return Files.createDirectories(root.resolve("data"));
    }

    /** A file outside the data folder that a planted link points at; mode 644 so a chmod to 600 shows. */
    private Path victim(String name) throws IOException {
        Path outside = Files.createDirectories(root.resolve("outside"));
        Path v = outside.resolve(name);
        Files.writeString(v, "someone else's file\n");
        Files.setPosixFilePermissions(v, PosixFilePermissions.fromString("rw-r--r--"));
        return v;
    }

    private Path journalWithOneEntry(Path dir) throws IOException {
        try (JournalStore store = JournalStore.open(dir)) {
            store.add(Entries.quick(2, "2026-03-01T10:00:00Z"));
        }
        return dir.resolve(JournalStore.FILE);
    }

    private static String problemOf(JournalStore store) {
        String d = store.problem().map(JournalProblem::describe).orElse("");
        FileSnapshot.assertPlainLine(d);
        return d;
    }

    // ---------------------------------------------------------------- item 5: links are never followed

    @Test
    void aLockPlantedAsALinkIsNotFollowedAndItsTargetKeepsItsModeAndBytes() throws IOException {
        for (String kind : List.of("existing file", "dangling", "link to the journal")) {
            Path dir = Files.createDirectories(root.resolve("lock-" + kind.replace(' ', '-')));
            Path journal = journalWithOneEntry(dir);
            Files.delete(dir.resolve(JournalStore.LOCK));
            Path target = switch (kind) {
                case "existing file" -> victim("lock-target");
                case "dangling" -> root.resolve("outside").resolve("created-by-popcheck");
                default -> journal;
            };
            Files.createDirectories(root.resolve("outside"));
            Files.createSymbolicLink(dir.resolve(JournalStore.LOCK), target);
            FileSnapshot targetBefore = FileSnapshot.of(target);
            FileSnapshot journalBefore = FileSnapshot.of(journal);
            try (JournalStore store = JournalStore.open(dir)) {
                assertTrue(store.readOnly(), kind);
                assertTrue(problemOf(store).contains("symbolic link"), problemOf(store));
                assertEquals(1, store.size(), "the journal is still shown");
                assertThrows(JournalException.class, () -> store.add(Entries.quick(1, "2026-03-02T10:00:00Z")));
            }
            targetBefore.assertUnchanged();
            journalBefore.assertUnchanged();
            assertTrue(Files.isSymbolicLink(dir.resolve(JournalStore.LOCK)), "the link is left for the person to see");
        }
    }

    @Test
    void aJournalThatIsALinkOpensReadOnlyAndTheLinkAndItsTargetStayAsTheyAre() throws IOException {
        Path dir = data();
        Path elsewhere = Files.createDirectories(root.resolve("sync"));
        Path real = journalWithOneEntry(elsewhere);
        Path link = dir.resolve(JournalStore.FILE);
        Files.createSymbolicLink(link, real);
        FileSnapshot before = FileSnapshot.of(real);
        try (JournalStore store = JournalStore.open(dir)) {
            assertTrue(store.readOnly());
            assertEquals(1, store.size(), "what the link leads to is shown");
            String p = problemOf(store);
            assertTrue(p.contains("symbolic link") && p.contains("read-only"), p);
            assertThrows(JournalException.class, () -> store.add(Entries.quick(1, "2026-03-02T10:00:00Z")));
        }
        assertTrue(Files.isSymbolicLink(link), "not replaced by a plain file");
        before.assertUnchanged();
    }

    @Test
    void aDanglingJournalLinkSaysSoAndStartsNoNewJournal() throws IOException {
        for (String where : List.of("sync/journal.json", "gone/deeper/journal.json")) {
            Path dir = Files.createDirectories(root.resolve("dangling-" + where.length()));
            Path target = root.resolve(where);
            Files.createSymbolicLink(dir.resolve(JournalStore.FILE), target);
            try (JournalStore store = JournalStore.open(dir)) {
                assertTrue(store.readOnly());
                assertEquals(0, store.size());
                assertTrue(problemOf(store).contains("does not exist"), problemOf(store));
                assertThrows(JournalException.class, () -> store.add(Entries.quick(1, "2026-03-02T10:00:00Z")));
            }
            assertFalse(Files.exists(target), "nothing created where the link points");
            assertTrue(Files.isSymbolicLink(dir.resolve(JournalStore.FILE)));
        }
    }

    // ---------------------------------------------------------------- item 6: pipes and folders are not read or written

    @Test
    void aJournalOrLockThatIsAPipeOrFolderMakesNoCommandWait() throws Exception {
        for (String name : List.of(JournalStore.FILE, JournalStore.LOCK)) {
            for (String kind : List.of("pipe", "folder")) {
                Path dir = Files.createDirectories(root.resolve(name + "-" + kind));
                Path special = dir.resolve(name);
                if (kind.equals("pipe")) {
                    FileSnapshot.mkfifo(special);
                } else {
                    Files.createDirectory(special);
                }
                assertTimeoutPreemptively(NEVER_HANG, () -> {
                    try (JournalStore store = JournalStore.open(dir)) {
                        assertTrue(store.readOnly(), name + " " + kind);
                        String p = problemOf(store);
                        assertTrue(p.contains(kind.equals("pipe") ? "named pipe" : "a folder"), p);
                        assertThrows(JournalException.class, () -> store.add(Entries.quick(1, "2026-03-02T10:00:00Z")));
                    }
                    JournalStore.openReadOnly(dir).close();
                });
                assertTrue(kind.equals("pipe") ? !Files.isRegularFile(special) && Files.exists(special) : Files.isDirectory(special),
                        "left as it was");
            }
        }
    }

    @Test
    void aBackupThatIsALinkOrPipeIsNotRestored() throws Exception {
        for (String kind : List.of("link", "pipe")) {
            Path dir = Files.createDirectories(root.resolve("backup-" + kind));
            Files.writeString(dir.resolve(JournalStore.FILE), "{\"schemaVersion\": 1, \"entries\": [");
            Path backup = dir.resolve(JournalStore.BACKUP);
            if (kind.equals("link")) {
                Files.createSymbolicLink(backup, victim("backup-target"));
            } else {
                FileSnapshot.mkfifo(backup);
            }
            FileSnapshot bad = FileSnapshot.of(dir.resolve(JournalStore.FILE));
            assertTimeoutPreemptively(NEVER_HANG, () -> {
                try (JournalStore store = JournalStore.open(dir)) {
                    assertEquals(JournalProblem.Kind.UNREADABLE, store.problem().orElseThrow().kind());
                    assertFalse(store.problem().get().backupAvailable(), "no offer to restore from " + kind);
                    JournalException e = assertThrows(JournalException.class, store::restoreBackup);
                    FileSnapshot.assertPlainLine(e.getMessage());
                }
            });
            bad.assertUnchanged();
        }
    }

    @Test
    void keptCopiesThatArePipesOrLinksAreNotOpened() throws Exception {
        Path dir = data();
        Files.writeString(dir.resolve(JournalStore.FILE), "{\"schemaVersion\": 1, \"entries\": [");
        FileSnapshot.mkfifo(dir.resolve(JournalStore.FILE + ".unreadable-20260101-000000"));
        Files.createSymbolicLink(dir.resolve(JournalStore.FILE + ".unreadable-20260101-000001"), victim("copy-target"));
        assertTimeoutPreemptively(NEVER_HANG, () -> {
            try (JournalStore store = JournalStore.open(dir)) {
                assertNotNull(store.problem().orElseThrow().keptCopy(), "a real copy was made beside them");
            }
        });
    }

    // ---------------------------------------------------------------- item 7: folders others can change

    @Test
    void aFolderOthersCanWriteToOpensReadOnlyAndNothingIsCreatedInIt() throws IOException {
        GroupPrincipal shared = sharedGroup();
        for (String mode : List.of("rwxrwxrwx", "rwxrwx---", "rwx-w----", "rwx----w-", "rwx---rwx")) {
            if (mode.charAt(4) == 'w' && mode.charAt(7) != 'w' && shared == null) {
                continue; // group-writable is unsafe only for a group shared with others; none to use here
            }
            Path dir = Files.createDirectories(root.resolve("shared-" + mode.replace('-', '_')));
            Path journal = journalWithOneEntry(dir);
            Files.delete(dir.resolve(JournalStore.LOCK));
            if (shared != null) {
                Files.getFileAttributeView(dir, PosixFileAttributeView.class).setGroup(shared);
            }
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(mode));
            FileSnapshot before = FileSnapshot.of(journal);
            try (JournalStore store = JournalStore.open(dir)) {
                assertTrue(store.readOnly(), mode);
                String p = problemOf(store);
                assertTrue(p.contains("other users") && p.contains("chmod go-w"), p);
                assertEquals(1, store.size(), "still shown");
                assertThrows(JournalException.class, () -> store.add(Entries.quick(1, "2026-03-02T10:00:00Z")));
            }
            before.assertUnchanged();
            assertFalse(Files.exists(dir.resolve(JournalStore.LOCK)), "no lock made in such a folder");
        }
    }

    /** A group other than the owner's private one, to give a folder to; null where that is not allowed. */
    private GroupPrincipal sharedGroup() {
        for (String name : List.of("users", "nogroup", "staff", "daemon")) {
            try {
                GroupPrincipal g = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName(name);
                Path probe = Files.createTempDirectory(root, "probe");
                Files.getFileAttributeView(probe, PosixFileAttributeView.class).setGroup(g);
                if (!g.getName().equals(Files.getOwner(probe).getName())) {
                    return g;
                }
            } catch (IOException | UnsupportedOperationException notHere) {
                // try the next name
            }
        }
        return null;
    }

    @Test
    void aGroupWritableFolderOfOnesOwnPrivateGroupIsFine() throws IOException {
        Path dir = Files.createDirectories(root.resolve("private-group"));
        String owner = Files.getOwner(dir).getName();
        try {
            GroupPrincipal own = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByGroupName(owner);
            Files.getFileAttributeView(dir, PosixFileAttributeView.class).setGroup(own);
        } catch (IOException noSuchGroup) {
            return; // no group of the owner's name here
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxr-x")); // what umask 002 gives
        try (JournalStore store = JournalStore.open(dir)) {
            assertFalse(store.readOnly(), () -> problemOf(store));
            store.add(Entries.quick(1, "2026-03-02T10:00:00Z"));
        }
    }

    @Test
    void aFolderOfAnotherUserOpensReadOnlyEvenForRoot() throws IOException {
        Path dir = data();
        Path journal = journalWithOneEntry(dir);
        UserPrincipal me = Files.getOwner(dir);
        UserPrincipal other;
        try {
            other = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(dir, other);
        } catch (IOException notRootHere) {
            return; // only root can give a folder away; the permission test above covers the rest
        }
        try {
            FileSnapshot before = FileSnapshot.of(journal);
            try (JournalStore store = JournalStore.open(dir)) {
                assertTrue(store.readOnly());
                assertTrue(problemOf(store).contains("belongs to another user"), problemOf(store));
            }
            before.assertUnchanged();
        } finally {
            Files.setOwner(dir, me);
        }
    }

    // ---------------------------------------------------------------- item 11: plain words for a data folder that is a file

    @Test
    void aDataFolderThatIsAFileIsSaidInPlainWords() throws IOException {
        Path notAFolder = root.resolve("data-file");
        Files.writeString(notAFolder, "x");
        Path inside = notAFolder.resolve("deeper");
        for (Path dir : List.of(notAFolder, inside)) {
            try (JournalStore store = JournalStore.open(dir)) {
                assertTrue(store.readOnly());
                String p = problemOf(store);
                assertTrue(p.contains("not a folder"), p);
            }
        }
        assertEquals("x", Files.readString(notAFolder));
    }

    // ---------------------------------------------------------------- item 3: a deleted lock

    @Test
    void aLockDeletedDuringASessionIsNoticedBeforeTheRenameAndTheOtherWritersEntryStays() throws IOException {
        Path dir = data();
        journalWithOneEntry(dir);
        try (JournalStore first = JournalStore.open(dir)) {
            Files.delete(dir.resolve(JournalStore.LOCK));
            JournalEntry theirs = Entries.quick(5, "2026-03-05T10:00:00Z");
            // A second writer gets in: a new lock file, its entry acknowledged.
            JournalStore second = JournalStore.open(dir);
            try {
                assertFalse(second.readOnly());
                second.add(theirs);
            } finally {
                second.close();
            }
            byte[] afterTheirs = Files.readAllBytes(dir.resolve(JournalStore.FILE));
            JournalException e = assertThrows(JournalBusyException.class, () -> first.add(Entries.quick(1, "2026-03-06T10:00:00Z")));
            FileSnapshot.assertPlainLine(e.getMessage());
            assertTrue(e.getMessage().contains("nothing was saved"), e.getMessage());
            assertEquals(new String(afterTheirs), Files.readString(dir.resolve(JournalStore.FILE)));
            assertTrue(JournalStore.readEntries(dir).stream().anyMatch(x -> x.id().equals(theirs.id())));
        }
    }

    @Test
    void aLockReplacedOrAJournalChangedByHandIsNoticedToo() throws IOException {
        for (String change : List.of("lock replaced", "journal rewritten", "journal replaced by a copy")) {
            Path dir = Files.createDirectories(root.resolve(change.replace(' ', '-')));
            Path journal = journalWithOneEntry(dir);
            try (JournalStore store = JournalStore.open(dir)) {
                switch (change) {
                    case "lock replaced" -> {
                        Files.delete(dir.resolve(JournalStore.LOCK));
                        Files.createFile(dir.resolve(JournalStore.LOCK));
                    }
                    case "journal rewritten" -> Files.writeString(journal, "{\"schemaVersion\": 1, \"entries\": []}");
                    default -> {
                        Path copy = dir.resolve("copy");
                        Files.copy(journal, copy);
                        Files.move(copy, journal, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                FileSnapshot before = FileSnapshot.of(journal);
                assertThrows(JournalBusyException.class, () -> store.add(Entries.quick(1, "2026-03-06T10:00:00Z")), change);
                before.assertUnchanged();
            }
        }
    }

    @Test
    void savesOneAfterAnotherInOneCopyStillWork() throws IOException {
        Path dir = data();
        try (JournalStore store = JournalStore.open(dir)) {
            for (int i = 0; i < 5; i++) {
                store.add(Entries.quick(i, "2026-03-0" + (i + 1) + "T10:00:00Z"));
            }
            store.delete(store.entries().get(0).id());
        }
        assertEquals(4, JournalStore.readEntries(dir).size());
    }

    // ---------------------------------------------------------------- item 4: a failure after the rename

    @Test
    void whenMemoryRunsOutAfterTheRenameTheSaveStillCountsAsDone() throws IOException {
        Path dir = data();
        JournalEntry entry = Entries.quick(4, "2026-03-01T10:00:00Z");
        try (JournalStore store = JournalStore.open(dir)) {
            store.afterRename = () -> {
                throw new OutOfMemoryError("Java heap space");
            };
            store.add(entry); // returns normally: the entry is on disk, so a retry must not add it twice
            assertTrue(store.readOnly(), "the copy stops writing rather than work from a state it could not note");
            assertTrue(problemOf(store).contains("was saved"), problemOf(store));
        }
        assertEquals(List.of(entry.id()), JournalStore.readEntries(dir).stream().map(JournalEntry::id).toList());
    }

    // ---------------------------------------------------------------- item 12: stale temporary files

    @Test
    void staleTemporaryFilesAreRemovedByTheLockHolderOnly() throws IOException {
        Path dir = data();
        journalWithOneEntry(dir);
        Path victim = victim("temp-target");
        FileSnapshot victimBefore = FileSnapshot.of(victim);
        List<Path> stale = List.of(dir.resolve(".journal.json-123456.tmp"), dir.resolve(".journal.json-9.tmp"),
                dir.resolve(".journal.json.bak.tmp"));
        for (Path t : stale) {
            Files.write(t, new byte[100_000]);
        }
        Path linkTemp = dir.resolve(".journal.json-777.tmp");
        Files.createSymbolicLink(linkTemp, victim);
        Path exportTemp = dir.resolve(".export.csv-1.tmp"); // not the journal's: left alone
        Files.writeString(exportTemp, "x");
        try (JournalStore holder = JournalStore.open(dir)) {
            assertFalse(holder.readOnly());
            for (Path t : stale) {
                assertFalse(Files.exists(t, LinkOption.NOFOLLOW_LINKS), t.toString());
            }
            assertFalse(Files.exists(linkTemp, LinkOption.NOFOLLOW_LINKS), "the link itself removed");
            victimBefore.assertUnchanged();
            assertTrue(Files.exists(exportTemp));
            // A second copy, read-only while the first holds the lock, removes nothing: the temp may be the holder's.
            Path inFlight = dir.resolve(".journal.json-555.tmp");
            Files.writeString(inFlight, "being written");
            try (JournalStore second = JournalStore.open(dir)) {
                assertTrue(second.readOnly());
            }
            assertTrue(Files.exists(inFlight));
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().equals(".journal.json-123456.tmp")));
        }
    }
}

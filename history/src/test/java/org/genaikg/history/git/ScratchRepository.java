package org.genaikg.history.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A small git repository a test writes commit by commit, with JGit (no git binary). */
public final class ScratchRepository implements AutoCloseable {
    private final Path folder;
    private final Git git;
    private Instant clock = Instant.parse("2024-01-08T10:00:00Z");

    private ScratchRepository(Path folder, Git git) {
        this.folder = folder;
        this.git = git;
    }

    public static ScratchRepository init(Path folder) throws GitAPIException {
        return new ScratchRepository(folder, Git.init().setDirectory(folder.toFile()).setInitialBranch("main").call());
    }

    public Path folder() {
        return folder;
    }

    public Git git() {
        return git;
    }

    public ScratchRepository write(String path, String text) throws IOException {
        Path file = folder.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return this;
    }

    public ScratchRepository delete(String path) throws IOException {
        Files.delete(folder.resolve(path));
        return this;
    }

    public ScratchRepository move(String from, String to) throws IOException {
        Path target = folder.resolve(to);
        Files.createDirectories(target.getParent());
        Files.move(folder.resolve(from), target);
        return this;
    }

    /** Commits every change in the work tree, a day after the previous commit. */
    public RevCommit commit(String message) throws GitAPIException {
        clock = clock.plusSeconds(86_400);
        PersonIdent who = new PersonIdent("Writer", "writer@example.org", clock, ZoneOffset.ofHours(-8));
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setAuthor(who).setCommitter(who).call();
    }

    @Override
    public void close() {
        git.close();
    }
}

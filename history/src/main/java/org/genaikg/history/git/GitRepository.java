package org.genaikg.history.git;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.internal.storage.dfs.DfsRepositoryDescription;
import org.eclipse.jgit.internal.storage.dfs.InMemoryRepository;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.NullProgressMonitor;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.Transport;
import org.eclipse.jgit.transport.TransportBundleStream;
import org.eclipse.jgit.transport.URIish;
import org.genaikg.extractor.model.Revision;
import org.genaikg.history.model.RevisionRange;

/**
 * A git repository read with Eclipse JGit, no {@code git} binary needed: a folder (a work tree or a
 * bare repository) or a bundle file ({@code git bundle create}), whose commits are fetched into
 * memory. Read only.
 */
public final class GitRepository implements AutoCloseable {
    private static final int BUNDLE_HEADER_LENGTH = 16;

    private final Repository repository;
    private final String description;

    private GitRepository(Repository repository, String description) {
        this.repository = repository;
        this.description = description;
    }

    /**
     * Opens a repository folder or a bundle file.
     *
     * @throws GitRepositoryException when it is neither, or cannot be read
     */
    public static GitRepository open(Path location) {
        if (Files.isRegularFile(location)) {
            return new GitRepository(fetchBundle(location), location.toString());
        }
        if (!Files.isDirectory(location)) {
            throw new GitRepositoryException(location + ": no such repository folder or bundle file");
        }
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
            if (Files.exists(location.resolve(Constants.DOT_GIT))) {
                builder.setWorkTree(location.toFile());
            } else {
                builder.setGitDir(location.toFile());
            }
            Repository repository = builder.build();
            if (!repository.getObjectDatabase().exists()) {
                repository.close();
                throw new GitRepositoryException(location + ": not a git repository (no .git folder, and not a bare repository)");
            }
            return new GitRepository(repository, location.toString());
        } catch (IOException | IllegalArgumentException e) {
            throw new GitRepositoryException(location + ": not a git repository (" + e.getMessage() + ")", e);
        }
    }

    private static Repository fetchBundle(Path bundle) {
        if (!isBundle(bundle)) {
            throw new GitRepositoryException(bundle + ": neither a repository folder nor a git bundle (no '# v2 git bundle' header)");
        }
        InMemoryRepository repository = new InMemoryRepository(new DfsRepositoryDescription(bundle.getFileName().toString()));
        try (InputStream in = new BufferedInputStream(Files.newInputStream(bundle));
             Transport transport = new TransportBundleStream(repository, new URIish(bundle.toUri().toString()), in)) {
            FetchResult fetched = transport.fetch(NullProgressMonitor.INSTANCE,
                    List.of(new RefSpec("+refs/heads/*:refs/heads/*"), new RefSpec("+refs/tags/*:refs/tags/*")));
            Ref head = fetched.getAdvertisedRef(Constants.HEAD);
            if (head != null && head.getObjectId() != null) {
                RefUpdate update = repository.updateRef(Constants.HEAD, true);
                update.setNewObjectId(head.getObjectId());
                update.forceUpdate();
            }
            return repository;
        } catch (IOException | java.net.URISyntaxException e) {
            repository.close();
            throw new GitRepositoryException(bundle + ": cannot read the bundle (" + e.getMessage() + ")", e);
        }
    }

    private static boolean isBundle(Path file) {
        byte[] header = new byte[BUNDLE_HEADER_LENGTH];
        try (InputStream in = Files.newInputStream(file)) {
            int read = in.readNBytes(header, 0, header.length);
            String start = new String(header, 0, read, StandardCharsets.US_ASCII);
            return start.startsWith("# v2 git bundle") || start.startsWith("# v3 git bundle");
        } catch (IOException e) {
            throw new GitRepositoryException(file + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The commits of the first-parent chain of the range's branch (HEAD by default), oldest first,
     * numbered from the root commit, keeping those whose commit date is in the range.
     *
     * @throws GitRepositoryException when the branch does not exist
     */
    public List<Revision> revisions(RevisionRange range) {
        String start = range.branch().orElse(Constants.HEAD);
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId tip = resolveBranch(start);
            walk.setFirstParent(true);
            walk.markStart(walk.parseCommit(tip));
            List<RevCommit> chain = new ArrayList<>();
            for (RevCommit commit : walk) {
                chain.add(commit);
            }
            Collections.reverse(chain);
            List<Revision> revisions = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                RevCommit commit = chain.get(i);
                Revision revision = new Revision(i + 1, commit.name(), dateOf(commit.getAuthorIdent()),
                        dateOf(commit.getCommitterIdent()), commit.getFullMessage());
                if (range.contains(revision.committedAt())) {
                    revisions.add(revision);
                }
            }
            return revisions;
        } catch (IOException e) {
            throw new GitRepositoryException(description + ": cannot walk " + start + " (" + e.getMessage() + ")", e);
        }
    }

    private ObjectId resolveBranch(String name) throws IOException {
        for (String candidate : List.of(name, Constants.R_HEADS + name, Constants.R_REMOTES + name, Constants.R_TAGS + name)) {
            Ref ref = repository.exactRef(candidate);
            if (ref != null && ref.getObjectId() != null) {
                return ref.getObjectId();
            }
        }
        if (Constants.HEAD.equals(name)) {
            List<Ref> branches = repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS);
            if (branches.size() == 1) {
                return branches.get(0).getObjectId();
            }
        }
        throw new GitRepositoryException(description + ": no branch " + name + " (branches: " + branchNames() + ")");
    }

    private String branchNames() throws IOException {
        List<String> names = new ArrayList<>();
        repository.getRefDatabase().getRefsByPrefix(Constants.R_HEADS)
                .forEach(ref -> names.add(ref.getName().substring(Constants.R_HEADS.length())));
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** The pages of a walked revision's tree; {@code previous} (the last revision's pages) spares reading unchanged blobs. */
    public CommitPages pages(Revision revision, Optional<CommitPages> previous) {
        try {
            return CommitPages.of(repository, commit(revision), previous);
        } catch (IOException e) {
            throw new GitRepositoryException(description + ": cannot read the tree of " + revision.shortId() + " (" + e.getMessage() + ")", e);
        }
    }

    /** What changed in the pages from {@code before} (the previous walked revision's, if any: else all is new) to {@code after}. */
    public PageChanges changes(Optional<CommitPages> before, CommitPages after) {
        try {
            return PageDiff.between(repository, before, after);
        } catch (IOException e) {
            throw new GitRepositoryException(description + ": cannot compare two trees (" + e.getMessage() + ")", e);
        }
    }

    private RevCommit commit(Revision revision) throws IOException {
        try (RevWalk walk = new RevWalk(repository)) {
            return walk.parseCommit(ObjectId.fromString(revision.commitId()));
        } catch (org.eclipse.jgit.errors.MissingObjectException e) {
            throw new GitRepositoryException(description + ": has no commit " + revision.commitId(), e);
        }
    }

    private static OffsetDateTime dateOf(PersonIdent ident) {
        return OffsetDateTime.ofInstant(ident.getWhenAsInstant(), ident.getZoneOffset());
    }

    @Override
    public void close() {
        repository.close();
    }
}

package org.genaikg.history.git;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.genaikg.extractor.source.SourceFile;

/**
 * The pages of one commit, read from its tree: every regular {@code .md} file below the pages'
 * root ({@link PagesRoot}), paths relative to it with {@code /}. A blob the previous commit's pages
 * already decoded is not read again. Reads are thread-safe.
 */
public final class CommitPages {
    private final Repository repository;
    private final ObjectId tree;
    private final String root;
    private final Map<String, ObjectId> blobs;
    private final Map<ObjectId, String> texts;
    private final Map<ObjectId, String> previousTexts;

    private CommitPages(Repository repository, ObjectId tree, String root, Map<String, ObjectId> blobs,
                        Map<ObjectId, String> previousTexts) {
        this.repository = repository;
        this.tree = tree;
        this.root = root;
        this.blobs = Collections.unmodifiableMap(blobs);
        this.texts = new ConcurrentHashMap<>();
        this.previousTexts = previousTexts;
    }

    static CommitPages of(Repository repository, RevCommit commit, Optional<CommitPages> previous) throws IOException {
        Map<String, ObjectId> files = new TreeMap<>();
        Map<String, ObjectId> topFiles = new TreeMap<>();
        List<String> folders = new ArrayList<>();
        try (TreeWalk walk = new TreeWalk(repository)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(false);
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                String path = walk.getPathString();
                if (mode == FileMode.TREE) {
                    folders.add(path);
                    walk.enterSubtree();
                } else if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
                    if (walk.getDepth() == 0) {
                        topFiles.put(path, walk.getObjectId(0));
                    }
                    if (path.toLowerCase(Locale.ROOT).endsWith(".md")) {
                        files.put(path, walk.getObjectId(0));
                    }
                }
            }
        }
        String root = PagesRoot.choose(
                name -> Optional.ofNullable(topFiles.get(name)).map(id -> readQuietly(repository, id)),
                folders::contains);
        String prefix = root.isEmpty() ? "" : root + "/";
        Map<String, ObjectId> pages = new TreeMap<>();
        files.forEach((path, id) -> {
            if (path.startsWith(prefix)) {
                pages.put(path.substring(prefix.length()), id);
            }
        });
        return new CommitPages(repository, commit.getTree().copy(), root, pages, previous.map(p -> p.texts).orElse(Map.of()));
    }

    /** The pages' root in the tree: {@code ""} for the top, else a folder path such as {@code docs}. */
    public String root() {
        return root;
    }

    /** The relative paths of the pages, sorted. */
    public List<String> paths() {
        return List.copyOf(blobs.keySet());
    }

    /** The commit's tree. */
    ObjectId tree() {
        return tree;
    }

    /** The blob id of each page, by relative path. */
    Map<String, ObjectId> blobs() {
        return blobs;
    }

    /** One page's text; the exception's message says why it is no page. */
    public SourceFile read(String path, long maxBytes) throws IOException {
        ObjectId id = blobs.get(path);
        if (id == null) {
            throw new IOException("no such page in the commit");
        }
        String text = texts.get(id);
        if (text == null) {
            text = previousTexts.get(id);
        }
        if (text == null) {
            ObjectLoader loader = repository.open(id, Constants.OBJ_BLOB);
            if (loader.getSize() > maxBytes) {
                throw new IOException("file is " + loader.getSize() + " bytes, over the limit of " + maxBytes);
            }
            text = decode(loader.getCachedBytes());
        }
        texts.put(id, text);
        return new SourceFile(path, text);
    }

    private static String readQuietly(Repository repository, ObjectId id) {
        try {
            return new String(repository.open(id, Constants.OBJ_BLOB).getCachedBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return ""; // an unreadable mkdocs.yml leaves the default docs folder, as for a checkout
        }
    }

    private static String decode(byte[] bytes) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text (" + e.getMessage() + ")", e);
        }
        if (text.indexOf('\0') >= 0) {
            throw new IOException("binary content (NUL bytes)");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}

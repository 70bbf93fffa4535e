package org.genaikg.history.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.source.NavFile;
import org.genaikg.extractor.source.PageSource;
import org.genaikg.extractor.source.PagesLayout;
import org.genaikg.extractor.source.ProjectFile;
import org.genaikg.extractor.source.SourceFile;
import org.genaikg.extractor.yaml.BoundedYaml;

/**
 * The pages of one commit, read from its tree as {@code kg build} reads a checkout of it: the pages
 * folder and the exclusions of {@link PagesLayout} (a {@code kg.yaml}, an {@code mkdocs.yml}, a
 * {@code docs/} folder), every regular {@code .md} file below it that no exclusion leaves out, paths
 * relative to it with {@code /}, and the titles {@code .pages} files give. A symbolic link in the
 * tree is not followed (named in {@link #skipped()}). A blob the previous commit's pages already
 * decoded is not read again. Reads are thread-safe.
 */
public final class CommitPages implements PageSource {
    private final Repository repository;
    private final ObjectId tree;
    private final PagesLayout layout;
    private final Map<String, ObjectId> blobs;
    private final Map<String, String> titles;
    private final List<Problem> skipped;
    private final Map<ObjectId, String> texts = new ConcurrentHashMap<>();
    private final Map<ObjectId, String> previousTexts;

    private CommitPages(Repository repository, ObjectId tree, PagesLayout layout, Map<String, ObjectId> blobs, Map<String, String> titles,
                        List<Problem> skipped, Map<ObjectId, String> previousTexts) {
        this.repository = repository;
        this.tree = tree;
        this.layout = layout;
        this.blobs = Collections.unmodifiableMap(blobs);
        this.titles = titles;
        this.skipped = List.copyOf(skipped);
        this.previousTexts = previousTexts;
    }

    static CommitPages of(Repository repository, RevCommit commit, Optional<CommitPages> previous) throws IOException {
        Map<String, ObjectId> files = new TreeMap<>();
        Set<String> links = new HashSet<>();
        Set<String> folders = new HashSet<>();
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
                    files.put(path, walk.getObjectId(0));
                } else if (mode == FileMode.SYMLINK) {
                    links.add(path);
                }
            }
        }
        PagesLayout layout;
        try {
            layout = PagesLayout.of(new PagesLayout.Tree() {
                @Override
                public boolean isFolder(String path) {
                    return folders.contains(path);
                }

                @Override
                public boolean isFile(String path) {
                    return files.containsKey(path);
                }

                @Override
                public Optional<String> text(String path) throws IOException {
                    ObjectId id = files.get(path);
                    return id == null ? Optional.empty()
                            : Optional.of(new String(repository.open(id, Constants.OBJ_BLOB).getCachedBytes(), StandardCharsets.UTF_8));
                }
            }, List.of());
        } catch (ProjectFile.Invalid e) {
            throw new IOException(ProjectFile.NAME + " of " + commit.name() + ": " + e.getMessage(), e);
        }
        String prefix = layout.root().isEmpty() ? "" : layout.root() + "/";
        Map<String, ObjectId> pages = new TreeMap<>();
        List<Problem> skipped = new ArrayList<>();
        Map<String, NavFile> navigation = new HashMap<>();
        files.forEach((path, id) -> {
            if (!path.startsWith(prefix)) {
                return;
            }
            String relative = path.substring(prefix.length());
            String name = relative.substring(relative.lastIndexOf('/') + 1);
            if (name.toLowerCase(Locale.ROOT).endsWith(".md") && !excluded(layout, relative)) {
                pages.put(relative, id);
            } else if (name.equals(NavFile.NAME) && !inExcludedFolder(layout, relative)) {
                readNavigation(repository, relative, id, skipped).ifPresent(nav -> navigation.put(folderOf(relative), nav));
            }
        });
        links.stream().filter(path -> path.startsWith(prefix) && path.toLowerCase(Locale.ROOT).endsWith(".md"))
                .map(path -> path.substring(prefix.length())).filter(relative -> !excluded(layout, relative)).sorted()
                .forEach(relative -> skipped.add(new Problem(Problem.Severity.SKIPPED_FILE, relative, 0,
                        "skipped: a symbolic link in the commit (not followed)")));
        return new CommitPages(repository, commit.getTree().copy(), layout, pages, titles(navigation, pages.keySet()), skipped,
                previous.map(p -> p.texts).orElse(Map.of()));
    }

    /** Whether the file, or a folder above it, is left out. */
    private static boolean excluded(PagesLayout layout, String relative) {
        return inExcludedFolder(layout, relative) || layout.exclusions().excludes(relative, false);
    }

    /** Whether a folder above the file is left out (and the walk would not go there). */
    private static boolean inExcludedFolder(PagesLayout layout, String relative) {
        String[] parts = relative.split("/");
        StringBuilder folder = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            folder.append(i == 0 ? "" : "/").append(parts[i]);
            if (layout.exclusions().excludes(folder.toString(), true)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<NavFile> readNavigation(Repository repository, String path, ObjectId id, List<Problem> skipped) {
        try {
            return Optional.of(NavFile.parse(SourceFile.decode(path, repository.open(id, Constants.OBJ_BLOB).getCachedBytes()).text()));
        } catch (BoundedYaml.Invalid e) {
            skipped.add(new Problem(Problem.Severity.WARNING, path, e.line(), "ignored: not valid YAML: " + e.getMessage()));
        } catch (IOException e) {
            skipped.add(new Problem(Problem.Severity.WARNING, path, 0, "ignored: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * The titles {@code .pages} files give pages, as {@code FolderPages} reads them: a page's own
     * entry, else (for a folder's index page) the folder's title, its own {@code .pages} title unless
     * its parent's navigation named it.
     */
    private static Map<String, String> titles(Map<String, NavFile> navigation, Set<String> pages) {
        Map<String, String> titles = new HashMap<>();
        Map<String, String> folderTitles = new HashMap<>();
        navigation.keySet().stream().sorted().forEach(folder -> {
            NavFile nav = navigation.get(folder);
            nav.title().ifPresent(title -> folderTitles.putIfAbsent(folder, title));
            nav.titles().forEach((name, title) -> {
                String target = folder.isEmpty() ? name : folder + "/" + name;
                if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                    titles.putIfAbsent(target, title);
                } else {
                    folderTitles.put(target, title);
                }
            });
        });
        folderTitles.forEach((folder, title) -> {
            String prefix = folder.isEmpty() ? "" : folder + "/";
            for (String index : List.of("index.md", "README.md")) {
                if (pages.contains(prefix + index)) {
                    titles.putIfAbsent(prefix + index, title);
                    return;
                }
            }
        });
        return Map.copyOf(titles);
    }

    /** The pages folder in the tree: {@code ""} for the top, else a folder path such as {@code docs}. */
    public String root() {
        return layout.root();
    }

    /** How the pages folder was chosen and what is left out. */
    public PagesLayout layout() {
        return layout;
    }

    /** The commit's tree. */
    ObjectId tree() {
        return tree;
    }

    /** The blob id of each page, by relative path. */
    Map<String, ObjectId> blobs() {
        return blobs;
    }

    @Override
    public List<String> paths() {
        return List.copyOf(blobs.keySet());
    }

    @Override
    public List<Problem> skipped() {
        return skipped;
    }

    @Override
    public Optional<String> navigationTitle(String path) {
        return Optional.ofNullable(titles.get(path));
    }

    @Override
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
            SourceFile page = SourceFile.decode(path, loader.getCachedBytes());
            texts.put(id, page.text());
            return page;
        }
        texts.put(id, text);
        return new SourceFile(path, text);
    }
}

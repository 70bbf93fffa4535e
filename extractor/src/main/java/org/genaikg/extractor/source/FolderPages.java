package org.genaikg.extractor.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.yaml.BoundedYaml;

/**
 * The pages of a knowledge-base folder as it is on disk, listed once when this is made: every
 * {@code .md} regular file below the pages folder ({@link PagesLayout}) that no exclusion leaves
 * out, and symbolic links to such files inside it ({@link PageFiles}). What is passed over for a
 * reason (a folder that cannot be read, a FIFO named {@code x.md}, a link leading outside) is
 * named in {@link #skipped()}; the rest of the folder is still read. Folder titles and the titles
 * navigation gives come from {@code .pages} files.
 */
public final class FolderPages implements PageSource {

    /** How the folder is read; tests give one that fails where they want, as a root-owned build cannot be denied. */
    interface Disk {
        Disk REAL = new Disk() {
            @Override
            public List<Path> list(Path folder) throws IOException {
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                    List<Path> found = new ArrayList<>();
                    entries.forEach(found::add);
                    return found;
                }
            }

            @Override
            public byte[] read(Path file) throws IOException {
                return Files.readAllBytes(file);
            }
        };

        List<Path> list(Path folder) throws IOException;

        byte[] read(Path file) throws IOException;
    }

    private final Path folder;
    private final PagesLayout layout;
    private final Path root;
    private final Disk disk;
    private final List<String> paths = new ArrayList<>();
    private final List<String> excluded = new ArrayList<>();
    private final List<Problem> skipped = new ArrayList<>();
    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> folderTitles = new HashMap<>();

    private FolderPages(Path folder, PagesLayout layout, Disk disk) {
        this.folder = folder;
        this.layout = layout;
        this.root = layout.rootOf(folder);
        this.disk = disk;
    }

    /**
     * Lists the pages of {@code folder} now.
     *
     * @throws UncheckedIOException when the pages folder itself cannot be listed
     * @throws ProjectFile.Invalid when the folder's {@code kg.yaml} cannot be used
     */
    public static FolderPages of(Path folder) {
        return of(folder, List.of());
    }

    /** As {@link #of(Path)}, leaving out what the {@code exclude} patterns match as well ({@link Exclusions}). */
    public static FolderPages of(Path folder, List<String> exclude) {
        return of(folder, exclude, Disk.REAL);
    }

    static FolderPages of(Path folder, List<String> exclude, Disk disk) {
        FolderPages pages = new FolderPages(folder, PagesLayout.of(folder, exclude), disk);
        pages.walk("", pages.root);
        pages.titleIndexPages();
        pages.paths.sort(null);
        return pages;
    }

    /** The folder given. */
    public Path folder() {
        return folder;
    }

    /** The folder the paths are relative to. */
    public Path root() {
        return root;
    }

    public PagesLayout layout() {
        return layout;
    }

    @Override
    public List<String> paths() {
        return List.copyOf(paths);
    }

    /** The pages and folders left out by an exclusion (folders end with {@code /}), sorted. */
    public List<String> excluded() {
        return excluded.stream().sorted().toList();
    }

    @Override
    public List<Problem> skipped() {
        return List.copyOf(skipped);
    }

    @Override
    public Optional<String> navigationTitle(String path) {
        return Optional.ofNullable(titles.get(path));
    }

    @Override
    public SourceFile read(String path, long maxBytes) throws IOException {
        Path file = PageFiles.resolve(root, path);
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new IOException("file is " + size + " bytes, over the limit of " + maxBytes);
        }
        return SourceFile.decode(path, disk.read(file));
    }

    @Override
    public String toString() {
        return root.toString();
    }

    private void walk(String relative, Path here) {
        List<Path> entries;
        try {
            entries = disk.list(here);
        } catch (IOException e) {
            if (relative.isEmpty()) {
                throw new UncheckedIOException("cannot list " + here + ": " + PageFiles.reason(e), e);
            }
            skipped.add(new Problem(Problem.Severity.SKIPPED_FILE, relative + "/", 0, "skipped folder: " + PageFiles.reason(e)));
            return;
        }
        entries.sort(null);
        readNavigation(relative, here);
        for (Path entry : entries) {
            String name = entry.getFileName().toString();
            String path = relative.isEmpty() ? name : relative + "/" + name;
            boolean page = name.toLowerCase(Locale.ROOT).endsWith(".md");
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                if (page) {
                    skipped.add(new Problem(Problem.Severity.SKIPPED_FILE, path, 0, "skipped: " + PageFiles.reason(e)));
                }
                continue;
            }
            if (attributes.isDirectory()) {
                if (layout.exclusions().excludes(path, true)) {
                    excluded.add(path + "/");
                } else {
                    walk(path, entry);
                }
            } else if (page && layout.exclusions().excludes(path, false)) {
                excluded.add(path);
            } else if (page) {
                admit(path, entry, attributes);
            }
        }
    }

    private void admit(String path, Path entry, BasicFileAttributes attributes) {
        if (attributes.isRegularFile()) {
            paths.add(path);
        } else if (attributes.isSymbolicLink()) {
            try {
                PageFiles.resolve(root, path);
                paths.add(path);
            } catch (IOException refused) {
                skipped.add(new Problem(Problem.Severity.SKIPPED_FILE, path, 0, "skipped: " + PageFiles.reason(refused)));
            }
        } else {
            skipped.add(new Problem(Problem.Severity.SKIPPED_FILE, path, 0, "skipped: not a regular file (" + PageFiles.kind(entry) + ")"));
        }
    }

    /** The titles a folder's {@code .pages} gives: its own (unless its parent's navigation named it), and its entries'. */
    private void readNavigation(String relative, Path here) {
        Path file = here.resolve(NavFile.NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        String path = relative.isEmpty() ? NavFile.NAME : relative + "/" + NavFile.NAME;
        NavFile nav;
        try {
            nav = NavFile.parse(SourceFile.decode(path, disk.read(file)).text());
        } catch (BoundedYaml.Invalid e) {
            skipped.add(new Problem(Problem.Severity.WARNING, path, e.line(), "ignored: not valid YAML: " + e.getMessage()));
            return;
        } catch (IOException e) {
            skipped.add(new Problem(Problem.Severity.WARNING, path, 0, "ignored: " + PageFiles.reason(e)));
            return;
        }
        nav.title().ifPresent(title -> folderTitles.putIfAbsent(relative, title));
        nav.titles().forEach((name, title) -> {
            String target = relative.isEmpty() ? name : relative + "/" + name;
            if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                titles.putIfAbsent(target, title);
            } else {
                folderTitles.put(target, title);
            }
        });
    }

    /** A folder's title names its index page ({@code index.md}, else {@code README.md}), as MkDocs Material's section index. */
    private void titleIndexPages() {
        folderTitles.forEach((relative, title) -> {
            String prefix = relative.isEmpty() ? "" : relative + "/";
            for (String index : List.of("index.md", "README.md")) {
                if (paths.contains(prefix + index)) {
                    titles.putIfAbsent(prefix + index, title);
                    return;
                }
            }
        });
    }
}

package org.genaikg.extractor.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.genaikg.extractor.yaml.BoundedYaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where the pages of a knowledge base are within the folder given to kg, and what is left out,
 * each with why: the build summary prints both. The pages folder is, in this order, the
 * {@code docs} of a {@code kg.yaml}, the {@code docs_dir} of an {@code mkdocs.yml} (default
 * {@code docs}), a {@code docs/} folder (today's repository: a Next.js site beside it), else the
 * folder itself. Left out: hidden files and folders (as MkDocs does), the {@code exclude}
 * patterns of {@code kg.yaml}, and those given on the command line.
 *
 * @param root the pages folder, relative to the folder given ({@code ""}: that folder), with {@code /}
 * @param why how the pages folder was chosen
 * @param exclusions what is left out
 */
public record PagesLayout(String root, String why, Exclusions exclusions) {
    /** Files beside {@code docs/} that say the folder is a site's repository rather than a knowledge base of its own. */
    private static final List<String> SITE_FILES = List.of("package.json", "src", "public", "next.config.js", "next.config.mjs",
            "next.config.ts", "scripts");

    /** The files the layout is read from: a folder on disk, or a commit's tree. Paths are relative, with {@code /}. */
    public interface Tree {
        boolean isFolder(String path);

        boolean isFile(String path);

        /** The text of a file, or empty when there is none. */
        Optional<String> text(String path) throws IOException;
    }

    /**
     * The layout of {@code files}, with {@code exclude} patterns from the command line.
     *
     * @throws ProjectFile.Invalid when {@code kg.yaml} cannot be used
     */
    public static PagesLayout of(Tree files, List<String> exclude) throws IOException {
        ProjectFile project = files.text(ProjectFile.NAME).map(ProjectFile::parse).orElse(ProjectFile.NONE);
        List<Exclusions.Exclusion> exclusions = new ArrayList<>();
        exclusions.add(Exclusions.HIDDEN);
        project.exclude().forEach(p -> exclusions.add(new Exclusions.Exclusion(p, ProjectFile.NAME)));
        exclude.forEach(p -> exclusions.add(new Exclusions.Exclusion(p, "--exclude")));
        Exclusions excluded = Exclusions.of(exclusions);
        if (project.docs().isPresent()) {
            String docs = clean(project.docs().get());
            if (!docs.isEmpty() && !files.isFolder(docs)) {
                throw new ProjectFile.Invalid(0, "docs: " + project.docs().get() + " is no folder beside " + ProjectFile.NAME);
            }
            return new PagesLayout(docs, "docs: in " + ProjectFile.NAME, excluded);
        }
        Optional<String> mkdocs = files.text("mkdocs.yml");
        if (mkdocs.isPresent()) {
            Optional<String> docsDir = docsDir(mkdocs.get());
            String docs = clean(docsDir.orElse("docs"));
            if (files.isFolder(docs)) {
                return new PagesLayout(docs, docsDir.isPresent() ? "docs_dir of mkdocs.yml" : "mkdocs.yml's default docs_dir", excluded);
            }
        }
        if (files.isFolder("docs")) {
            List<String> site = SITE_FILES.stream().filter(f -> files.isFolder(f) || files.isFile(f)).toList();
            return new PagesLayout("docs", site.isEmpty() ? "the docs/ folder" : "the docs/ folder beside " + String.join(", ", site),
                    excluded);
        }
        return new PagesLayout("", "the folder given", excluded);
    }

    /** The layout of a folder on disk. */
    public static PagesLayout of(Path folder, List<String> exclude) {
        try {
            return of(new Tree() {
                @Override
                public boolean isFolder(String path) {
                    return Files.isDirectory(folder.resolve(path));
                }

                @Override
                public boolean isFile(String path) {
                    return Files.isRegularFile(folder.resolve(path));
                }

                @Override
                public Optional<String> text(String path) throws IOException {
                    Path file = folder.resolve(path);
                    return Files.isRegularFile(file) ? Optional.of(Files.readString(file)) : Optional.empty();
                }
            }, exclude);
        } catch (ProjectFile.Invalid e) {
            throw e.in(folder.resolve(ProjectFile.NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the settings of " + folder + ": " + PageFiles.reason(e), e);
        }
    }

    /** The pages folder of {@code folder} on disk. */
    public Path rootOf(Path folder) {
        return root.isEmpty() ? folder : folder.resolve(root);
    }

    /** The lines the build summary prints: where the pages are and what is left out. */
    public List<String> describe(Path folder) {
        return List.of("pages: " + rootOf(folder) + " (" + why + ")", "excluded: " + exclusions);
    }

    private static String clean(String folder) {
        return folder.strip().replace('\\', '/').replaceAll("^\\./", "").replaceAll("/+$", "").replaceAll("^\\.$", "");
    }

    /** {@code docs_dir} of an {@code mkdocs.yml}, read without building its {@code !!python} objects. */
    static Optional<String> docsDir(String mkdocs) {
        try {
            if (BoundedYaml.compose(mkdocs).orElse(null) instanceof MappingNode settings) {
                for (NodeTuple setting : settings.getValue()) {
                    if (setting.getKeyNode() instanceof ScalarNode key && key.getValue().equals("docs_dir")
                            && setting.getValueNode() instanceof ScalarNode value && !value.getValue().isBlank()) {
                        return Optional.of(value.getValue());
                    }
                }
            }
        } catch (BoundedYaml.Invalid e) {
            // an mkdocs.yml MkDocs itself could not read: its default docs_dir then
        }
        return Optional.empty();
    }
}

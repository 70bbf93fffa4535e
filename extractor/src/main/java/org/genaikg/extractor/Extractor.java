package org.genaikg.extractor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.genaikg.extractor.budget.PageTimeBudget;
import org.genaikg.extractor.model.KnowledgeGraph;
import org.genaikg.extractor.model.Problem;
import org.genaikg.extractor.parse.FrontMatter;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.parse.PageParser;
import org.genaikg.extractor.recognise.Lexicon;
import org.genaikg.extractor.recognise.LexiconChange;
import org.genaikg.extractor.recognise.LexiconFactory;
import org.genaikg.extractor.recognise.ModalityFinder;
import org.genaikg.extractor.recognise.NameFinding;
import org.genaikg.extractor.recognise.NameLearner;
import org.genaikg.extractor.recognise.PageFindings;
import org.genaikg.extractor.recognise.PageRecogniser;
import org.genaikg.extractor.resolve.GraphAssembler;
import org.genaikg.extractor.source.FolderPages;
import org.genaikg.extractor.source.PageFiles;
import org.genaikg.extractor.source.PageSource;
import org.genaikg.extractor.source.SourceFile;
import org.genaikg.ontology.Gazetteer;
import org.genaikg.ontology.ModalityScheme;

/**
 * Turns a set of Markdown pages (a folder, or any {@link PageSource}) into one knowledge graph, in two passes: the first parses
 * every page and learns the names its titles introduce, the second recognises entities and
 * relations on every page with the whole corpus's names. Files are processed in parallel; a file
 * that cannot be read or parsed is reported and skipped.
 */
public final class Extractor {
    private final ExtractionOptions options;
    private final LongSupplier clock;
    /**
     * The lexicon of this extractor's last extraction: a page cached with it keeps its findings under the next one
     * when the two answer its questions alike (a history walk, where most commits teach a name or two).
     */
    private final AtomicReference<KeyedLexicon> lastLexicon = new AtomicReference<>();

    private record KeyedLexicon(String key, Lexicon lexicon) {}

    /** Which cached findings still hold: those made with this lexicon, or with the previous one where the change spares them. */
    private record LexiconNow(String key, String previousKey, LexiconChange change) {
        boolean holds(CachedPage cached) {
            return cached.lexiconKey().equals(key)
                    || cached.lexiconKey().equals(previousKey) && cached.lexiconUse().unaffectedBy(change);
        }
    }

    public Extractor(ExtractionOptions options) {
        this(options, PageTimeBudget.threadCpuClock());
    }

    /** With the clock that page time budgets are measured on (nanoseconds, read on the worker threads). */
    Extractor(ExtractionOptions options, LongSupplier clock) {
        this.options = options;
        this.clock = clock;
    }

    /**
     * Extracts the pages of {@code folder} ({@link FolderPages}: below its pages folder, without what
     * {@link ExtractionOptions#exclude()} leaves out). Paths in the graph are relative to the pages folder.
     *
     * @throws java.io.UncheckedIOException when the pages folder itself cannot be listed
     */
    public KnowledgeGraph extract(Path folder, ProgressListener progress) {
        return extract(folder, progress, PageCache.NONE);
    }

    /**
     * As {@link #extract(Path, ProgressListener)}, reusing what {@code cache} kept of pages whose
     * text is unchanged and keeping what it computes; the graph is the same as without a cache.
     */
    public KnowledgeGraph extract(Path folder, ProgressListener progress, PageCache cache) {
        return extract(FolderPages.of(folder, options.exclude()), progress, cache);
    }

    /**
     * Extracts every page of {@code pages}, reusing what {@code cache} kept of pages whose text is
     * unchanged; a page that cannot be read is reported and skipped, as is what the source passed over.
     */
    public KnowledgeGraph extract(PageSource pages, ProgressListener progress, PageCache cache) {
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Problem> problems = new ArrayList<>(pages.skipped());
            List<ParsedPage> parsed = parseAll(pages, pool, problems, cache);
            List<NameFinding> learned = new ArrayList<>();
            parsed.forEach(p -> learned.addAll(p.learned()));
            Gazetteer gazetteer = Gazetteer.load();
            Lexicon lexicon = LexiconFactory.build(gazetteer, learned);
            PageRecogniser recogniser = new PageRecogniser(lexicon, new ModalityFinder(ModalityScheme.load()));
            String lexiconKey = lexiconKey(learned);
            KeyedLexicon previous = lastLexicon.getAndSet(new KeyedLexicon(lexiconKey, lexicon));
            LexiconNow now = previous == null || previous.key().equals(lexiconKey) ? new LexiconNow(lexiconKey, null, null)
                    : new LexiconNow(lexiconKey, previous.key(), previous.lexicon().changeTo(lexicon));
            List<PageFindings> findings = recogniseAll(parsed, recogniser, pool, problems, progress, cache, now);
            return new GraphAssembler(lexicon, LexiconFactory.facts(gazetteer)).assemble(titled(findings, pages), problems);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The title the site's navigation gives a page names its Document; applied after recognising
     * (and caching), so that a navigation edit changes labels without extracting anything again.
     */
    private static List<PageFindings> titled(List<PageFindings> findings, PageSource pages) {
        List<PageFindings> titled = new ArrayList<>(findings.size());
        for (PageFindings page : findings) {
            titled.add(pages.navigationTitle(page.page().path())
                    .map(title -> new PageFindings(page.page().withTitle(title), page.mentions(), page.assertions(),
                            page.pageLinks(), page.problems()))
                    .orElse(page));
        }
        return titled;
    }

    /** A parsed page, its names, what the cache held for it (findings reusable if the lexicon is unchanged), and its warnings. */
    private record ParsedPage(Page page, List<NameFinding> learned, Optional<CachedPage> cached, List<Problem> warnings) {}

    private List<ParsedPage> parseAll(PageSource pages, ExecutorService pool, List<Problem> problems, PageCache cache) {
        PageParser parser = new PageParser();
        List<String> files = pages.paths();
        List<Future<ParsedPage>> futures = new ArrayList<>();
        for (String file : files) {
            futures.add(pool.submit(() -> {
                SourceFile source = pages.read(file, options.maxFileBytes());
                List<Problem> warnings = FrontMatter.problems(source.path(), source.text());
                Optional<CachedPage> cached = cache.get(source.path(), PageParser.contentHash(source.text()));
                if (cached.isPresent()) {
                    return new ParsedPage(cached.get().page(), cached.get().learned(), cached, warnings);
                }
                Page page = parser.parse(source.path(), source.text(), PageTimeBudget.start(options.pageTimeLimit(), clock));
                return new ParsedPage(page, NameLearner.learn(page), Optional.empty(), warnings);
            }));
        }
        List<ParsedPage> parsed = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String path = files.get(i);
            try {
                ParsedPage page = futures.get(i).get();
                parsed.add(page);
                problems.addAll(page.warnings());
            } catch (ExecutionException e) {
                int line = e.getCause() instanceof PageTimeBudget.Exceeded exceeded ? exceeded.line() : 0;
                problems.add(new Problem(Problem.Severity.SKIPPED_FILE, path, line, reason(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading " + path, e);
            }
        }
        return parsed;
    }

    private List<PageFindings> recogniseAll(List<ParsedPage> parsed, PageRecogniser recogniser,
                                                   ExecutorService pool, List<Problem> problems,
                                                   ProgressListener progress, PageCache cache, LexiconNow lexicon) {
        AtomicInteger done = new AtomicInteger();
        List<Future<PageFindings>> futures = new ArrayList<>();
        for (ParsedPage page : parsed) {
            futures.add(pool.submit(() -> {
                Optional<CachedPage> reusable = page.cached().filter(lexicon::holds);
                PageFindings findings;
                if (reusable.isPresent()) {
                    findings = reusable.get().findings();
                    if (!reusable.get().lexiconKey().equals(lexicon.key())) {
                        cache.put(page.page().path(), page.page().contentHash(), reusable.get().heldFor(lexicon.key()));
                    }
                } else {
                    PageRecogniser.Recognition recognition = recogniser.recogniseNotingLexiconUse(page.page(),
                            PageTimeBudget.start(options.pageTimeLimit(), clock));
                    findings = recognition.findings();
                    cache.put(page.page().path(), page.page().contentHash(),
                            new CachedPage(page.page(), page.learned(), lexicon.key(), findings, recognition.lexiconUse()));
                }
                progress.fileDone(page.page().path(), done.incrementAndGet(), parsed.size());
                return findings;
            }));
        }
        List<PageFindings> findings = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            try {
                findings.add(futures.get(i).get());
            } catch (ExecutionException e) {
                problems.add(new Problem(Problem.Severity.SKIPPED_FILE, parsed.get(i).page().path(), 0, reason(e.getCause())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return findings;
    }

    /** A digest of every name the corpus taught, in page order: findings made with another set are not reused. */
    private static String lexiconKey(List<NameFinding> learned) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (NameFinding name : learned) {
                digest.update(name.toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String reason(Throwable cause) {
        if (cause instanceof IOException failure) {
            return "skipped: " + PageFiles.reason(failure);
        }
        if (cause instanceof PageTimeBudget.Exceeded) {
            return "skipped: " + cause.getMessage();
        }
        if (cause instanceof StackOverflowError) {
            return "skipped: nesting too deep to parse";
        }
        return "skipped: " + cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}

package org.genaikg.pipeline.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.genaikg.extractor.CachedPage;
import org.genaikg.extractor.PageCache;
import org.genaikg.extractor.codec.CachedPageCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extractor's page cache as files in {@code dataDir/cache/pages}, one per page and content
 * hash, named by a digest of (path, content hash, extractor build) with the extension
 * {@code .page}, in the versioned format of {@link CachedPageCodec}. Each file is written beside
 * its name and moved into place, so a crash leaves whole entries only; an entry that cannot be
 * read (damaged, or of another format version) is a miss and is extracted again, never misread.
 * {@link #prune()} deletes the entries a build did not use, and the files of older versions.
 */
public final class DiskPageCache implements PageCache {

    private static final Logger LOG = LoggerFactory.getLogger(DiskPageCache.class);
    private static final String EXTENSION = ".page";
    /** What versions before the explicit format wrote: Java serialization. */
    private static final String OLD_EXTENSION = ".ser";
    private static final String CODE_STAMP = codeStamp();

    private final Path folder;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger writes = new AtomicInteger();

    public DiskPageCache(Path dataDir) {
        this.folder = dataDir.resolve("cache").resolve("pages");
        try {
            Files.createDirectories(folder);
            warnOfAnOlderVersion();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + folder, e);
        }
    }

    private void warnOfAnOlderVersion() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            if (files.anyMatch(file -> file.getFileName().toString().endsWith(OLD_EXTENSION))) {
                LOG.warn("The page cache in {} was written by an older version of genai-kg: its pages are extracted again", folder);
            }
        }
    }

    @Override
    public Optional<CachedPage> get(String path, String contentHash) {
        String name = fileName(path, contentHash);
        used.add(name);
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return Optional.of(CachedPageCodec.read(in));
        } catch (IOException e) {
            LOG.warn("The page cache entry {} of {} cannot be read ({}): the page is extracted again", file.getFileName(), path,
                    e.getMessage());
            return Optional.empty(); // damaged, or another format version: extract again, and put() replaces it
        }
    }

    @Override
    public void put(String path, String contentHash, CachedPage page) {
        String name = fileName(path, contentHash);
        used.add(name);
        writes.incrementAndGet();
        Path file = folder.resolve(name);
        Path partial = folder.resolve(name + ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                CachedPageCodec.write(page, out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the page cache " + file, e);
        }
    }

    /** Pages extracted (not taken from the cache) since this cache was opened. */
    public int writes() {
        return writes.get();
    }

    /** Deletes every entry this build neither read nor wrote: pages gone or changed, and files of older versions. */
    public void prune() {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!used.contains(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prune the page cache " + folder, e);
        }
    }

    private String fileName(String path, String contentHash) {
        return sha256(path + "\n" + contentHash + "\n" + CODE_STAMP + "\nformat " + CachedPageCodec.VERSION) + EXTENSION;
    }

    /** The extractor build: its jar's size and time, so a new extractor never reuses an old one's findings. */
    private static String codeStamp() {
        CodeSource source = CachedPage.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return "unknown";
        }
        String location = source.getLocation().toString();
        try {
            Path file = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(file)) {
                return location + ":" + Files.size(file) + ":" + Files.getLastModifiedTime(file).toMillis();
            }
        } catch (IOException | URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // a nested jar (the fat jar): fall back to the outer jar below
        }
        int jar = location.indexOf(".jar");
        int start = location.indexOf(":/");
        if (jar > 0 && start >= 0) {
            Path outer = Path.of(location.substring(start + 1, jar + 4));
            try {
                if (Files.isRegularFile(outer)) {
                    return location + ":" + Files.size(outer) + ":" + Files.getLastModifiedTime(outer).toMillis();
                }
            } catch (IOException e) {
                // as below
            }
        }
        return location;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

package org.genaikg.pipeline;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.genaikg.extractor.CachedPage;
import org.genaikg.extractor.ExtractionOptions;
import org.genaikg.extractor.Extractor;
import org.genaikg.extractor.PageCache;
import org.genaikg.extractor.ProgressListener;
import org.genaikg.extractor.codec.CachedPageCodec;

/**
 * Not a test: the page cache's explicit format ({@link CachedPageCodec}) against the Java
 * serialization it replaced, side by side in one run, in memory (the disk is the same for both):
 * every page of a knowledge base written and read back, per round.
 *
 * <pre>args: DOCS [rounds=5]</pre>
 */
public final class PageCacheFormatBenchmark {

    public static void main(String[] args) throws Exception {
        List<CachedPage> pages = new ArrayList<>();
        new Extractor(new ExtractionOptions(1, ExtractionOptions.DEFAULT_MAX_FILE_BYTES)).extract(Path.of(args[0]), ProgressListener.NONE,
                new PageCache() {
                    @Override
                    public Optional<CachedPage> get(String path, String contentHash) {
                        return Optional.empty();
                    }

                    @Override
                    public void put(String path, String contentHash, CachedPage page) {
                        pages.add(page);
                    }
                });
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        System.out.printf(Locale.ROOT, "%s: %d pages%n", args[0], pages.size());
        for (int round = 0; round <= rounds; round++) {
            long t0 = System.nanoTime();
            List<byte[]> java = new ArrayList<>();
            for (CachedPage page : pages) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                    out.writeObject(page);
                }
                java.add(bytes.toByteArray());
            }
            long t1 = System.nanoTime();
            for (byte[] bytes : java) {
                try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
                    in.readObject();
                }
            }
            long t2 = System.nanoTime();
            List<byte[]> codec = new ArrayList<>();
            for (CachedPage page : pages) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                CachedPageCodec.write(page, bytes);
                codec.add(bytes.toByteArray());
            }
            long t3 = System.nanoTime();
            for (byte[] bytes : codec) {
                CachedPageCodec.read(new ByteArrayInputStream(bytes));
            }
            long t4 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%s: Java serialization write %.0f ms, read %.0f ms, %d KB; "
                            + "explicit format write %.0f ms, read %.0f ms, %d KB; read %.1fx, write %.1fx, size %.1fx smaller%n",
                    round == 0 ? "warm-up" : "round " + round, (t1 - t0) / 1e6, (t2 - t1) / 1e6, size(java) / 1024,
                    (t3 - t2) / 1e6, (t4 - t3) / 1e6, size(codec) / 1024, (double) (t2 - t1) / (t4 - t3), (double) (t1 - t0) / (t3 - t2),
                    (double) size(java) / size(codec));
        }
    }

    private static long size(List<byte[]> files) throws IOException {
        return files.stream().mapToLong(b -> b.length).sum();
    }
}

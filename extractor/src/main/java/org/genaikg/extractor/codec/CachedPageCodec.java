package org.genaikg.extractor.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.genaikg.extractor.CachedPage;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.recognise.PageFindings;

/**
 * A {@link CachedPage} as bytes, for a page cache on disk: the magic {@code GKGP}, a format
 * version, then the page, its names, the lexicon key and its findings, with strings written once.
 * Anything else (an older version's file, a damaged one) is refused as {@link UnreadableFormat}.
 */
public final class CachedPageCodec {

    /** Goes up whenever the layout changes, so that an older file is refused rather than misread. */
    public static final int VERSION = 1;

    private static final byte[] MAGIC = "GKGP".getBytes(StandardCharsets.US_ASCII);

    private CachedPageCodec() {}

    public static void write(CachedPage cached, OutputStream stream) throws IOException {
        BinaryOut out = new BinaryOut(stream);
        out.header(MAGIC, VERSION);
        RecordCodecs.page(out, cached.page());
        out.writeAll(cached.learned(), RecordCodecs::name);
        out.writeString(cached.lexiconKey());
        boolean samePage = cached.findings().page().equals(cached.page());
        out.writeBoolean(samePage);
        if (!samePage) {
            RecordCodecs.page(out, cached.findings().page());
        }
        RecordCodecs.findings(out, cached.findings());
        out.flush();
    }

    /**
     * @throws UnreadableFormat when the bytes are not a cached page of this version
     */
    public static CachedPage read(InputStream stream) throws IOException {
        BinaryIn in = new BinaryIn(stream);
        in.header(MAGIC, VERSION, "the cached page");
        try {
            Page page = RecordCodecs.page(in);
            var learned = in.readAll(RecordCodecs::name);
            String lexiconKey = in.readRequiredString();
            Page findingsPage = in.readBoolean() ? page : RecordCodecs.page(in);
            PageFindings findings = RecordCodecs.findings(in, findingsPage);
            in.end();
            return new CachedPage(page, learned, lexiconKey, findings);
        } catch (RuntimeException e) {
            throw new UnreadableFormat("the cached page does not hold a valid page: " + e);
        }
    }
}

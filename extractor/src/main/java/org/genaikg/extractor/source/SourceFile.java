package org.genaikg.extractor.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** One Markdown file of the knowledge base: its path relative to the pages folder (with {@code /}) and its text. */
public record SourceFile(String path, String text) {

    /**
     * A page from its bytes, read as strict UTF-8 (a byte-order mark dropped), whatever source they
     * came from; the exception's message says why the bytes are no page.
     */
    public static SourceFile decode(String path, byte[] bytes) throws IOException {
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
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new SourceFile(path, text);
    }
}

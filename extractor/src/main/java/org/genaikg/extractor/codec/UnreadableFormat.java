package org.genaikg.extractor.codec;

import java.io.IOException;

/** A file that is not in the format this version writes (older, damaged, or not ours): it is never half-read. */
public final class UnreadableFormat extends IOException {

    public UnreadableFormat(String reason) {
        super(reason);
    }
}

package org.genaikg.extractor;

import java.io.Serializable;
import java.util.List;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.recognise.LexiconUse;
import org.genaikg.extractor.recognise.NameFinding;
import org.genaikg.extractor.recognise.PageFindings;

/**
 * One page's results, as a {@link PageCache} keeps them.
 *
 * @param page the parsed page
 * @param learned the names the page introduces (first pass)
 * @param lexiconKey a digest of every name the corpus had when {@code findings} were made
 * @param findings what the page yields with that corpus's names (second pass)
 * @param lexiconUse what finding them asked the lexicon ({@link LexiconUse#UNKNOWN} when not noted: the disk cache
 *     does not keep it)
 */
public record CachedPage(Page page, List<NameFinding> learned, String lexiconKey, PageFindings findings, LexiconUse lexiconUse)
        implements Serializable {
    public CachedPage {
        learned = List.copyOf(learned);
    }

    public CachedPage(Page page, List<NameFinding> learned, String lexiconKey, PageFindings findings) {
        this(page, learned, lexiconKey, findings, LexiconUse.UNKNOWN);
    }

    /** The same findings, known to hold for the lexicon of {@code key} too. */
    CachedPage heldFor(String key) {
        return new CachedPage(page, learned, key, findings, lexiconUse);
    }
}

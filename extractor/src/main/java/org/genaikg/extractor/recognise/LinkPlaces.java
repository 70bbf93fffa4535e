package org.genaikg.extractor.recognise;

import java.util.List;
import java.util.regex.Pattern;
import org.genaikg.extractor.parse.InlineText;
import org.genaikg.extractor.parse.Link;

/**
 * Where the text of each link sits in an {@link InlineText}'s plain text, found in one pass: the
 * links come in text order, so each is searched for from where the one before it was found.
 */
final class LinkPlaces {
    /** The collapsing of spaces {@code InlineText} applies to its text, applied to a link's. */
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f]+");

    private LinkPlaces() {}

    /** Per link of {@code text}, the offset of its text in {@code text.text()}, or -1 (images, whose text is not there). */
    static int[] of(InlineText text) {
        List<Link> links = text.links();
        int[] places = new int[links.size()];
        int from = 0;
        for (int i = 0; i < places.length; i++) {
            Link link = links.get(i);
            if (link.image()) {
                places[i] = -1;
                continue;
            }
            String shown = SPACES.matcher(link.text()).replaceAll(" ");
            // found at the link itself, or earlier where its words also stand: either way not past the next link
            places[i] = text.text().indexOf(shown, from);
            if (places[i] >= 0) {
                from = places[i] + shown.length();
            }
        }
        return places;
    }
}

package org.genaikg.api.publish;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Addresses a published file gives for a node or a page: the explorer's deep link to a node under
 * {@code --base-url}, and the page on the knowledge base's own site or repository under
 * {@code --source-url} (filled as the explorer fills it, {@code static-source.js}'s fillSourceUrl).
 */
record PageLinks(String baseUrl, String sourceUrl) {
    static final PageLinks NONE = new PageLinks(null, null);

    /** {@code BASE?focus=ID&node=ID}, the view the explorer opens on that node; null without a base URL. */
    String node(String id) {
        if (baseUrl == null) {
            return null;
        }
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("%2F", "/").replace("+", "%20");
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return base + "?focus=" + encoded + "&node=" + encoded;
    }

    /** The page at a line on the site or in the repository; null without a source URL. */
    String source(String path, int line) {
        if (sourceUrl == null) {
            return null;
        }
        if (!sourceUrl.matches(".*\\{(path|page|line)}.*")) {
            return sourceUrl + path + "#L" + line;
        }
        String page = path.replaceFirst("(?i)\\.md$", "").replaceFirst("(^|/)index$", "$1");
        return sourceUrl.replace("{path}", path).replace("{page}", page).replace("{line}", String.valueOf(line));
    }
}

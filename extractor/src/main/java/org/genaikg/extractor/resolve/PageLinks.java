package org.genaikg.extractor.resolve;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.parse.PageSection;
import org.genaikg.extractor.recognise.PageFindings;

/** Resolves a relative link or include against the linking page, to a Document or Section IRI. */
final class PageLinks {
    private PageLinks() {}

    /** The IRI the link points at, or null when it leaves the knowledge base or names no page. */
    static String resolve(Page from, String target, Map<String, String> pathsByLowerCase, List<PageFindings> pages) {
        String link = target.strip();
        int hash = link.indexOf('#');
        String anchor = hash >= 0 ? link.substring(hash + 1) : null;
        String file = hash >= 0 ? link.substring(0, hash) : link;
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        if (file.isEmpty() || file.contains("://")) {
            return null;
        }
        String base = from.path().contains("/") ? from.path().substring(0, from.path().lastIndexOf('/') + 1) : "";
        String joined = normalise(file.startsWith("/") ? file.substring(1) : base + file);
        if (joined == null) {
            return null;
        }
        String found = null;
        for (String candidate : List.of(joined, joined + ".md", joined.replaceAll("/$", "") + "/index.md",
                joined.replaceAll("\\.html?$", ".md"), joined.replaceAll("/$", "") + ".md")) {
            found = pathsByLowerCase.get(candidate.toLowerCase(Locale.ROOT));
            if (found != null) {
                break;
            }
        }
        if (found == null) {
            return null;
        }
        if (anchor != null && !anchor.isEmpty()) {
            for (PageFindings page : pages) {
                if (page.page().path().equals(found)) {
                    for (PageSection section : page.page().sections()) {
                        if (section.anchor().equals(anchor)) {
                            return GraphAssembler.sectionIri(page.page(), section.id());
                        }
                    }
                }
            }
        }
        return GraphAssembler.documentIri(found);
    }

    /**
     * True when the target is a relative link to a Markdown page ({@code ../models.md#llama}): one
     * that {@link #resolve} cannot resolve is broken. Links to images, folders or other files may
     * well exist outside the pages, so they are not judged.
     */
    static boolean namesAPage(String target) {
        String file = target.strip();
        int cut = file.indexOf('#');
        file = cut >= 0 ? file.substring(0, cut) : file;
        cut = file.indexOf('?');
        file = cut >= 0 ? file.substring(0, cut) : file;
        return !file.contains("://") && !file.startsWith("mailto:") && file.toLowerCase(Locale.ROOT).endsWith(".md");
    }

    private static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        String joined = String.join("/", parts);
        return path.endsWith("/") ? joined + "/" : joined;
    }
}

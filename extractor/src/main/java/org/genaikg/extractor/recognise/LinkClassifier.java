package org.genaikg.extractor.recognise;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classifies link targets into papers, repositories, articles, images and pages. Pure. */
public final class LinkClassifier {
    private static final Pattern ARXIV = Pattern.compile(
            "arxiv\\.org/(?:abs|pdf|html|format)/((?:\\d{4}\\.\\d{4,5})|(?:[a-z][a-z.-]*(?:\\.[A-Z]{2})?/\\d{7}))(?:v\\d+)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ARXIV_NEW_ID = Pattern.compile("(\\d{2})(\\d{2})\\.\\d{4,5}");
    private static final Pattern ARXIV_OLD_ID = Pattern.compile(".*/(\\d{2})\\d{5}");
    private static final Pattern YEAR_IN_URL = Pattern.compile("(?<![0-9])(19[5-9]\\d|20[0-4]\\d)(?![0-9])");
    private static final Pattern GITHUB = Pattern.compile(
            "^(?:github\\.com|gitlab\\.com)/([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)(/.*)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern HUGGINGFACE = Pattern.compile(
            "^huggingface\\.co/(spaces/)?([A-Za-z0-9_.-]+)/([A-Za-z0-9_.-]+)(/.*)?$", Pattern.CASE_INSENSITIVE);
    private static final List<String> PAPER_HOSTS = List.of(
            "openreview.net", "aclanthology.org", "aclweb.org", "proceedings.mlr.press", "proceedings.neurips.cc",
            "papers.nips.cc", "papers.neurips.cc", "neurips.cc", "icml.cc", "openaccess.thecvf.com",
            "ieeexplore.ieee.org", "dl.acm.org", "link.springer.com", "nature.com", "science.org",
            "sciencedirect.com", "biorxiv.org", "medrxiv.org", "jmlr.org", "aaai.org", "ojs.aaai.org",
            "semanticscholar.org", "pnas.org", "cell.com", "iopscience.iop.org", "ijcai.org", "researchgate.net",
            "ssrn.com", "papers.ssrn.com", "academic.oup.com", "pubmed.ncbi.nlm.nih.gov", "ncbi.nlm.nih.gov",
            "chemrxiv.org", "osf.io", "frontiersin.org", "mdpi.com", "plos.org", "journals.plos.org",
            "isca-speech.org", "isca-archive.org", "ecva.net", "paperswithcode.com/paper");
    private static final List<String> IMAGE_HOSTS = List.of(
            "user-images.githubusercontent.com", "private-user-images.githubusercontent.com", "badgen.net",
            "img.shields.io", "shields.io", "camo.githubusercontent.com", "raw.githubusercontent.com");
    private static final Pattern IMAGE_FILE = Pattern.compile("\\.(png|jpe?g|gif|svg|webp|bmp|ico)$", Pattern.CASE_INSENSITIVE);

    private LinkClassifier() {}

    public static ClassifiedLink classify(String text, String rawUrl) {
        String url = rawUrl == null ? "" : rawUrl.strip();
        if (url.isEmpty() || url.startsWith("mailto:") || url.startsWith("javascript:")) {
            return plain(LinkKind.NONE, text, url);
        }
        if (url.startsWith("#")) {
            return plain(LinkKind.ANCHOR, text, url);
        }
        String hostPath = hostAndPath(url);
        if (hostPath == null) {
            return plain(LinkKind.PAGE, text, url);
        }
        String lower = hostPath.toLowerCase(Locale.ROOT);
        Matcher arxiv = ARXIV.matcher(hostPath);
        if (lower.startsWith("arxiv.org/") && arxiv.find()) {
            String id = arxiv.group(1);
            return new ClassifiedLink(LinkKind.PAPER, text, "https://arxiv.org/abs/" + id, id, null, null, arxivYear(id));
        }
        String path = pathOf(lower);
        if (isImage(lower, path)) {
            return plain(LinkKind.IMAGE, text, url);
        }
        Matcher github = GITHUB.matcher(hostPath);
        if (github.matches() && !isGithubNonRepo(github.group(1))) {
            String owner = github.group(1);
            String name = github.group(2).replaceFirst("(?i)\\.git$", "");
            String host = lower.startsWith("gitlab") ? "gitlab" : "github";
            return new ClassifiedLink(LinkKind.REPOSITORY, text, "https://" + host + ".com/" + owner + "/" + name, null,
                    host + "/" + (owner + "/" + name).toLowerCase(Locale.ROOT), owner + "/" + name, 0);
        }
        Matcher hf = HUGGINGFACE.matcher(hostPath);
        if (hf.matches() && (hf.group(1) != null || !isHuggingFaceNonRepo(hf.group(2)))) {
            String owner = hf.group(2);
            String name = hf.group(3);
            String prefix = hf.group(1) == null ? "" : "spaces/";
            return new ClassifiedLink(LinkKind.REPOSITORY, text, "https://huggingface.co/" + prefix + owner + "/" + name,
                    null, "huggingface/" + (prefix + owner + "/" + name).toLowerCase(Locale.ROOT), owner + "/" + name, 0);
        }
        if (isPaperHost(lower) || path.endsWith(".pdf")) {
            return new ClassifiedLink(LinkKind.PAPER, text, url, null, null, null, yearIn(path));
        }
        return new ClassifiedLink(LinkKind.ARTICLE, text, url, null, null, null, 0);
    }

    private static ClassifiedLink plain(LinkKind kind, String text, String url) {
        return new ClassifiedLink(kind, text, url, null, null, null, 0);
    }

    /** {@code host/path} without scheme and {@code www.}, or null for a relative link. */
    static String hostAndPath(String url) {
        String rest;
        if (url.matches("(?i)^https?://.*")) {
            rest = url.replaceFirst("(?i)^https?://", "");
        } else if (url.matches("(?i)^(www\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.(com|org|net|io|ai|co|edu|dev|so|cc)(/.*)?$")) {
            rest = url;
        } else {
            return null;
        }
        rest = rest.replaceFirst("(?i)^www\\.", "");
        int hash = rest.indexOf('#');
        return hash >= 0 ? rest.substring(0, hash) : rest;
    }

    private static String pathOf(String hostPath) {
        int query = hostPath.indexOf('?');
        return query >= 0 ? hostPath.substring(0, query) : hostPath;
    }

    private static boolean isImage(String lowerHostPath, String path) {
        for (String host : IMAGE_HOSTS) {
            if (lowerHostPath.startsWith(host)) {
                return true;
            }
        }
        return lowerHostPath.matches("github\\.com/[^/]+/[^/]+/assets/.*") || IMAGE_FILE.matcher(path).find();
    }

    private static boolean isGithubNonRepo(String owner) {
        return List.of("orgs", "topics", "features", "settings", "marketplace", "sponsors", "apps", "collections",
                "about", "pricing", "site", "search", "login", "trending").contains(owner.toLowerCase(Locale.ROOT));
    }

    private static boolean isHuggingFaceNonRepo(String first) {
        return List.of("docs", "blog", "papers", "datasets", "learn", "tasks", "models", "join", "pricing", "chat",
                "collections", "posts", "course", "transformers").contains(first.toLowerCase(Locale.ROOT));
    }

    private static boolean isPaperHost(String lowerHostPath) {
        for (String host : PAPER_HOSTS) {
            if (lowerHostPath.startsWith(host) || lowerHostPath.contains("." + host)) {
                return true;
            }
        }
        return false;
    }

    static int arxivYear(String id) {
        Matcher m = ARXIV_NEW_ID.matcher(id);
        if (m.matches()) {
            return 2000 + Integer.parseInt(m.group(1));
        }
        Matcher old = ARXIV_OLD_ID.matcher(id);
        if (old.matches()) {
            int yy = Integer.parseInt(old.group(1));
            return yy > 90 ? 1900 + yy : 2000 + yy;
        }
        return 0;
    }

    private static int yearIn(String path) {
        Matcher m = YEAR_IN_URL.matcher(path.replaceFirst("^[^/]*", ""));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The URL in a canonical form, for identity: no scheme, no www, no trailing slash, no fragment. */
    public static String identity(String url) {
        String hostPath = hostAndPath(url);
        String value = hostPath == null ? url : hostPath;
        return value.replaceAll("/+$", "").toLowerCase(Locale.ROOT);
    }
}

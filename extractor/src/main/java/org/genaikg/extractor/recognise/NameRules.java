package org.genaikg.extractor.recognise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.ontology.ExtractionRule;

/**
 * The rules that read model and concept names from titles and sentences, each named by what it
 * finds. Pure functions of text; the lexicon is not consulted, so names unknown to the gazetteer
 * are learned.
 */
public final class NameRules {

    private static final Pattern PREFIX = Pattern.compile("^\\s*([^:]{1,60}?)\\s*:\\s+\\S.*$");
    private static final Pattern WITH = Pattern.compile(
            "\\bwith\\s+(?:the\\s+)?((?:[A-Z][\\w-]*|[\\w-]*\\d[\\w-]*)(?:\\s+[A-Z][\\w-]*){0,2})\\s*[.!]?\\s*$");
    private static final Pattern ACRONYM_TOKEN = Pattern.compile("(?<![\\w-])([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)(?![\\w-])");
    private static final Pattern PLACEHOLDER = Pattern.compile(".*_.*");
    private static final Pattern NAME_WITH_ACRONYM = Pattern.compile(
            "((?:[A-Z][\\w-]*\\s+(?:(?:of|for|and|the|in|to|with|on)\\s+)?){1,5}[A-Z][\\w-]*)\\s+\\(([A-Z][A-Za-z0-9-]{1,11})\\)");
    private static final Pattern PLURAL_ACRONYM = Pattern.compile("[A-Z][A-Z0-9]+s");
    private static final Pattern ACRONYM_THEN_EXPANSION = Pattern.compile(
            "^([A-Z][A-Za-z0-9-]{1,11})\\s+\\(((?:[A-Z][\\w-]*\\s+(?:(?:of|for|and|the|in|to|with|on)\\s+)?){1,5}[A-Z][\\w-]*)\\)$");
    private static final Pattern WE_PRESENT_NAME = Pattern.compile(
            "\\b(?:[Ww]e|[Tt]his (?:paper|work)|[Tt]he authors)\\s+(?:present|introduce|propose|release|develop)s?\\s+"
                    + "(?:a |an |the )?([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,2})");
    private static final Pattern COINED = Pattern.compile(
            "\\b(?:introduc(?:e|es|ed|ing)|call(?:s|ed)?|named|dubbed|termed|coin(?:s|ed)?|(?:a|an)\\s+new)\\s+"
                    + "(?:(?:a|an|the|it|them|they|this|which)\\s+)?(?:call\\s+)?(?:new\\s+)?['‘\"“]([^'’\"”]{3,50})['’\"”]");
    private static final Pattern APPOSITIVE_NAME = Pattern.compile(
            "(?<![\\w-])([A-Z][\\w-]+(?:\\s[A-Z0-9][\\w.-]*)?),\\s+(?:a|an|the)\\s+(?:tuning|fine-?tune|fine-?tuned\\s+version|"
                    + "variant|version|successor|distillation|extension|derivative)\\s+of\\b");
    private static final Pattern PAPER_FOR_NAME = Pattern.compile(
            "^(?:the\\s+)?(?:paper|arxiv|pdf)\\s+(?:for|on|about|introducing|describing)\\s+(?:the\\s+)?(.+?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_PAPER = Pattern.compile(
            "^(?:the\\s+)?(?:original\\s+)?(.+?)\\s+(?:paper|technical\\s+report|tech\\s+report|system\\s+card)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "MemGPT paper": a paper link named after one name alone, as reference lists of posts write it. */
    private static final Pattern ONE_NAME_PAPER = Pattern.compile("(?i)^(\\S+)\\s+paper$");
    /** "Phase 1: MVP Development", "Step 2 - Retrieval": a heading that orders a plan names no model. */
    private static final Pattern ORDERING_HEADING = Pattern.compile(
            "(?i)^(?:step|phase|part|stage|chapter|week|day|level|tier|milestone)\\s+\\d+\\b.*");
    /** "3. StreamingLLM", "2.1) Paged Attention": the number orders the heading; it is no part of a name. */
    private static final Pattern HEADING_NUMBER = Pattern.compile("^\\d+(?:\\.\\d+)*[.)]\\s+");
    /**
     * "GPTQ: Optimal Brain Quantization", "MCP — Model Context Protocol": a heading with a
     * subtitle names what stands before the colon or dash, as a paper title does.
     */
    private static final Pattern HEADING_SUBTITLE = Pattern.compile("^(.{1,60}?)\\s*(?::|\\s[—–]|\\s-\\s)\\s*\\S.*$");
    /**
     * "ReAct with Memory", "MCP in Practice", "Tool Design for ReAct": a heading that relates a name
     * to something else is a topic about the name, not a name. "of" and "and" stay allowed
     * ("Mixture of Experts").
     */
    private static final Pattern HEADING_RELATION = Pattern.compile(
            "(?i).*\\s(?:with|for|in|on|to|vs\\.?|versus|beyond|from|into|at|as|via)\\s.*");
    /** "Do As I Can, Not As I Say (SayCan)": a title that ends with a name in brackets gives the name. */
    private static final int MIN_WORDS_BEFORE_BRACKET = 3;
    private static final Pattern BRACKET_AT_END = Pattern.compile("\\(([^()\\s]{2,30})\\)\\s*$");
    /** "Phi-4 Technical Report", "Zeta System Card": the report of a model describes it. */
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "(?i)^(.{2,40}?)\\s+(?:technical\\s+report|tech\\s+report|system\\s+card|model\\s+card)$");
    /** "VR/AR", "RLHF + PPO", "POC ≠ Production": a list item or heading that pairs two things names neither. */
    private static final Pattern PAIR = Pattern.compile("\\S\\s*[/+≠=]\\s*\\S");
    /**
     * "Visual Question Answering", "LLM-as-Judge Detection", "KV Cache Management": a bare name that
     * ends with a task or an activity names what is done, not a model.
     */
    private static final Pattern TASK_TAIL = Pattern.compile(
            "(?i).*\\b(?:answering|detection|scoring|generation|recognition|classification|segmentation|translation|"
                    + "summari[sz]ation|captioning|prediction|estimation|editing|completion|management|governance|"
                    + "compliance|security|safety|design|analysis|evaluation|testing|deployment|optimi[sz]ation)$");
    private static final Pattern GENERIC_TAIL = Pattern.compile(
            "\\s+(?:architecture|model|method|approach|framework|implementation|paper)s?$", Pattern.CASE_INSENSITIVE);

    private NameRules() {}

    /** Names a paper or project title gives: {@code Name: subtitle}, a short name, {@code ... with Name}, acronyms. */
    public static List<NameFinding> fromTitle(String title) {
        return fromTitle(title, true);
    }

    /**
     * As {@link #fromTitle(String)}; {@code shortTitleIsName} is false for titles of web pages and
     * libraries, whose short titles and acronyms name products, organisations and topics more often
     * than models.
     */
    public static List<NameFinding> fromTitle(String title, boolean shortTitleIsName) {
        Map<String, NameFinding> found = new LinkedHashMap<>();
        String clean = title.strip();
        Matcher prefix = PREFIX.matcher(clean);
        if (prefix.matches()) {
            String name = prefix.group(1).strip();
            if (isNameLikePrefix(name) && !isCategory(name)) {
                add(found, NameFinding.of(name, ExtractionRule.PAPER_TITLE_PREFIX, true));
            }
        } else if (shortTitleIsName && Names.looksLikeName(clean, 3) && !isGeneric(clean) && !isCategory(clean)
                && !clean.matches(".*\\s(?:and|with|or|vs\\.?|for)\\s.*")) {
            add(found, NameFinding.of(clean, ExtractionRule.SHORT_TITLE_NAME, true));
        }
        Matcher report = REPORT_TITLE.matcher(clean);
        if (report.matches() && isDistinctive(report.group(1))) {
            add(found, NameFinding.of(report.group(1).strip(), ExtractionRule.REPORT_OF_NAME, true));
        }
        Matcher bracket = BRACKET_AT_END.matcher(clean);
        // "GPT Engineer (AntonOsika)": after a short project name the bracket says whose it is
        if (bracket.find() && Names.isDistinctiveToken(bracket.group(1))
                && Names.words(clean.substring(0, bracket.start())).length >= MIN_WORDS_BEFORE_BRACKET) {
            add(found, NameFinding.of(bracket.group(1), ExtractionRule.TITLE_BRACKET_NAME, true));
        }
        Matcher with = WITH.matcher(clean);
        if (with.find()) {
            String name = with.group(1).strip();
            if (isDistinctive(name) || name.matches(".*(?i:transformers?|former|net|gan|vae|diffusion)$")
                    && Character.isUpperCase(name.charAt(0)) && name.contains(" ")) {
                add(found, NameFinding.of(name, ExtractionRule.TITLE_WITH_NAME, true));
            }
        }
        // the acronyms in the title of a web page or a library name organisations, standards and
        // file formats (NIST, ISO, OWASP, PDF) more often than models
        if (shortTitleIsName && !isShouting(clean)) {
            Matcher acronym = ACRONYM_TOKEN.matcher(clean);
            while (acronym.find()) {
                String token = acronym.group(1);
                boolean insideName = found.values().stream().anyMatch(f -> f.name().contains(token));
                if (!insideName && !Names.isCommonAcronym(token.replaceAll("[^A-Za-z0-9]", "")) && !Names.isCommonAcronym(token)) {
                    add(found, NameFinding.of(token, ExtractionRule.TITLE_ACRONYM, true));
                }
            }
        }
        bracketed(clean, found, true);
        return List.copyOf(found.values());
    }

    /** Names a description introduces: "we present X", "Long Name (ACRO)", a coined 'term'. */
    public static List<NameFinding> fromDescription(String text) {
        Map<String, NameFinding> found = new LinkedHashMap<>();
        Matcher present = WE_PRESENT_NAME.matcher(text);
        while (present.find()) {
            String name = present.group(1).strip();
            String first = Names.words(name)[0];
            if (Names.isDistinctiveToken(first)) {
                add(found, NameFinding.of(first, ExtractionRule.WE_PRESENT_NAME, true));
            }
        }
        bracketed(text, found, true);
        Matcher appositive = APPOSITIVE_NAME.matcher(text);
        while (appositive.find()) {
            add(found, NameFinding.of(appositive.group(1), ExtractionRule.APPOSITIVE_DERIVATION, false));
        }
        Matcher coined = COINED.matcher(text);
        while (coined.find()) {
            String term = coined.group(1).strip();
            if (Names.words(term).length <= 5 && !term.matches(".*[.?!].*") && term.length() >= 3) {
                NameFinding finding = NameFinding.of(capitaliseFirst(term), ExtractionRule.COINED_TERM, true);
                add(found, new NameFinding(finding.name(), List.of(term), true, ExtractionRule.COINED_TERM, true));
            }
        }
        return List.copyOf(found.values());
    }

    /** The thing a paper link's text names: "Paper for Hyena Architecture", "MemGPT paper". */
    public static List<NameFinding> fromPaperLinkText(String linkText) {
        String text = linkText.strip();
        Matcher oneName = ONE_NAME_PAPER.matcher(text);
        if (oneName.matches() && Names.isDistinctiveToken(oneName.group(1))) {
            NameFinding finding = NameFinding.of(oneName.group(1), ExtractionRule.PAPER_FOR_NAME, true);
            return NonModelNames.matches(finding.name()) ? List.of() : List.of(finding);
        }
        Matcher paperFor = PAPER_FOR_NAME.matcher(text);
        if (paperFor.matches()) {
            String full = paperFor.group(1);
            String name = GENERIC_TAIL.matcher(full).replaceFirst("");
            if (!name.isBlank() && Names.words(name).length <= 4) {
                NameFinding finding = NameFinding.of(name, ExtractionRule.PAPER_FOR_NAME, true);
                List<String> aliases = full.equals(name) ? List.of() : List.of(full);
                return List.of(new NameFinding(finding.name(), aliases, finding.conceptHint(), ExtractionRule.PAPER_FOR_NAME, true));
            }
        }
        return List.of();
    }

    /** The subject of an "X paper" link text ("the original Transformer attention paper"), or null. */
    public static String subjectOfNamePaper(String linkText) {
        Matcher m = NAME_PAPER.matcher(linkText.strip().replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
        return m.matches() ? m.group(1) : null;
    }

    /** A list item or heading that is nothing but a name: "H3", "RWKV", "Linear Attention", "MambaByte". */
    public static List<NameFinding> fromBareName(String text, ExtractionRule rule) {
        Map<String, NameFinding> found = new LinkedHashMap<>();
        String clean = text.strip().replaceAll("[:.]$", "");
        if (rule.equals(ExtractionRule.HEADING_NAME)) {
            clean = headingName(clean);
            if (clean == null) {
                return List.of();
            }
        }
        bracketed(clean, found, false);
        expandedAcronym(clean, found);
        // "Sora (OpenAI)", "Genie (DeepMind)": the bracket says who made it, not what it is called
        clean = clean.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
        if (clean.replaceAll("[^\\p{L}\\p{N}]", "").length() < 2) {
            return List.copyOf(found.values());
        }
        boolean conceptShaped = !rule.equals(ExtractionRule.HEADING_NAME) && Names.hasConceptHead(clean) && Names.words(clean).length >= 2;
        if (found.isEmpty() && Names.looksLikeName(clean, 4) && !isGeneric(clean) && !isCategory(clean)
                && !clean.matches(".*(?:&|\\s(?:and|or|vs\\.?)\\s).*") && !PAIR.matcher(clean).find()
                && !TASK_TAIL.matcher(clean).matches()
                && (isDistinctive(clean) || conceptShaped)) {
            add(found, NameFinding.of(clean, rule, false));
        }
        return List.copyOf(found.values());
    }

    /**
     * The part of a heading that can be a name, or null: the heading without its number, the part
     * before a subtitle, nothing for a plan step or a heading that relates a name to a topic.
     */
    private static String headingName(String heading) {
        if (ORDERING_HEADING.matcher(heading).matches()) {
            return null;
        }
        String clean = HEADING_NUMBER.matcher(heading).replaceFirst("");
        Matcher subtitle = HEADING_SUBTITLE.matcher(clean);
        if (subtitle.matches()) {
            String name = subtitle.group(1).strip();
            // "GPTQ: ..." and "RT-2: ..." name a model; "DNA Computing: ..." and "KV Cache Optimization: ..."
            // are the topics of a post, which end in an ordinary word
            String[] words = Names.words(name);
            if (!isNameLikePrefix(name) || isCategory(name) || !Names.isDistinctiveToken(words[words.length - 1])) {
                return null;
            }
            clean = name;
        }
        return HEADING_RELATION.matcher(clean).matches() ? null : clean;
    }

    /** The first cell of a row in a table whose first column lists models: "Switch-C", "Mixtral 8x7B". */
    public static List<NameFinding> fromModelCell(String cell) {
        Map<String, NameFinding> found = new LinkedHashMap<>();
        String clean = cell.strip().replaceAll("\\s*\\([^)]*\\)\\s*$", "");
        if (Names.looksLikeName(clean, 4) && !isGeneric(clean) && !isCategory(clean) && !PAIR.matcher(clean).find()) {
            add(found, NameFinding.of(clean, ExtractionRule.MODEL_COLUMN_CELL, false));
        }
        return List.copyOf(found.values());
    }

    /** "IPO (Identity Preference Optimization)": an acronym spelled out in brackets after it. */
    private static void expandedAcronym(String text, Map<String, NameFinding> found) {
        Matcher m = ACRONYM_THEN_EXPANSION.matcher(text);
        if (m.matches() && initialsFit(m.group(2).strip(), m.group(1))) {
            NameFinding base = NameFinding.of(m.group(2).strip(), ExtractionRule.NAME_WITH_ACRONYM, false);
            if (!NonModelNames.matches(base.name()) && !NonModelNames.matches(m.group(1))) {
                found.put(Names.key(base.name()), new NameFinding(base.name(), List.of(m.group(1)), base.conceptHint(),
                        ExtractionRule.NAME_WITH_ACRONYM, false));
            }
        }
    }

    private static void bracketed(String text, Map<String, NameFinding> found, boolean described) {
        Matcher m = NAME_WITH_ACRONYM.matcher(text);
        while (m.find()) {
            String longName = singular(trimLeadingLowerWords(m.group(1).strip()));
            String acronym = m.group(2);
            // "Application Programming Interfaces (APIs)": a plural acronym abbreviates a common noun, not a name
            boolean plural = PLURAL_ACRONYM.matcher(acronym).matches();
            if (!plural && initialsFit(longName, acronym) && !NonModelNames.matches(longName) && !NonModelNames.matches(acronym)) {
                NameFinding base = NameFinding.of(longName, ExtractionRule.NAME_WITH_ACRONYM, described);
                found.remove(Names.key(acronym));
                found.put(Names.key(base.name()), new NameFinding(base.name(), List.of(acronym),
                        base.conceptHint(), ExtractionRule.NAME_WITH_ACRONYM, described));
            }
        }
    }

    /** "Recurrent State-Space Models (RSSM)" defines one model: "Recurrent State-Space Model". */
    private static String singular(String name) {
        return name.replaceAll("(?i)(model|network|transformer|machine|encoder|decoder)s$", "$1");
    }

    private static String trimLeadingLowerWords(String name) {
        String[] words = name.split("\\s+");
        int start = 0;
        while (start < words.length - 1 && List.of("The", "A", "An", "Our", "Uses", "Using").contains(words[start])) {
            start++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    }

    /** The acronym's letters appear, in order, among the initials and capitals of the long name. */
    static boolean initialsFit(String longName, String acronym) {
        // "CoVe" for "Chain of Verification": the capitals carry the initials, the small letters pad them
        String upper = acronym.replaceAll("[^A-Z]", "");
        String letters = upper.length() >= 2 && !upper.equals(acronym.replaceAll("[^A-Za-z]", ""))
                ? upper : acronym.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        StringBuilder capitals = new StringBuilder();
        for (String word : longName.split("[\\s-]+")) {
            if (!word.isEmpty()) {
                capitals.append(Character.toUpperCase(word.charAt(0)));
                word.chars().skip(1).filter(Character::isUpperCase).forEach(c -> capitals.append((char) c));
            }
        }
        int i = 0;
        for (char c : capitals.toString().toCharArray()) {
            if (i < letters.length() && c == letters.charAt(i)) {
                i++;
            }
        }
        return letters.length() >= 2 && i == letters.length() && letters.charAt(0) == capitals.charAt(0);
    }

    private static boolean isNameLikePrefix(String prefix) {
        String[] words = Names.words(prefix);
        if (words.length == 0 || words.length > 4 || isGeneric(prefix) || Names.hasPossessive(prefix)
                || PAIR.matcher(prefix).find()) {
            return false;
        }
        return Names.looksLikeName(prefix, 4) || isDistinctive(prefix) || isShouting(prefix) && words.length <= 3;
    }

    private static boolean isDistinctive(String phrase) {
        for (String word : Names.words(phrase)) {
            if (Names.isDistinctiveToken(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isShouting(String text) {
        String letters = text.replaceAll("[^A-Za-z]", "");
        return letters.length() > 8 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    private static final java.util.Set<String> GENERIC = java.util.Set.of(
            "paper", "github", "code", "website", "blog", "project page", "demo", "arxiv", "pdf", "link", "here",
            "source", "repo", "repository", "huggingface", "hugging face", "documentation", "docs", "video",
            "slides", "twitter", "tweet", "thread", "medium", "article", "post", "abstract", "summary", "model card",
            "models", "datasets", "dataset", "leaderboard", "colab", "notebook", "discord", "reddit", "youtube");

    /** Plural category words: "Multi-Modal Models" is a heading about models, not a model. */
    private static final Pattern CATEGORY_TAIL = Pattern.compile(
            "(?i).*\\b(?:models|architectures|methods|approaches|techniques|systems|tools|applications|papers|"
                    + "resources|libraries|frameworks|examples|references|tutorials|survey|surveys|review|reviews|guide|"
                    + "tutorial|primer|cookbook|overview|introduction|list|collection|notes|course|book|handbook|"
                    + "leaderboard|benchmark|benchmarks|dataset|datasets|explained|paper|repo|demo|report|"
                    // the topic headings of posts: "NeRF Variants", "Notable NAS Results", "AIX Design Principles"
                    + "variants|results|principles|products|regulations|integration|insights|implications|lessons|"
                    + "limitations|challenges|comparison|considerations|practices|patterns|strategies|trade-offs|"
                    + "takeaways|pitfalls|basics|fundamentals|directions|crisis|development)$");

    /** True for a short phrase naming a category of things ("Multi-Modal Models"), not one thing. */
    static boolean isCategory(String text) {
        return Names.words(text).length <= 4 && CATEGORY_TAIL.matcher(text.strip()).matches();
    }

    static boolean isGeneric(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").strip();
        return GENERIC.contains(lower) || lower.matches("(?:paper|github|code|website|blog|repo)\\s*\\d*")
                || lower.matches(".*\\b(?:github|paper|blog|website|repo)$") && lower.split(" ").length <= 3;
    }

    private static String capitaliseFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static void add(Map<String, NameFinding> found, NameFinding finding) {
        if (!finding.name().isBlank() && !PLACEHOLDER.matcher(finding.name()).matches()
                && !NonModelNames.matches(finding.name())) {
            found.putIfAbsent(Names.key(finding.name()), finding);
        }
    }
}

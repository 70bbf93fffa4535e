package org.genaikg.extractor.recognise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.ontology.ExtractionRule;

/**
 * The names rule family: the rules that read model and concept names from titles and sentences,
 * each named by what it finds ({@link org.genaikg.ontology.ExtractionRule}); titles and descriptions
 * here, bare names in {@link BareNames}, link texts in {@link LinkTextNames}, acronyms in
 * {@link Acronyms}. Pure functions of text; the lexicon is not consulted, so names unknown to the
 * gazetteer are learned; {@link NameClassifier} says which names can be models or concepts at all.
 */
public final class NameRules {

    private static final Pattern PREFIX = Pattern.compile("^\\s*([^:]{1,60}?)\\s*:\\s+\\S.*$");
    private static final Pattern WITH = Pattern.compile(
            "\\bwith\\s+(?:the\\s+)?((?:[A-Z][\\w-]*|[\\w-]*\\d[\\w-]*)(?:\\s+[A-Z][\\w-]*){0,2})\\s*[.!]?\\s*$");
    private static final Pattern ACRONYM_TOKEN = Pattern.compile("(?<![\\w-])([A-Z][A-Z0-9]{2,}(?:-[A-Z0-9]+)*)(?![\\w-])");
    private static final Pattern PLACEHOLDER = Pattern.compile(".*_.*");
    private static final Pattern WE_PRESENT_NAME = Pattern.compile(
            "\\b(?:[Ww]e|[Tt]his (?:paper|work)|[Tt]he authors)\\s+(?:present|introduce|propose|release|develop)s?\\s+"
                    + "(?:a |an |the )?([A-Z][\\w-]*(?:\\s+[A-Z][\\w-]*){0,2})");
    private static final Pattern COINED = Pattern.compile(
            "\\b(?:introduc(?:e|es|ed|ing)|call(?:s|ed)?|named|dubbed|termed|coin(?:s|ed)?|(?:a|an)\\s+new)\\s+"
                    + "(?:(?:a|an|the|it|them|they|this|which)\\s+)?(?:call\\s+)?(?:new\\s+)?['‘\"“]([^'’\"”]{3,50})['’\"”]");
    private static final Pattern APPOSITIVE_NAME = Pattern.compile(
            "(?<![\\w-])([A-Z][\\w-]+(?:\\s[A-Z0-9][\\w.-]*)?),\\s+(?:a|an|the)\\s+(?:tuning|fine-?tune|fine-?tuned\\s+version|"
                    + "variant|version|successor|distillation|extension|derivative)\\s+of\\b");
    /** "Do As I Can, Not As I Say (SayCan)": a title that ends with a name in brackets gives the name. */
    private static final int MIN_WORDS_BEFORE_BRACKET = 3;
    private static final Pattern BRACKET_AT_END = Pattern.compile("\\(([^()\\s]{2,30})\\)\\s*$");
    /** "Phi-4 Technical Report", "Zeta System Card": the report of a model describes it. */
    private static final Pattern REPORT_TITLE = Pattern.compile(
            "(?i)^(.{2,40}?)\\s+(?:technical\\s+report|tech\\s+report|report|system\\s+card|model\\s+card)$");
    /** "VR/AR", "RLHF + PPO", "POC ≠ Production": a list item or heading that pairs two things names neither. */
    static final Pattern PAIR = Pattern.compile("\\S\\s*[/+≠=]\\s*\\S");

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
            if (isNameLikePrefix(name) && !NameClassifier.isCategory(name)) {
                add(found, NameFinding.of(name, ExtractionRule.PAPER_TITLE_PREFIX, true));
            }
        } else if (shortTitleIsName && Names.looksLikeName(clean, 3) && !NameClassifier.isGeneric(clean) && !NameClassifier.isCategory(clean)
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
                if (!insideName && !NameClassifier.isCommonAcronym(token.replaceAll("[^A-Za-z0-9]", "")) && !NameClassifier.isCommonAcronym(token)) {
                    add(found, NameFinding.of(token, ExtractionRule.TITLE_ACRONYM, true));
                }
            }
        }
        Acronyms.bracketed(clean, found, true);
        return List.copyOf(found.values());
    }

    /** A list item or heading that is nothing but a name: "H3", "RWKV", "Linear Attention", "MambaByte". */
    public static List<NameFinding> fromBareName(String text, ExtractionRule rule) {
        return BareNames.fromBareName(text, rule);
    }

    /** The first cell of a row in a table whose first column lists models: "Switch-C", "Mixtral 8x7B". */
    public static List<NameFinding> fromModelCell(String cell) {
        return BareNames.fromModelCell(cell);
    }

    /** The thing a paper link's text names: "Paper for Hyena Architecture", "MemGPT paper". */
    public static List<NameFinding> fromPaperLinkText(String linkText) {
        return LinkTextNames.fromPaperLinkText(linkText);
    }

    /** The subject of an "X paper" link text ("the original Transformer attention paper"), or null. */
    public static String subjectOfNamePaper(String linkText) {
        return LinkTextNames.subjectOfNamePaper(linkText);
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
        Acronyms.bracketed(text, found, true);
        NamedModels.find(text, found);
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

    static boolean isNameLikePrefix(String prefix) {
        String[] words = Names.words(prefix);
        if (words.length == 0 || words.length > 4 || NameClassifier.isGeneric(prefix) || Names.hasPossessive(prefix)
                || PAIR.matcher(prefix).find()) {
            return false;
        }
        return Names.looksLikeName(prefix, 4) || isDistinctive(prefix) || isShouting(prefix) && words.length <= 3;
    }

    static boolean isDistinctive(String phrase) {
        for (String word : Names.words(phrase)) {
            if (Names.isDistinctiveToken(word)) {
                return true;
            }
        }
        return false;
    }

    static boolean isShouting(String text) {
        String letters = text.replaceAll("[^A-Za-z]", "");
        return letters.length() > 8 && letters.equals(letters.toUpperCase(Locale.ROOT));
    }

    private static String capitaliseFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static void add(Map<String, NameFinding> found, NameFinding finding) {
        if (!finding.name().isBlank() && !PLACEHOLDER.matcher(finding.name()).matches()
                && !NameClassifier.namesNoModel(finding.name())) {
            found.putIfAbsent(Names.key(finding.name()), finding);
        }
    }
}

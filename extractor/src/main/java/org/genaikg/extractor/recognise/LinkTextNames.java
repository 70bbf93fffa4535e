package org.genaikg.extractor.recognise;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.ontology.ExtractionRule;

/**
 * The names a paper link's text gives: "Paper for Hyena Architecture", "MemGPT paper", "the original
 * Transformer attention paper". Pure.
 */
final class LinkTextNames {
    private static final Pattern PAPER_FOR_NAME = Pattern.compile(
            "^(?:the\\s+)?(?:paper|arxiv|pdf)\\s+(?:for|on|about|introducing|describing)\\s+(?:the\\s+)?(.+?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_PAPER = Pattern.compile(
            "^(?:the\\s+)?(?:original\\s+)?(.+?)\\s+(?:paper|technical\\s+report|tech\\s+report|system\\s+card)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "MemGPT paper": a paper link named after one name alone, as reference lists of posts write it. */
    private static final Pattern ONE_NAME_PAPER = Pattern.compile("(?i)^(\\S+)\\s+paper$");
    private static final Pattern GENERIC_TAIL = Pattern.compile(
            "\\s+(?:architecture|model|method|approach|framework|implementation|paper)s?$", Pattern.CASE_INSENSITIVE);

    private LinkTextNames() {}

    /** The thing a paper link's text names: "Paper for Hyena Architecture", "MemGPT paper". */
    static List<NameFinding> fromPaperLinkText(String linkText) {
        String text = linkText.strip();
        Matcher oneName = ONE_NAME_PAPER.matcher(text);
        if (oneName.matches() && Names.isDistinctiveToken(oneName.group(1))) {
            NameFinding finding = NameFinding.of(oneName.group(1), ExtractionRule.PAPER_FOR_NAME, true);
            return NameClassifier.namesNoModel(finding.name()) ? List.of() : List.of(finding);
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
    static String subjectOfNamePaper(String linkText) {
        Matcher m = NAME_PAPER.matcher(linkText.strip().replaceAll("\\s*\\([^)]*\\)\\s*$", ""));
        return m.matches() ? m.group(1) : null;
    }
}

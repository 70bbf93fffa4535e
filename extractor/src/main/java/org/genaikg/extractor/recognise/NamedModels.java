package org.genaikg.extractor.recognise;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.ontology.ExtractionRule;

/**
 * Models a sentence names as models: "models including Qwen-72B and Qwen-1.8B", "baseline models
 * MINERVA and MultiHopKG", "the initial R1-Zero model". Only names shaped like a model's (a digit,
 * or two capitals: "Qwen-72B", "MultiHopKG", "MINERVA"), so that "a language model" or "N-gram model"
 * give none. Pure.
 */
final class NamedModels {
    private static final String TOKEN = "[A-Z][A-Za-z0-9.-]*[A-Za-z0-9]";
    /** "models including X, Y and Z", "baselines X and Y". */
    private static final Pattern LISTED = Pattern.compile(
            "\\b(?:models?|LLMs|baselines?)\\s+(?:(?:such\\s+as|including|like|e\\.g\\.,?)\\s+)?(" + TOKEN
                    + "(?:\\s*,\\s*" + TOKEN + ")*(?:,?\\s+(?:and|or)\\s+" + TOKEN + ")?)");
    /** "the R1-Zero model". */
    private static final Pattern BEFORE_MODEL = Pattern.compile("(?<![\\w-])(" + TOKEN + ")\\s+models?\\b");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*,\\s*(?:(?:and|or)\\s+)?|,?\\s+(?:and|or)\\s+");

    private NamedModels() {}

    static void find(String text, Map<String, NameFinding> found) {
        Matcher listed = LISTED.matcher(text);
        while (listed.find()) {
            for (String name : SEPARATOR.split(listed.group(1))) {
                add(name, found);
            }
        }
        Matcher before = BEFORE_MODEL.matcher(text);
        while (before.find()) {
            add(before.group(1), found);
        }
    }

    private static void add(String name, Map<String, NameFinding> found) {
        if (shapedLikeAModel(name)) {
            NameRules.add(found, NameFinding.of(name, ExtractionRule.NAMED_MODELS, false));
        }
    }

    /** "Qwen-72B", "MultiHopKG", "MINERVA": a digit or two capitals, and not a common acronym, lab or benchmark. */
    static boolean shapedLikeAModel(String name) {
        // "ChatGPT-like", "GPT-based": a word about models; "MaxAI.me", "EmbedChain.ai": a site or product
        if (!name.matches(TOKEN) || name.matches("(?i).*-(?:like|style|based|powered)$|.*\\.(?:ai|me|io|com|app|dev|org)$")) {
            return false;
        }
        boolean digit = name.chars().anyMatch(Character::isDigit);
        long capitals = name.chars().filter(Character::isUpperCase).count();
        return (digit && name.chars().filter(Character::isLetter).count() >= 2 || capitals >= 2)
                && !NameClassifier.isCommonAcronym(name.replaceAll("[^A-Za-z0-9]", ""))
                && NameClassifier.standard().classify(name) == NameClassifier.NameClass.MODEL;
    }
}

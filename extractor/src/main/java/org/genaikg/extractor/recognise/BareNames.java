package org.genaikg.extractor.recognise;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaikg.ontology.ExtractionRule;

/**
 * The names rule family for text that is nothing but a name: a list item ("RWKV", "Linear
 * Attention"), a heading ("### GPTQ: Optimal Brain Quantization", not "### Phase 1: MVP") and the
 * first cell of a table whose first column lists models. Pure.
 */
final class BareNames {
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

    private BareNames() {}

    /** A list item or heading that is nothing but a name: "H3", "RWKV", "Linear Attention", "MambaByte". */
    static List<NameFinding> fromBareName(String text, ExtractionRule rule) {
        Map<String, NameFinding> found = new LinkedHashMap<>();
        String clean = text.strip().replaceAll("[:.]$", "");
        if (rule.equals(ExtractionRule.HEADING_NAME)) {
            clean = headingName(clean);
            if (clean == null) {
                return List.of();
            }
        }
        Acronyms.bracketed(clean, found, false);
        Acronyms.expandedAcronym(clean, found);
        // "Sora (OpenAI)", "Genie (DeepMind)": the bracket says who made it, not what it is called
        clean = clean.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
        if (clean.replaceAll("[^\\p{L}\\p{N}]", "").length() < 2) {
            return List.copyOf(found.values());
        }
        boolean conceptShaped = !rule.equals(ExtractionRule.HEADING_NAME) && NameClassifier.hasConceptHead(clean) && Names.words(clean).length >= 2;
        if (found.isEmpty() && Names.looksLikeName(clean, 4) && !NameClassifier.isGeneric(clean) && !NameClassifier.isCategory(clean)
                && !clean.matches(".*(?:&|\\s(?:and|or|vs\\.?)\\s).*") && !NameRules.PAIR.matcher(clean).find()
                && !NameClassifier.namesATask(clean)
                && (NameRules.isDistinctive(clean) || conceptShaped)) {
            NameRules.add(found, NameFinding.of(clean, rule, false));
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
            if (!NameRules.isNameLikePrefix(name) || NameClassifier.isCategory(name) || !Names.isDistinctiveToken(words[words.length - 1])) {
                return null;
            }
            clean = name;
        }
        return HEADING_RELATION.matcher(clean).matches() ? null : clean;
    }


    /** The first cell of a row in a table whose first column lists models: "Switch-C", "Mixtral 8x7B". */
    static List<NameFinding> fromModelCell(String cell) {
        Map<String, NameFinding> found = new LinkedHashMap<>();
        String clean = cell.strip().replaceAll("\\s*\\([^)]*\\)\\s*$", "");
        if (Names.looksLikeName(clean, 4) && !NameClassifier.isGeneric(clean) && !NameClassifier.isCategory(clean) && !NameRules.PAIR.matcher(clean).find()) {
            NameRules.add(found, NameFinding.of(clean, ExtractionRule.MODEL_COLUMN_CELL, false));
        }
        return List.copyOf(found.values());
    }
}

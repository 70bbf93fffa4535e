package org.genaikg.extractor.recognise;

import java.util.regex.Pattern;

/**
 * Names of things that are named like models but are none: benchmarks ("SWE-bench Pro",
 * "DSBench", "Chatbot Arena"), number formats ("FP16", "INT8", "NF4"), vulnerability ids
 * ("CVE-2025-12345"), AI labs ("Sora (OpenAI)") and awesome lists ("Awesome Agents"). Posts
 * compare models on them in tables and lists, so the name rules meet them in the same shapes as
 * model names. Pure.
 */
final class NonModelNames {
    /** A word that ends in "bench" or "arena": the name of an evaluation suite. */
    private static final Pattern BENCHMARK_WORD = Pattern.compile("(?i)bench\\b|arena\\b");
    /** The labs whose names stand in brackets after their models' names: "Sora (OpenAI)". */
    private static final java.util.Set<String> ORGANISATIONS = java.util.Set.of(
            "openai", "deepmind", "googledeepmind", "anthropic", "huggingface", "microsoft", "msft", "google", "nvidia",
            "meta", "metaai", "apple", "amazon", "ibm", "baidu", "alibaba", "tencent", "bytedance", "xai");
    /** Floating-point and integer formats of weights and activations. */
    private static final Pattern NUMBER_FORMAT = Pattern.compile("(?i)^(?:fp|bf|tf|int|uint|nf|mxfp)\\d{1,2}(?:\\s*\\(.*\\))?$");
    /** "Awesome Agents", "awesome-llm": curated link lists on GitHub. */
    private static final Pattern AWESOME_LIST = Pattern.compile("(?i)^awesome[\\s-].*");
    private static final Pattern VULNERABILITY_ID = Pattern.compile("(?i)^cve-\\d{4}-\\d+$");

    private NonModelNames() {}

    static boolean matches(String name) {
        String clean = name.strip();
        return ORGANISATIONS.contains(Names.key(clean)) || BENCHMARK_WORD.matcher(clean).find()
                || NUMBER_FORMAT.matcher(clean).matches()
                || VULNERABILITY_ID.matcher(clean).matches() || AWESOME_LIST.matcher(clean).matches();
    }
}

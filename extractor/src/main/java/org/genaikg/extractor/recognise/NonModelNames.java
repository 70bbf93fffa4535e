package org.genaikg.extractor.recognise;

import java.util.regex.Pattern;

/**
 * Names of things that are named like models but are none: benchmarks ("SWE-bench Pro",
 * "DSBench", "Chatbot Arena"), number formats ("FP16", "INT8", "NF4") and vulnerability ids
 * ("CVE-2025-12345"). Posts compare models on them in tables and lists, so the name rules meet
 * them in the same shapes as model names. Pure.
 */
final class NonModelNames {
    /** A word that ends in "bench" or is an arena: the name of an evaluation suite. */
    private static final Pattern BENCHMARK_WORD = Pattern.compile("(?i)bench\\b|\\barena\\b");
    /** Floating-point and integer formats of weights and activations. */
    private static final Pattern NUMBER_FORMAT = Pattern.compile("(?i)^(?:fp|bf|tf|int|uint|nf|mxfp)\\d{1,2}(?:\\s*\\(.*\\))?$");
    private static final Pattern VULNERABILITY_ID = Pattern.compile("(?i)^cve-\\d{4}-\\d+$");

    private NonModelNames() {}

    static boolean matches(String name) {
        String clean = name.strip();
        return BENCHMARK_WORD.matcher(clean).find() || NUMBER_FORMAT.matcher(clean).matches()
                || VULNERABILITY_ID.matcher(clean).matches();
    }
}

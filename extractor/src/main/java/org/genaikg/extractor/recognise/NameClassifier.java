package org.genaikg.extractor.recognise;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.genaikg.extractor.parse.Page;
import org.genaikg.extractor.parse.PageSection;
import org.genaikg.extractor.parse.SectionId;
import org.genaikg.ontology.SoftwareNames;

/**
 * The one place that says what a name names: a model, a concept, a piece of software, an
 * organisation, a benchmark, or no name at all ("Paper", "FP16", "Multi-Modal Models"); and what the
 * items under a heading or in a table column are. The name rules learn a name only where this says
 * it can be a model or a concept; the word lists are here, the curated software names in the
 * ontology's {@code software-names.ttl}. Pure and thread-safe.
 */
public final class NameClassifier {
    /** What a name names. */
    public enum NameClass { MODEL, CONCEPT, SOFTWARE, ORGANISATION, BENCHMARK, NO_NAME }

    /** A word that ends in "bench" or "arena": the name of an evaluation suite. */
    private static final Pattern BENCHMARK_WORD = Pattern.compile("(?i)bench\\b|arena\\b");
    /** The labs whose names stand in brackets after their models' names: "Sora (OpenAI)". */
    private static final Set<String> ORGANISATIONS = Set.of(
            "openai", "deepmind", "googledeepmind", "anthropic", "huggingface", "microsoft", "msft", "google", "nvidia",
            "meta", "metaai", "apple", "amazon", "ibm", "baidu", "alibaba", "tencent", "bytedance", "xai");
    /** Floating-point and integer formats of weights and activations. */
    private static final Pattern NUMBER_FORMAT = Pattern.compile("(?i)^(?:fp|bf|tf|int|uint|nf|mxfp)\\d{1,2}(?:\\s*\\(.*\\))?$");
    /** "Awesome Agents", "awesome-llm": curated link lists on GitHub. */
    private static final Pattern AWESOME_LIST = Pattern.compile("(?i)^awesome[\\s-].*");
    private static final Pattern VULNERABILITY_ID = Pattern.compile("(?i)^cve-\\d{4}-\\d+$");

    /** Words that end a concept's name rather than a model's: "Hierarchical Attention", "Bayesian Flow Networks". */
    private static final Set<String> CONCEPT_HEADS = Set.of(
            "attention", "network", "networks", "normalization", "normalisation", "norm", "embedding", "embeddings",
            "encoding", "encodings", "engineering", "learning", "tuning", "averaging", "architecture",
            "mechanism", "layer", "layers", "decoding", "sampling", "distillation", "quantization", "pruning",
            "tokenization", "activation",
            "method", "technique", "algorithm", "representation", "representations", "head",
            "heads", "fine-tuning", "finetuning", "pretraining", "pre-training", "search", "augmentation", "loss",
            "regularization", "dropout", "convolution", "recurrence", "experts", "diffusion",
            // the techniques of training and prompting: "Preference Optimization", "Scalable Oversight"
            "optimization", "optimisation", "prompting", "routing", "oversight", "guidance");
    /** Acronyms too common to be a model's name. */
    private static final Set<String> COMMON_ACRONYMS = Set.of(
            "AI", "ML", "NLP", "LLM", "LLMS", "GPU", "GPUS", "TPU", "CPU", "API", "APIS", "RL", "SOTA", "PDF", "URL",
            "HTML", "JSON", "SQL", "CV", "NN", "DNN", "FAQ", "TODO", "MANGEN", "NOTE", "USA", "UK", "EU", "AGI", "QA",
            "VQA", "OCR", "ASR", "TTS", "GAN", "GANS", "VAE", "RNN", "CNN", "LSTM", "MLP", "SFT", "RAG", "COT", "FLOP",
            "FLOPS", "OOD", "IID", "KL", "MSE", "BLEU", "ROUGE", "MMLU", "ELO", "THE", "AND", "FOR", "WITH", "OF",
            "IN", "ON", "TO", "A", "AN", "IS", "ARE", "VIA", "BY", "NOT", "ALL", "YOU", "NEED", "MLLM", "MLLMS",
            "LM", "LMS", "VLM", "VLMS", "ID", "IDS", "OK", "II", "III", "IV", "TL", "DR", "PR", "CEO", "GDPR", "HF",
            "NIPS", "NEURIPS", "ICML", "ICLR", "CVPR", "ICCV", "ECCV", "ACL", "EMNLP", "NAACL", "AAAI", "IJCAI", "KDD",
            "SIGIR", "COLING", "ARXIV", "IEEE", "ACM", "MIT", "CMU", "UCLA", "USC", "JAX", "CUDA", "ONNX", "HTTP",
            "REST", "YAML", "CSV", "XML", "RAM", "SSD", "FAQS", "AWS", "GCP", "SDK", "CLI", "UI", "UX", "ERROR", "WARN",
            "WARNING", "INFO", "DEBUG", "FATAL", "TRACE", "OPEN", "NEW", "FREE", "BETA",
            // the field itself: "Implications for GenAI" is a topic, not a name
            "GENAI",
            // molecules and interfaces that titles about models name: "... DNA, RNA and protein sequences"
            "DNA", "RNA", "GUI",
            // tasks: "NER models"
            "NER", "POS", "NLU", "NLG");
    private static final Set<String> GENERIC = Set.of(
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

    /** "Visual Question Answering", "KV Cache Management": a phrase that ends with a task or an activity. */
    static boolean namesATask(String text) {
        return TASK_TAIL.matcher(text).matches();
    }

    /** True for a short phrase naming a category of things ("Multi-Modal Models"), not one thing. */
    static boolean isCategory(String text) {
        return Names.words(text).length <= 4 && CATEGORY_TAIL.matcher(text.strip()).matches();
    }

    static boolean isGeneric(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 ]", "").strip();
        return GENERIC.contains(lower) || onlySummaryWords(lower) || lower.matches("(?:paper|github|code|website|blog|repo)\\s*\\d*")
                || lower.matches(".*\\b(?:github|paper|blog|website|repo)$") && lower.split(" ").length <= 3;
    }

    /**
     * "we constructed Head-to-Tail, a benchmark", "PyGraft, a configurable Python tool", "X is a dataset": a name
     * its own text calls a benchmark, a dataset, a tool or a library is no model.
     */
    private static final Pattern CALLED_NO_MODEL = Pattern.compile(
            "(?<![\\w-])([A-Z][\\w-]*(?:\\s[A-Z][\\w-]*)?)(?:,\\s+|\\s+is\\s+)(?:a|an)\\s+(?:[\\w-]+\\s+){0,3}?"
                    + "(?:benchmark|dataset|tool|library|toolkit|leaderboard|package|course|metric|company|startup)s?\\b");

    /** The keys of the names a text calls something other than a model. */
    static Set<String> calledNoModel(String text) {
        Set<String> keys = new java.util.HashSet<>();
        java.util.regex.Matcher m = CALLED_NO_MODEL.matcher(text);
        while (m.find()) {
            keys.add(Names.key(m.group(1)));
        }
        return keys;
    }

    /** The words of a post's summary headings: "TLDR Abstract", "TL;DR Summary" name nothing. */
    private static final Set<String> SUMMARY_WORDS = Set.of("tldr", "abstract", "summary", "overview", "introduction", "conclusion");

    private static boolean onlySummaryWords(String lower) {
        String[] words = lower.split("\\s+");
        return words.length > 0 && !lower.isEmpty() && java.util.Arrays.stream(words).allMatch(SUMMARY_WORDS::contains);
    }

    /**
     * "Visual Question Answering", "LLM-as-Judge Detection", "KV Cache Management": a bare name that
     * ends with a task or an activity names what is done, not a model.
     */
    private static final Pattern TASK_TAIL = Pattern.compile(
            "(?i).*\\b(?:answering|detection|scoring|generation|recognition|classification|segmentation|translation|"
                    + "summari[sz]ation|captioning|prediction|estimation|editing|completion|management|governance|"
                    + "compliance|security|safety|design|analysis|evaluation|testing|deployment|optimi[sz]ation)$");
    private static final Pattern NO_MODEL_SECTION = Pattern.compile(
            "(?i)\\b(?:benchmarks?|datasets?|metrics?|evaluation|leaderboards?|log(?:ging)?\\s+levels?|"
                    + "companies|people|authors|courses|books|podcasts|newsletters|glossary)\\b");

    /**
     * Sections about software: "Frameworks and SDKs", "Model Serving Solutions", "Observability".
     * Their headings, items and repository titles name libraries, tools and products, which are
     * no models (EXTRACTION.md: a model is a named AI model, model family or model-based system).
     */
    private static final Pattern SOFTWARE_SECTION = Pattern.compile(
            "(?i)\\b(?:frameworks|sdks?|librar(?:y|ies)|tools|tooling|toolkits?|solutions|infrastructure|platforms|"
                    + "stack|observability|monitoring|serving|hosting|caching|products|vendors|services)\\b");

    /**
     * Sections that list ways of doing things: "Approaches to Alignment", "Search Algorithms".
     * Not "methods": "Recording Methods" lists tools.
     */
    private static final Pattern TECHNIQUE_SECTION = Pattern.compile("(?i)\\b(?:techniques|approaches|algorithms)\\b");

    private static final Pattern MODEL_COLUMN = Pattern.compile(
            "(?i)^(?:(?:target|base|student|teacher|reward|draft)\\s+)?(?:models?|model\\s+family|llms?|student|teacher)$");
    private static final Pattern NO_MODEL_COLUMN = Pattern.compile(
            "(?i)^(?:platforms?|aspects?|metrics?|benchmarks?|datasets?|frameworks?|tools?|librar(?:y|ies)|protocols?|"
                    + "domains?|applications?|use\\s+cases?|tasks?|providers?|vendors?|companies|company|jurisdictions?|"
                    + "threats?|risks?|risk\\s+levels?|features?|dimensions?|criteri(?:on|a)|propert(?:y|ies)|"
                    + "parameters?|levers?|questions?|problems?|types?|categor(?:y|ies)|layers?|stages?|phases?|"
                    + "roles?|impact\\s+areas?|factors?|scenarios?|sequence\\s+length|scaling\\s+regime)$");

    private static final NameClassifier STANDARD = new NameClassifier(SoftwareNames.load());

    private final SoftwareNames software;

    private NameClassifier(SoftwareNames software) {
        this.software = software;
    }

    /** The classifier with the ontology's curated software names. */
    public static NameClassifier standard() {
        return STANDARD;
    }

    /** A classifier with another list of software names. */
    public static NameClassifier withSoftware(SoftwareNames software) {
        return new NameClassifier(software);
    }

    /** What a name alone names; a name this calls a model may still be none in its context. */
    public NameClass classify(String name) {
        String clean = name.strip();
        if (ORGANISATIONS.contains(Names.key(clean))) {
            return NameClass.ORGANISATION;
        }
        if (BENCHMARK_WORD.matcher(clean).find()) {
            return NameClass.BENCHMARK;
        }
        if (isGeneric(clean) || namesNoModel(clean)) {
            return NameClass.NO_NAME;
        }
        if (software.contains(clean)) {
            return NameClass.SOFTWARE;
        }
        return hasConceptHead(clean) ? NameClass.CONCEPT : NameClass.MODEL;
    }

    /** True when the curated list names this as software: LangChain, vLLM, PyTorch. */
    public boolean isSoftware(String name) {
        return software.contains(name);
    }

    /**
     * Names of things that are named like models but are none: benchmarks ("SWE-bench Pro",
     * "Chatbot Arena"), number formats ("FP16", "NF4"), vulnerability ids, AI labs ("Sora (OpenAI)")
     * and awesome lists. Posts compare models on them in tables and lists, so the name rules meet
     * them in the same shapes as model names.
     */
    static boolean namesNoModel(String name) {

        String clean = name.strip();
        return ORGANISATIONS.contains(Names.key(clean)) || BENCHMARK_WORD.matcher(clean).find()
                || NUMBER_FORMAT.matcher(clean).matches()
                || VULNERABILITY_ID.matcher(clean).matches() || AWESOME_LIST.matcher(clean).matches();
    }

    /** True when the last word of a name says it is a concept rather than a model. */
    public static boolean hasConceptHead(String name) {
        String[] words = Names.words(name);
        if (words.length == 0) {
            return false;
        }
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        if (CONCEPT_HEADS.contains(last)) {
            return true;
        }
        return last.endsWith("attention");
    }

    public static boolean isCommonAcronym(String token) {
        return COMMON_ACRONYMS.contains(token.toUpperCase(Locale.ROOT));
    }

    /** True when the section or one above it lists techniques, whose names are concepts. */
    static boolean sectionListsTechniques(Page page, SectionId section) {
        return headingAbove(page, section, TECHNIQUE_SECTION);
    }

    /** True when the section or one above it is about libraries, tools, platforms and the like. */
    static boolean sectionListsSoftware(Page page, SectionId section) {
        return headingAbove(page, section, SOFTWARE_SECTION);
    }

    /** True when the items of a section are benchmarks, datasets, metrics and the like, not models. */
    static boolean sectionListsNoModels(Page page, SectionId section) {
        return headingAbove(page, section, NO_MODEL_SECTION);
    }

    private static boolean headingAbove(Page page, SectionId section, Pattern pattern) {
        for (PageSection s : page.enclosing(section)) {
            if (pattern.matcher(s.heading()).find()) {
                return true;
            }
        }
        return false;
    }

    /** True when the column heading says its cells are models. */
    static boolean columnListsModels(String column) {
        return MODEL_COLUMN.matcher(column.strip()).matches();
    }

    /** True when the column heading says its cells are something other than models. */
    static boolean columnListsNoModels(String column) {
        return NO_MODEL_COLUMN.matcher(column.strip()).matches();
    }
}

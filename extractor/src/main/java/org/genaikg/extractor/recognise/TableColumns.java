package org.genaikg.extractor.recognise;

import java.util.regex.Pattern;

/**
 * What the first column of a table lists, read from its heading: "| Model | Params |" lists
 * models, by whatever name ("Switch-C"); "| Platform |", "| Aspect |", "| Metric |" list things
 * that are no models, however their names look. Pure.
 */
final class TableColumns {
    private static final Pattern MODELS = Pattern.compile(
            "(?i)^(?:(?:target|base|student|teacher|reward|draft)\\s+)?(?:models?|model\\s+family|llms?|student|teacher)$");
    private static final Pattern NO_MODELS = Pattern.compile(
            "(?i)^(?:platforms?|aspects?|metrics?|benchmarks?|datasets?|frameworks?|tools?|librar(?:y|ies)|protocols?|"
                    + "domains?|applications?|use\\s+cases?|tasks?|providers?|vendors?|companies|company|jurisdictions?|"
                    + "threats?|risks?|risk\\s+levels?|features?|dimensions?|criteri(?:on|a)|propert(?:y|ies)|"
                    + "parameters?|levers?|questions?|problems?|types?|categor(?:y|ies)|layers?|stages?|phases?|"
                    + "roles?|impact\\s+areas?|factors?|scenarios?|sequence\\s+length|scaling\\s+regime)$");

    private TableColumns() {}

    /** True when the column heading says its cells are models. */
    static boolean listsModels(String column) {
        return MODELS.matcher(column.strip()).matches();
    }

    /** True when the column heading says its cells are something other than models. */
    static boolean listsNoModels(String column) {
        return NO_MODELS.matcher(column.strip()).matches();
    }
}

package org.genaikg.api.cypher;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.genaikg.api.web.QueryRejected;
import org.junit.jupiter.api.Test;

class CypherNestingTests {
    static final int DEEP = CypherNesting.MAX_DEPTH + 1;

    @Test
    void bracketsOfEveryKindCountTogether() {
        String mixed = "RETURN " + "([{".repeat(DEEP / 3 + 1) + "1" + "}])".repeat(DEEP / 3 + 1);
        assertThatThrownBy(() -> CypherNesting.check(mixed)).isInstanceOf(QueryRejected.class).hasMessageContaining("nests brackets");
    }

    @Test
    void theDeepestAllowedNestingPasses() {
        String allowed = "RETURN " + "(".repeat(CypherNesting.MAX_DEPTH) + "1" + ")".repeat(CypherNesting.MAX_DEPTH);
        assertThatCode(() -> CypherNesting.check(allowed)).doesNotThrowAnyException();
    }

    @Test
    void siblingsAreNotNesting() {
        assertThatCode(() -> CypherNesting.check("RETURN " + "(1) + ".repeat(5_000) + "1")).doesNotThrowAnyException();
    }

    @Test
    void bracketsInStringsNamesAndCommentsDoNotCount() {
        String open = "(".repeat(DEEP);
        String query = "RETURN '" + open + "' AS a, \"" + open + "\" AS `" + open + "` // " + open + "\n /* " + open
                + " */ , 'it\\'s " + open + "'";
        assertThatCode(() -> CypherNesting.check(query)).doesNotThrowAnyException();
    }
}

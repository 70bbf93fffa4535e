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
        assertThatThrownBy(() -> CypherNesting.check(mixed)).isInstanceOf(QueryRejected.class).hasMessageContaining("nests more than");
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

    @Test
    void aChainOfNotsNests() {
        assertThatThrownBy(() -> CypherNesting.check("RETURN " + "NOT ".repeat(DEEP) + "true"))
                .isInstanceOf(QueryRejected.class).hasMessageContaining("nests more than");
        assertThatThrownBy(() -> CypherNesting.check("RETURN " + "not (".repeat(DEEP / 2 + 1) + "true" + ")".repeat(DEEP / 2 + 1)))
                .isInstanceOf(QueryRejected.class);
        assertThatCode(() -> CypherNesting.check("RETURN " + "NOT ".repeat(CypherNesting.MAX_DEPTH) + "true")).doesNotThrowAnyException();
    }

    @Test
    void caseInCaseNests() {
        String nested = "RETURN " + "CASE WHEN true THEN ".repeat(DEEP) + "1" + " END".repeat(DEEP);
        assertThatThrownBy(() -> CypherNesting.check(nested)).isInstanceOf(QueryRejected.class).hasMessageContaining("nests more than");
    }

    @Test
    void notsEndedByAndOrCommaOrAClauseAndCaseAfterCaseDoNotNest() {
        String conditions = "MATCH (n) WHERE " + "NOT n.x = 1 AND n.y IS NOT NULL OR ".repeat(500) + "true RETURN "
                + "NOT n.z, ".repeat(500) + "CASE n.end WHEN 1 THEN 2 ELSE 3 END, ".repeat(500) + "{case: 1, end: 2, not: 3}, n.case";
        assertThatCode(() -> CypherNesting.check(conditions)).doesNotThrowAnyException();
        String clauses = "MATCH (n) " + "WHERE n.x IS NOT NULL WITH n ".repeat(500) + "RETURN n";
        assertThatCode(() -> CypherNesting.check(clauses)).doesNotThrowAnyException();
    }
}

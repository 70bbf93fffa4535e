package org.genaikg.stores.sync;

import java.util.List;

/**
 * How the two stores compare: one line per difference (nodes per class, edges per relation, and
 * the properties of a sample of nodes), none when they agree.
 *
 * @param nodesSampled how many nodes had their properties compared
 */
public record VerifyReport(List<String> differences, int nodesSampled) {

    public VerifyReport {
        differences = List.copyOf(differences);
    }

    public boolean agree() {
        return differences.isEmpty();
    }
}

package org.genaikg.stores.neo4j;

/** What a differential sync changed: nodes and relationships written (new or changed) and deleted. */
public record SyncReport(long nodesWritten, long nodesDeleted, long relationshipsWritten, long relationshipsDeleted) {

    public boolean changedNothing() {
        return nodesWritten + nodesDeleted + relationshipsWritten + relationshipsDeleted == 0;
    }
}

package org.genaikg.stores.neo4j;

/** What a differential sync changed: nodes and relationships written (new or changed) and deleted. */
public record SyncReport(long nodesWritten, long nodesDeleted, long relationshipsWritten, long relationshipsDeleted) {

    /** Nodes and relationships written or deleted, all together. */
    public long changes() {
        return nodesWritten + nodesDeleted + relationshipsWritten + relationshipsDeleted;
    }

    public boolean changedNothing() {
        return changes() == 0;
    }
}

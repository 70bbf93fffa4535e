package org.genaikg.stores.neo4j;

import org.genaikg.stores.files.StoreFolder;

/** The embedded Neo4j's Bolt port is taken (by another kg process, or a Neo4j): it did not start. */
public final class BoltPortInUse extends RuntimeException implements StoreFolder.NotTheFolder {

    private final int port;

    BoltPortInUse(String host, int port) {
        super("the Bolt port " + port + " on " + host + " is in use");
        this.port = port;
    }

    public int port() {
        return port;
    }
}

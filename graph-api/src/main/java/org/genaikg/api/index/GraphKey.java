package org.genaikg.api.index;

import java.util.Optional;

/**
 * Names the graph the store holds without reading it, when whoever writes the store can say (kg serve's
 * stores record a digest with each write): the snapshot kept on disk for that key is then read instead of
 * loading it from the store. An application without one always loads from the store.
 */
public interface GraphKey {

    /** The key of the graph the store holds now, if known; empty while a write is under way. */
    Optional<String> current();
}

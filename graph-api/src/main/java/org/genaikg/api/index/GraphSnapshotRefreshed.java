package org.genaikg.api.index;

/**
 * Published by {@link GraphSnapshots#refresh()} once a new snapshot is current, in the refreshing
 * thread: what is derived from a snapshot can be built then rather than by the first request after.
 */
public record GraphSnapshotRefreshed(GraphSnapshot snapshot) {}

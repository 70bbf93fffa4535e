package org.genaikg.api.web;

import org.springframework.http.HttpStatus;

/** No node has the requested IRI or short id. */
public class NodeNotFound extends ApiException {
    public NodeNotFound(String id) {
        super(HttpStatus.NOT_FOUND, "Node not found", "No node with id " + id + ".");
    }
}

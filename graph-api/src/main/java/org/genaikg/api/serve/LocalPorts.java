package org.genaikg.api.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** TCP ports on this machine: a free one, and whether one is free. */
public final class LocalPorts {
    private LocalPorts() {}

    /** A port nothing listens on at {@code address} now (another program may take it before it is used). */
    public static int free(InetAddress address) {
        try (ServerSocket socket = new ServerSocket(0, 1, address)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + address.getHostAddress(), e);
        }
    }

    /** Whether a server could listen on {@code port} at {@code address} now. */
    public static boolean isFree(InetAddress address, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(address, port), 1);
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }
}

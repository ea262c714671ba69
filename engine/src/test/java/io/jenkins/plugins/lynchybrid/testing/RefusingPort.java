package io.jenkins.plugins.lynchybrid.testing;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

/**
 * A loopback port where nothing listens, held for the test so no other process can start listening there (binding,
 * closing and hoping the port stays free is a race on a shared machine). TCP: a socket bound but never listening,
 * so connections are refused. UDP: a socket connected to another peer, so the kernel matches no socket to the
 * probe's datagrams and answers "port unreachable".
 */
public final class RefusingPort implements Closeable {
    private final Closeable holder;
    private final InetSocketAddress address;

    private RefusingPort(Closeable holder, InetSocketAddress address) {
        this.holder = holder;
        this.address = address;
    }

    public static RefusingPort tcp() {
        try {
            Socket socket = new Socket();
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return new RefusingPort(socket, (InetSocketAddress) socket.getLocalSocketAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RefusingPort udp() {
        try {
            DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), 9));
            return new RefusingPort(socket, (InetSocketAddress) socket.getLocalSocketAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InetSocketAddress address() {
        return address;
    }

    public int port() {
        return address.getPort();
    }

    @Override
    public void close() throws IOException {
        holder.close();
    }
}

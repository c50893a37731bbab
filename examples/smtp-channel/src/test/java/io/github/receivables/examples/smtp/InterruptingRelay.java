package io.github.receivables.examples.smtp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP relay on a free loopback port in front of a real SMTP server. Each connection passes
 * through unchanged unless a fault was queued for it: closing the client's connection at once,
 * or forwarding the whole conversation but cutting both connections instead of passing on the
 * server's reply to the end of data. The second fault leaves a message the server has queued
 * while the client never learns it.
 */
final class InterruptingRelay implements AutoCloseable {

    /** What the relay does to one connection. */
    enum Fault { NONE, CLOSE_ON_ACCEPT, SWALLOW_FINAL_REPLY }

    private static final byte[] END_OF_DATA = {'\r', '\n', '.', '\r', '\n'};

    private final ServerSocket serverSocket;
    private final int targetPort;
    private final Deque<Fault> faults = new ArrayDeque<>();

    private InterruptingRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "relay-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static InterruptingRelay to(int targetPort) throws IOException {
        return new InterruptingRelay(targetPort);
    }

    /** Queues a fault for the next connection that has none yet. */
    synchronized InterruptingRelay thenFault(Fault fault) {
        faults.addLast(fault);
        return this;
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }

    private synchronized Fault nextFault() {
        Fault fault = faults.pollFirst();
        return fault == null ? Fault.NONE : fault;
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket client = serverSocket.accept();
                Fault fault = nextFault();
                if (fault == Fault.CLOSE_ON_ACCEPT) {
                    client.close();
                    continue;
                }
                relay(client, fault == Fault.SWALLOW_FINAL_REPLY);
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client, boolean swallowFinalReply) throws IOException {
        Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
        AtomicBoolean dataEnded = new AtomicBoolean();
        start(() -> pumpToServer(client, server, swallowFinalReply ? dataEnded : null));
        start(() -> pumpToClient(server, client, dataEnded));
    }

    /** Copies client bytes to the server and raises the flag once the end of data passes. */
    private static void pumpToServer(Socket client, Socket server, AtomicBoolean dataEnded) {
        int matched = 0;
        byte[] buffer = new byte[8192];
        try (InputStream in = client.getInputStream()) {
            OutputStream out = server.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                for (int i = 0; i < n && dataEnded != null; i++) {
                    matched = buffer[i] == END_OF_DATA[matched] ? matched + 1
                            : buffer[i] == END_OF_DATA[0] ? 1 : 0;
                    if (matched == END_OF_DATA.length) {
                        // Raised before the bytes leave, so the server cannot reply first.
                        dataEnded.set(true);
                        matched = 0;
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // One side closed; the other pump ends too.
        } finally {
            closeBoth(client, server);
        }
    }

    /** Copies server bytes to the client, or cuts both connections once data has ended. */
    private static void pumpToClient(Socket server, Socket client, AtomicBoolean dataEnded) {
        byte[] buffer = new byte[8192];
        try (InputStream in = server.getInputStream()) {
            OutputStream out = client.getOutputStream();
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (dataEnded.get()) {
                    return;
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // One side closed; the other pump ends too.
        } finally {
            closeBoth(client, server);
        }
    }

    private static void start(Runnable pump) {
        Thread thread = new Thread(pump, "relay-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeBoth(Socket a, Socket b) {
        try {
            a.close();
        } catch (IOException e) {
            // Already closed.
        }
        try {
            b.close();
        } catch (IOException e) {
            // Already closed.
        }
    }
}

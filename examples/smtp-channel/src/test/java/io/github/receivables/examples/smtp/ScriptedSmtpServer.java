package io.github.receivables.examples.smtp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny SMTP server on a free loopback port that replies to every command with success
 * unless a script says otherwise for that stage: another reply, closing the connection, or
 * never answering. It counts the messages whose data it read up to the terminating dot.
 */
final class ScriptedSmtpServer implements AutoCloseable {

    /** Where in the conversation a scripted action applies. */
    enum Stage { GREETING, EHLO, MAIL, RCPT, DATA, END_OF_DATA }

    /** What the server does at a stage. */
    sealed interface Action {
        /** Replies with this line, such as {@code 550 5.1.1 mailbox unavailable}. */
        record Reply(String line) implements Action {}

        /** Closes the connection without a reply. */
        record Close() implements Action {}

        /** Sends no reply, and reads and drops input until the client closes. */
        record Silent() implements Action {}
    }

    private final ServerSocket serverSocket;
    private final Map<Stage, Action> script;
    private final AtomicInteger messagesReceived = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();

    private ScriptedSmtpServer(Map<Stage, Action> script) throws IOException {
        this.script = new EnumMap<>(Stage.class);
        this.script.putAll(script);
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "scripted-smtp-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static ScriptedSmtpServer start(Map<Stage, Action> script) throws IOException {
        return new ScriptedSmtpServer(script);
    }

    static ScriptedSmtpServer start(Stage stage, Action action) throws IOException {
        return new ScriptedSmtpServer(Map.of(stage, action));
    }

    int port() {
        return serverSocket.getLocalPort();
    }

    int messagesReceived() {
        return messagesReceived.get();
    }

    int connections() {
        return connections.get();
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                connections.incrementAndGet();
                Thread handler = new Thread(() -> converse(socket), "scripted-smtp-conversation");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket) {
            BufferedReader in = new BufferedReader(
                    new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            if (!act(Stage.GREETING, "220 scripted.test ESMTP", socket, in, out)) {
                return;
            }
            String line;
            while ((line = in.readLine()) != null) {
                if (!answer(line, socket, in, out)) {
                    return;
                }
            }
        } catch (IOException e) {
            // The client closed or timed out; the conversation is over either way.
        }
    }

    private boolean answer(String line, Socket socket, BufferedReader in, OutputStream out)
            throws IOException {
        String command = line.toUpperCase(Locale.ROOT);
        if (command.startsWith("EHLO") || command.startsWith("HELO")) {
            return act(Stage.EHLO, "250 scripted.test", socket, in, out);
        }
        if (command.startsWith("MAIL FROM")) {
            return act(Stage.MAIL, "250 2.1.0 sender ok", socket, in, out);
        }
        if (command.startsWith("RCPT TO")) {
            return act(Stage.RCPT, "250 2.1.5 recipient ok", socket, in, out);
        }
        if (command.equals("DATA")) {
            Action action = script.get(Stage.DATA);
            if (action != null) {
                return act(Stage.DATA, null, socket, in, out);
            }
            write(out, "354 end data with <CR><LF>.<CR><LF>");
            readData(in);
            messagesReceived.incrementAndGet();
            return act(Stage.END_OF_DATA, "250 2.0.0 queued", socket, in, out);
        }
        if (command.equals("QUIT")) {
            write(out, "221 2.0.0 bye");
            return false;
        }
        write(out, command.equals("RSET") || command.equals("NOOP") ? "250 2.0.0 ok"
                : "502 5.5.1 command not implemented");
        return true;
    }

    private boolean act(Stage stage, String success, Socket socket, BufferedReader in,
            OutputStream out) throws IOException {
        Action action = script.getOrDefault(stage, new Action.Reply(success));
        if (action instanceof Action.Reply reply) {
            write(out, reply.line());
            return !reply.line().startsWith("421");
        }
        if (action instanceof Action.Silent) {
            while (in.read() >= 0) {
                // Drop input until the client gives up and closes.
            }
        }
        socket.close();
        return false;
    }

    private static void readData(BufferedReader in) throws IOException {
        String line;
        while ((line = in.readLine()) != null && !line.equals(".")) {
            // The message body; only its arrival is counted.
        }
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}

package io.github.receivables.examples.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.receivables.examples.smtp.ScriptedSmtpServer.Action;
import io.github.receivables.examples.smtp.ScriptedSmtpServer.Stage;
import io.github.receivables.spi.notification.SendResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Maps replies, dropped connections and timeouts of a scripted server on loopback. */
class SmtpFailureMappingTest {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    static Stream<Arguments> replies() {
        return Stream.of(
                Arguments.of(Stage.RCPT, "550 5.1.1 <juan.nunez@example.cl>: mailbox unavailable",
                        SendResult.PermanentFailure.class, "550 (5.1.1) to RCPT TO", 0),
                Arguments.of(Stage.RCPT, "553 5.1.3 mailbox name not allowed",
                        SendResult.PermanentFailure.class, "553 (5.1.3) to RCPT TO", 0),
                Arguments.of(Stage.MAIL, "553 5.1.8 sender address rejected",
                        SendResult.PermanentFailure.class, "553 (5.1.8) to MAIL FROM", 0),
                Arguments.of(Stage.RCPT, "451 4.3.0 try again later",
                        SendResult.TransientFailure.class, "451 (4.3.0) to RCPT TO", 0),
                Arguments.of(Stage.RCPT, "452 4.2.2 mailbox over quota",
                        SendResult.TransientFailure.class, "452 (4.2.2) to RCPT TO", 0),
                Arguments.of(Stage.RCPT, "552 5.2.2 mailbox full",
                        SendResult.TransientFailure.class, "552 (5.2.2) to RCPT TO", 0),
                Arguments.of(Stage.DATA, "554 5.3.4 transaction failed",
                        SendResult.PermanentFailure.class, "554 (5.3.4) to DATA", 0),
                Arguments.of(Stage.END_OF_DATA, "451 4.7.1 greylisted, come back later",
                        SendResult.TransientFailure.class, "451 (4.7.1) to the end of data", 1),
                Arguments.of(Stage.END_OF_DATA, "550 5.7.1 message refused as spam",
                        SendResult.PermanentFailure.class, "550 (5.7.1) to the end of data", 1),
                Arguments.of(Stage.GREETING, "421 4.3.2 service not available",
                        SendResult.TransientFailure.class, "421", 0),
                Arguments.of(Stage.GREETING, "554 no SMTP service here",
                        SendResult.PermanentFailure.class, "554", 0));
    }

    @ParameterizedTest(name = "{1} at {0}")
    @MethodSource("replies")
    void replyCodeMapsToResult(Stage stage, String reply, Class<? extends SendResult> expected,
            String reasonPart, int messagesReceived) throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(stage,
                new Action.Reply(reply))) {
            SendResult result = Fixtures.channel(server.port()).send(Fixtures.email("reply-1"));

            assertInstanceOf(expected, result);
            String reason = reasonOf(result);
            assertTrue(reason.contains(reasonPart), reason);
            assertFalse(reason.contains(Fixtures.RECIPIENT), reason);
            assertEquals(messagesReceived, server.messagesReceived());
        }
    }

    @ParameterizedTest(name = "close at {0}")
    @EnumSource(value = Stage.class, names = {"GREETING", "EHLO", "MAIL", "RCPT", "DATA"})
    void dropBeforeDataEndIsTransient(Stage stage) throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(stage, new Action.Close())) {
            SendResult result = Fixtures.channel(server.port()).send(Fixtures.email("drop-1"));

            assertInstanceOf(SendResult.TransientFailure.class, result);
            assertEquals(0, server.messagesReceived());
        }
    }

    @Test
    void dropAfterDataEndIsUnknown() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Stage.END_OF_DATA,
                new Action.Close())) {
            SendResult result = Fixtures.channel(server.port()).send(Fixtures.email("drop-2"));

            SendResult.Unknown unknown = assertInstanceOf(SendResult.Unknown.class, result);
            assertTrue(unknown.reason().contains("closed the connection"), unknown.reason());
            assertEquals(1, server.messagesReceived());
        }
    }

    @Test
    void silentGreetingTimesOutAsTransient() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Stage.GREETING,
                new Action.Silent())) {
            SmtpEmailChannel channel = SmtpEmailChannel.create(
                    Fixtures.loopback(server.port()).readTimeoutMillis(300).build(),
                    Fixtures.CLOCK);

            SendResult result = assertTimeoutPreemptively(LIMIT,
                    () -> channel.send(Fixtures.email("silent-1")));

            SendResult.TransientFailure failure =
                    assertInstanceOf(SendResult.TransientFailure.class, result);
            assertTrue(failure.reason().contains("timed out"), failure.reason());
        }
    }

    @Test
    void silentAfterDataEndTimesOutAsUnknown() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Stage.END_OF_DATA,
                new Action.Silent())) {
            SmtpEmailChannel channel = SmtpEmailChannel.create(
                    Fixtures.loopback(server.port()).readTimeoutMillis(300).build(),
                    Fixtures.CLOCK);

            SendResult result = assertTimeoutPreemptively(LIMIT,
                    () -> channel.send(Fixtures.email("silent-2")));

            SendResult.Unknown unknown = assertInstanceOf(SendResult.Unknown.class, result);
            assertTrue(unknown.reason().contains("timed out"), unknown.reason());
            assertEquals(1, server.messagesReceived());
        }
    }

    @Test
    void silentRcptTimesOutAsTransient() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Stage.RCPT,
                new Action.Silent())) {
            SmtpEmailChannel channel = SmtpEmailChannel.create(
                    Fixtures.loopback(server.port()).readTimeoutMillis(300).build(),
                    Fixtures.CLOCK);

            SendResult result = assertTimeoutPreemptively(LIMIT,
                    () -> channel.send(Fixtures.email("silent-3")));

            SendResult.TransientFailure failure =
                    assertInstanceOf(SendResult.TransientFailure.class, result);
            assertTrue(failure.reason().contains("timed out"), failure.reason());
        }
    }

    @Test
    void refusedConnectionIsTransient() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        SendResult result = Fixtures.channel(closedPort).send(Fixtures.email("refused-1"));

        SendResult.TransientFailure failure =
                assertInstanceOf(SendResult.TransientFailure.class, result);
        assertTrue(failure.reason().contains("ConnectException"), failure.reason());
    }

    @Test
    void fullAcceptQueueTimesOutAsTransient() throws IOException {
        // A listener that never accepts and has a backlog of one: once its queue is full, Linux
        // drops further connection attempts, so the next connect waits for its timeout.
        List<Socket> queued = new ArrayList<>();
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            boolean full = false;
            for (int i = 0; i < 8 && !full; i++) {
                Socket socket = new Socket();
                try {
                    socket.connect(listener.getLocalSocketAddress(), 200);
                    queued.add(socket);
                } catch (SocketTimeoutException e) {
                    socket.close();
                    full = true;
                }
            }
            assumeTrue(full, "this kernel does not drop connections to a full accept queue");
            SmtpEmailChannel channel = SmtpEmailChannel.create(
                    Fixtures.loopback(listener.getLocalPort()).connectTimeoutMillis(300).build(),
                    Fixtures.CLOCK);

            SendResult result = assertTimeoutPreemptively(LIMIT,
                    () -> channel.send(Fixtures.email("connect-timeout-1")));

            SendResult.TransientFailure failure =
                    assertInstanceOf(SendResult.TransientFailure.class, result);
            assertTrue(failure.reason().contains("Connect timed out"), failure.reason());
        } finally {
            for (Socket socket : queued) {
                socket.close();
            }
        }
    }

    @Test
    void failureIsNotRemembered() throws IOException {
        int port;
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Stage.RCPT,
                new Action.Reply("451 4.3.0 try again later"))) {
            port = server.port();
            SmtpEmailChannel channel = Fixtures.channel(port);
            channel.send(Fixtures.email("retry-1"));

            channel.send(Fixtures.email("retry-1"));

            assertEquals(2, server.connections());
        }
    }

    private static String reasonOf(SendResult result) {
        if (result instanceof SendResult.TransientFailure failure) {
            return failure.reason();
        }
        if (result instanceof SendResult.PermanentFailure failure) {
            return failure.reason();
        }
        return ((SendResult.Unknown) result).reason();
    }
}

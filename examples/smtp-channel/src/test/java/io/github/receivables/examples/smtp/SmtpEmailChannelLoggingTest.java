package io.github.receivables.examples.smtp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.receivables.examples.smtp.ScriptedSmtpServer.Action;
import io.github.receivables.examples.smtp.ScriptedSmtpServer.Stage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Reads what the channel logs at INFO and above, the levels the test logging configuration
 * prints to standard error.
 */
class SmtpEmailChannelLoggingTest {

    @Test
    void logsKeyAndCodeButNoAddress() throws Exception {
        String output;
        try (ScriptedSmtpServer accepting = ScriptedSmtpServer.start(Map.of());
                ScriptedSmtpServer rejecting = ScriptedSmtpServer.start(Stage.RCPT,
                        new Action.Reply("550 5.1.1 <" + Fixtures.RECIPIENT + ">: unknown"))) {
            output = captureStandardError(() -> {
                Fixtures.channel(accepting.port()).send(Fixtures.email("log-sent"));
                Fixtures.channel(rejecting.port()).send(Fixtures.email("log-rejected"));
            });
        }

        assertTrue(output.contains("INFO " + SmtpEmailChannel.class.getName()
                + " - Sent email log-sent"), output);
        assertTrue(output.contains("WARN " + SmtpEmailChannel.class.getName()
                + " - Email log-rejected not sent"), output);
        assertTrue(output.contains("SMTP reply code 550"), output);
        assertFalse(output.contains(Fixtures.RECIPIENT), output);
        assertFalse(output.contains("juan"), output);
    }

    private static String captureStandardError(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}

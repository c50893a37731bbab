package io.github.receivables.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** With an SMTP server configured, email reminders go through it instead of the console. */
class SmtpReminderTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    @TempDir
    Path folder;

    @Test
    void demoEmailsGoThroughSmtp() throws Exception {
        AppRun run = AppRun.inFolder(folder, "--smtp-host", "127.0.0.1", "--smtp-port",
                Integer.toString(GREEN_MAIL.getSmtp().getPort()), "--smtp-from",
                "cobranza@cordillera.example", "--smtp-security", "NONE");

        assertEquals(0, run.exitCode(), run.err());
        MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
        long printed = run.out().lines().filter(line -> line.contains("[EMAIL via SMTP]"))
                .count();
        assertTrue(received.length > 0, run.out());
        assertEquals(printed, received.length);
        assertTrue(!run.out().contains("[EMAIL] to"), "no email on the console");
        assertTrue(run.out().contains("[SMS] to"), "SMS stays on the console");
        assertEquals("cobranza@cordillera.example", received[0].getFrom()[0].toString());
        assertTrue(received[0].getSubject().startsWith("Saldo vencido"),
                received[0].getSubject());
    }
}

package io.github.receivables.examples.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.github.receivables.spi.notification.SendResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends over implicit TLS to GreenMail's SMTPS server with a certificate for 127.0.0.1 that the
 * test makes with keytool, and checks that STARTTLS is required when configured.
 */
class SmtpTlsTest {

    private static final String STORE_PASSWORD = "changeit";

    @TempDir
    static Path folder;

    private static GreenMail greenMail;
    private static SSLSocketFactory trustingTestCertificate;

    @BeforeAll
    static void startSmtps() throws Exception {
        Path keyStore = makeKeyStore(folder.resolve("smtps.p12"));
        // GreenMail reads these once, when it first opens a TLS server socket.
        System.setProperty("greenmail.tls.keystore.file", keyStore.toString());
        System.setProperty("greenmail.tls.keystore.password", STORE_PASSWORD);
        System.setProperty("greenmail.tls.key.password", STORE_PASSWORD);
        trustingTestCertificate = socketFactoryTrusting(keyStore);
        greenMail = new GreenMail(
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS).dynamicPort());
        greenMail.start();
        greenMail.setUser(Fixtures.FROM, "cobranza", "s3cret-pw");
    }

    @AfterAll
    static void stopSmtps() {
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @BeforeEach
    void emptyMailboxes() throws Exception {
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void implicitTlsWithLoginDelivers() {
        SmtpEmailChannel channel = SmtpEmailChannel.create(tlsSettings()
                .credentials("cobranza", "s3cret-pw")
                .sslSocketFactory(trustingTestCertificate)
                .build(), Fixtures.CLOCK);

        SendResult result = channel.send(Fixtures.email("tls-1"));

        assertInstanceOf(SendResult.Sent.class, result);
        assertEquals(1, greenMail.getReceivedMessages().length);
    }

    @Test
    void wrongPasswordIsPermanentFailure() {
        SmtpEmailChannel channel = SmtpEmailChannel.create(tlsSettings()
                .credentials("cobranza", "wrong-pw")
                .sslSocketFactory(trustingTestCertificate)
                .build(), Fixtures.CLOCK);

        SendResult result = channel.send(Fixtures.email("tls-4"));

        SendResult.PermanentFailure failure =
                assertInstanceOf(SendResult.PermanentFailure.class, result);
        assertTrue(failure.reason().contains("535"), failure.reason());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void untrustedCertificateIsNotSent() {
        SmtpEmailChannel channel = SmtpEmailChannel.create(tlsSettings().build(), Fixtures.CLOCK);

        SendResult result = channel.send(Fixtures.email("tls-2"));

        SendResult.TransientFailure failure =
                assertInstanceOf(SendResult.TransientFailure.class, result);
        assertTrue(failure.reason().contains("SSLHandshakeException")
                || failure.reason().contains("CertPath"), failure.reason());
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void starttlsWithoutOfferIsNotSent() throws IOException {
        try (ScriptedSmtpServer server = ScriptedSmtpServer.start(Map.of())) {
            SmtpEmailChannel channel = SmtpEmailChannel.create(Fixtures.loopback(server.port())
                    .security(SmtpSecurity.STARTTLS).build(), Fixtures.CLOCK);

            SendResult result = channel.send(Fixtures.email("tls-3"));

            SendResult.TransientFailure failure =
                    assertInstanceOf(SendResult.TransientFailure.class, result);
            assertTrue(failure.reason().contains("STARTTLS"), failure.reason());
            assertEquals(0, server.messagesReceived());
        }
    }

    private static SmtpSettings.Builder tlsSettings() {
        return Fixtures.loopback(greenMail.getSmtps().getPort())
                .security(SmtpSecurity.IMPLICIT_TLS);
    }

    /** Makes a PKCS12 key store with a self-signed certificate naming 127.0.0.1. */
    private static Path makeKeyStore(Path file) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(List.of(keytool.toString(), "-genkeypair",
                "-alias", "smtps", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=127.0.0.1", "-ext", "san=ip:127.0.0.1",
                "-storetype", "PKCS12", "-keystore", file.toString(),
                "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD))
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        return file;
    }

    private static SSLSocketFactory socketFactoryTrusting(Path keyStoreFile)
            throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStoreFile)) {
            keyStore.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyStore trustStore = KeyStore.getInstance("PKCS12");
        trustStore.load(null, null);
        trustStore.setCertificateEntry("smtps", keyStore.getCertificate("smtps"));
        TrustManagerFactory trust =
                TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trustStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context.getSocketFactory();
    }
}

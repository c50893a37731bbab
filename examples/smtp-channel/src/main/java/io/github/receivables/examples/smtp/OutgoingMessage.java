package io.github.receivables.examples.smtp;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A MIME message with a fixed Message-ID that records when its whole content has been written to
 * the SMTP data stream. Angus writes the content only after the server accepted the DATA
 * command, and sends the terminating dot right after, so a failure once {@link #dataWritten()}
 * is true may have reached a server that already queued the message.
 */
final class OutgoingMessage extends MimeMessage {

    private final String messageId;
    private volatile boolean dataWritten;

    OutgoingMessage(Session session, String messageId) {
        super(session);
        this.messageId = messageId;
    }

    /** Sets the Message-ID derived from the idempotency key instead of a random one. */
    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreList)
            throws IOException, MessagingException {
        super.writeTo(out, ignoreList);
        dataWritten = true;
    }

    boolean dataWritten() {
        return dataWritten;
    }

    String messageId() {
        return messageId;
    }
}

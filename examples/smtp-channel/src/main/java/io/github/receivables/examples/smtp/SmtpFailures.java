package io.github.receivables.examples.smtp;

import io.github.receivables.spi.notification.SendResult;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Maps a failed SMTP send to a {@link SendResult}. Reasons carry the reply code, the enhanced
 * status code and the SMTP command, never the server's text, because servers often quote the
 * recipient address in it.
 */
final class SmtpFailures {

    /** An enhanced status code (RFC 3463) after the reply code, such as {@code 5.1.1}. */
    private static final Pattern ENHANCED_STATUS =
            Pattern.compile("^[245]\\d\\d[ -]([245]\\.\\d{1,3}\\.\\d{1,3})\\b");

    private SmtpFailures() {}

    /**
     * One SMTP reply that ended a send.
     *
     * @param code the three-digit reply code, 400 to 599
     * @param command the command the reply was for, such as {@code RCPT TO}, without arguments, or
     *     null for a reply while opening the session (greeting, EHLO, STARTTLS or AUTH)
     * @param enhancedStatus the enhanced status code, or null when the server gave none
     */
    record Reply(int code, String command, String enhancedStatus) {
        boolean isTransient() {
            // RFC 5321 section 4.5.3.1.10 has clients treat 552 to RCPT TO like 452 (too many
            // recipients), a temporary failure. Angus Mail 2.0 groups it with the 4xx codes too.
            return code < 500 || (code == 552 && "RCPT TO".equals(command));
        }

        String describe() {
            String status = enhancedStatus == null ? "" : " (" + enhancedStatus + ")";
            String to = command == null ? " while opening the session" : " to " + command;
            return "SMTP server replied " + code + status + to;
        }
    }

    /**
     * Classifies a failure.
     *
     * @param failure what Jakarta Mail threw
     * @param dataWritten whether the whole message had been written after DATA was accepted
     * @param lastReturnCode the transport's last reply code, used when the exception carries none
     *     and no I/O error occurred, as for a rejected greeting or login
     * @return a transient, permanent or unknown result
     */
    static SendResult classify(MessagingException failure, boolean dataWritten,
            int lastReturnCode) {
        Reply reply = findReply(failure, lastReturnCode);
        if (reply != null) {
            return reply.isTransient()
                    ? new SendResult.TransientFailure(reply.describe() + "; retry later", null)
                    : new SendResult.PermanentFailure(reply.describe());
        }
        Throwable root = rootCause(failure);
        String cause = describeCause(root);
        if (dataWritten) {
            return new SendResult.Unknown(cause + " after the message data was sent and before"
                    + " the server confirmed it; the server may have queued the message");
        }
        return new SendResult.TransientFailure(cause
                + " before the server accepted the message; retry later", null);
    }

    /**
     * Finds the SMTP reply that ended the send.
     *
     * @return the reply, or null when the failure was a connection error or timeout
     */
    static Reply findReply(MessagingException failure, int lastReturnCode) {
        boolean ioFailure = false;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPAddressFailedException e && isErrorCode(e.getReturnCode())) {
                return reply(e.getReturnCode(), e.getCommand(), e.getMessage());
            }
            if (t instanceof SMTPSendFailedException e && isErrorCode(e.getReturnCode())) {
                return reply(e.getReturnCode(), e.getCommand(), e.getMessage());
            }
            // A send or address exception without an error code reports an end of stream.
            ioFailure |= t instanceof IOException || t instanceof SMTPSendFailedException
                    || t instanceof SMTPAddressFailedException;
        }
        if (!ioFailure && isErrorCode(lastReturnCode)) {
            return new Reply(lastReturnCode, null, null);
        }
        return null;
    }

    /**
     * Returns the reply code carried by a failure, for logging.
     *
     * @return the three digits, or {@code none} when the failure carries no reply
     */
    static String replyCode(MessagingException failure, int lastReturnCode) {
        Reply reply = findReply(failure, lastReturnCode);
        return reply == null ? "none" : Integer.toString(reply.code());
    }

    private static Reply reply(int code, String command, String serverText) {
        String enhanced = null;
        if (serverText != null) {
            Matcher matcher = ENHANCED_STATUS.matcher(serverText.strip());
            if (matcher.find()) {
                enhanced = matcher.group(1);
            }
        }
        return new Reply(code, commandName(command), enhanced);
    }

    /** Returns the command's verb without its argument, which may hold an address. */
    static String commandName(String command) {
        if (command == null) {
            return "a command";
        }
        String upper = command.strip().toUpperCase(Locale.ROOT);
        if (upper.equals(".")) {
            return "the end of data";
        }
        for (String name : new String[] {"MAIL FROM", "RCPT TO", "DATA", "BDAT", "AUTH"}) {
            if (upper.startsWith(name)) {
                return name;
            }
        }
        int space = upper.indexOf(' ');
        return space < 0 ? upper : upper.substring(0, space);
    }

    private static boolean isErrorCode(int code) {
        return code >= 400 && code <= 599;
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String describeCause(Throwable root) {
        if (root instanceof SocketTimeoutException) {
            return "SMTP connection timed out (" + root.getMessage() + ")";
        }
        if (root instanceof SMTPSendFailedException
                || root instanceof SMTPAddressFailedException) {
            return "SMTP server closed the connection";
        }
        return "SMTP connection failed (" + root.getClass().getSimpleName() + ": "
                + root.getMessage() + ")";
    }
}

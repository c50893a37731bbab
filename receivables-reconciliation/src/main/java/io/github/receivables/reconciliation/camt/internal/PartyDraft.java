package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.Party;
import java.util.ArrayList;
import java.util.List;

/** A party as read from {@code Dbtr}, {@code Cdtr} and their account and agent elements. */
final class PartyDraft {

    String name;
    String id;
    /** Address lines made of street, town and country; null until one is read. */
    List<String> structuredAddress;
    /** Address lines as written in {@code AdrLine}; null until one is read. */
    List<String> addressLines;
    String iban;
    String otherAccount;
    String bic;

    boolean isEmpty() {
        return name == null && id == null && iban == null && otherAccount == null
                && structuredAddress == null && addressLines == null;
    }

    /** Returns the model party, or {@link Party#UNKNOWN} when nothing is known. */
    Party toParty() {
        if (isEmpty()) {
            return Party.UNKNOWN;
        }
        AccountIdentifier account = iban != null || otherAccount != null
                ? new AccountIdentifier(iban, otherAccount, bic) : null;
        List<String> lines = new ArrayList<>(4);
        if (structuredAddress != null) {
            lines.addAll(structuredAddress);
        }
        if (addressLines != null) {
            lines.addAll(addressLines);
        }
        String address = lines.isEmpty() ? null : String.join("\n", lines);
        return new Party(name, account, id, address);
    }

    /** Returns the account as written, IBAN first, or null. */
    String account() {
        return iban != null ? iban : otherAccount;
    }
}

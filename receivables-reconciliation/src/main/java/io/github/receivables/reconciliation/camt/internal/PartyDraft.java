package io.github.receivables.reconciliation.camt.internal;

import io.github.receivables.reconciliation.statement.AccountIdentifier;
import io.github.receivables.reconciliation.statement.Party;
import java.util.ArrayList;
import java.util.List;

/** A party as read from {@code Dbtr}, {@code Cdtr} and their account and agent elements. */
final class PartyDraft {

    String name;
    String id;
    final List<String> structuredAddress = new ArrayList<>(3);
    final List<String> addressLines = new ArrayList<>(3);
    String iban;
    String otherAccount;
    String bic;

    boolean isEmpty() {
        return name == null && id == null && iban == null && otherAccount == null
                && structuredAddress.isEmpty() && addressLines.isEmpty();
    }

    /** Returns the model party, or {@link Party#UNKNOWN} when nothing is known. */
    Party toParty() {
        if (isEmpty()) {
            return Party.UNKNOWN;
        }
        AccountIdentifier account = iban != null || otherAccount != null
                ? new AccountIdentifier(iban, otherAccount, bic) : null;
        List<String> lines = new ArrayList<>(structuredAddress);
        lines.addAll(addressLines);
        String address = lines.isEmpty() ? null : String.join("\n", lines);
        return new Party(name, account, id, address);
    }

    /** Returns the account as written, IBAN first, or null. */
    String account() {
        return iban != null ? iban : otherAccount;
    }
}

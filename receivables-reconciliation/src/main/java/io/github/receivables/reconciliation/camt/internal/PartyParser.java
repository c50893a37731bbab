package io.github.receivables.reconciliation.camt.internal;

import java.util.ArrayList;

/**
 * Reads parties, their accounts and agents. Covers both layouts: {@code Dbtr/Nm} up to version 7
 * and {@code Dbtr/Pty/Nm} (or {@code Dbtr/Agt}) from version 8 on.
 */
final class PartyParser {

    private PartyParser() {}

    /** Reads a party element such as {@code Dbtr} into the draft; the first name found wins. */
    static void party(XmlCursor cursor, PartyDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Nm" -> draft.name = first(draft.name, cursor.text());
                case "PstlAdr" -> address(cursor, draft);
                case "Id" -> draft.id = first(draft.id, identifier(cursor));
                case "Pty" -> party(cursor, draft);
                case "Agt", "FinInstnId" -> party(cursor, draft);
                case "BIC", "BICFI" -> draft.bic = first(draft.bic, cursor.text());
                default -> cursor.skip();
            }
        }
    }

    /** Reads an account element such as {@code DbtrAcct}: its IBAN or other identifier. */
    static void account(XmlCursor cursor, PartyDraft draft) {
        while (cursor.nextChild()) {
            if (cursor.name().equals("Id")) {
                accountId(cursor, draft);
            } else {
                cursor.skip();
            }
        }
    }

    /** Reads an agent element such as {@code DbtrAgt}: the BIC of the party's bank. */
    static void agent(XmlCursor cursor, PartyDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "FinInstnId" -> agent(cursor, draft);
                case "BIC", "BICFI" -> draft.bic = first(draft.bic, cursor.text());
                default -> cursor.skip();
            }
        }
    }

    private static void accountId(XmlCursor cursor, PartyDraft draft) {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "IBAN" -> draft.iban = empty(cursor.text());
                case "Othr" -> draft.otherAccount = otherId(cursor);
                default -> cursor.skip();
            }
        }
    }

    /** Reads {@code Othr/Id} and skips the scheme name and issuer. */
    static String otherId(XmlCursor cursor) {
        String id = null;
        while (cursor.nextChild()) {
            if (cursor.name().equals("Id")) {
                id = empty(cursor.text());
            } else {
                cursor.skip();
            }
        }
        return id;
    }

    /** Reads a party {@code Id}: the first {@code Othr/Id} or BIC of an organisation or person. */
    private static String identifier(XmlCursor cursor) {
        String id = null;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "OrgId", "PrvtId" -> id = first(id, identifier(cursor));
                case "Othr" -> id = first(id, otherId(cursor));
                case "AnyBIC", "BICOrBEI", "BIC" -> id = first(id, empty(cursor.text()));
                default -> cursor.skip();
            }
        }
        return id;
    }

    private static void address(XmlCursor cursor, PartyDraft draft) {
        String street = null;
        String building = null;
        String postCode = null;
        String town = null;
        String country = null;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "AdrLine" -> add(draft, cursor.text());
                case "StrtNm" -> street = cursor.text();
                case "BldgNb" -> building = cursor.text();
                case "PstCd" -> postCode = cursor.text();
                case "TwnNm" -> town = cursor.text();
                case "Ctry" -> country = cursor.text();
                default -> cursor.skip();
            }
        }
        addStructured(draft, join(street, building));
        addStructured(draft, join(postCode, town));
        addStructured(draft, country);
    }

    private static void add(PartyDraft draft, String line) {
        if (!line.isEmpty()) {
            if (draft.addressLines == null) {
                draft.addressLines = new ArrayList<>(3);
            }
            draft.addressLines.add(line);
        }
    }

    private static void addStructured(PartyDraft draft, String line) {
        if (line != null && !line.isEmpty()) {
            if (draft.structuredAddress == null) {
                draft.structuredAddress = new ArrayList<>(3);
            }
            draft.structuredAddress.add(line);
        }
    }

    private static String join(String first, String second) {
        if (first == null || first.isEmpty()) {
            return second;
        }
        return second == null || second.isEmpty() ? first : first + " " + second;
    }

    static String first(String current, String candidate) {
        return current != null ? current : empty(candidate);
    }

    static String empty(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}

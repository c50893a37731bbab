package io.github.receivables.reconciliation.matching.generator;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Names, remittance texts and the typos and truncations of generated lines. */
final class TextNoise {

    private static final String[] PREFIXES = {"Comercial", "Inversiones", "Distribuidora",
        "Constructora", "Servicios", "Transportes", "Agricola", "Importadora", "Ferreteria",
        "Panaderia", "Maderas", "Alimentos", "Tecnologia", "Consultora", "Exportadora"};
    private static final String[] CORES = {"Los Andes", "Pacifico", "Del Sur", "Austral",
        "Santa Maria", "El Roble", "La Esperanza", "Central", "Norte Grande", "Valle Verde",
        "Cordillera", "San Pedro", "Araucania", "Atacama", "Patagonia", "Maipo", "Bio Bio",
        "Los Lagos", "Aconcagua", "Magallanes"};
    private static final String[] SURNAMES = {"Rojas", "Munoz", "Gonzalez", "Diaz", "Soto",
        "Silva", "Contreras", "Lopez", "Morales", "Sepulveda", "Torres", "Araya", "Flores",
        "Espinoza", "Valenzuela", "Castillo", "Tapia", "Reyes", "Gutierrez", "Castro"};
    private static final String[] FORMS = {"SpA", "Ltda.", "S.A.", "EIRL"};
    private static final String[] FIRST_NAMES = {"Juan", "Maria", "Pedro", "Camila", "Jose",
        "Francisca", "Diego", "Valentina", "Luis", "Catalina"};
    private static final String[] NO_REFERENCE = {"TRANSFERENCIA", "PAGO PROVEEDOR", "ABONO",
        "TRANSF. ELECTRONICA", "PAGO"};

    private final SplittableRandom random;

    TextNoise(SplittableRandom random) {
        this.random = random;
    }

    String companyName() {
        return pick(PREFIXES) + " " + pick(CORES) + " " + pick(SURNAMES) + " " + pick(FORMS);
    }

    String personName() {
        return pick(FIRST_NAMES) + " " + pick(SURNAMES) + " " + pick(SURNAMES);
    }

    /** An abbreviation or a bank-truncated form of a company name. */
    String nameVariant(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (random.nextBoolean()) {
            String[] words = upper.split(" ");
            words[0] = words[0].substring(0, Math.min(4, words[0].length()));
            return String.join(" ", words);
        }
        return upper.substring(0, Math.min(20, upper.length()));
    }

    /** Writes the references of some numbers in one of several styles. */
    String referenceText(List<String> numbers) {
        String joined = numbers.size() == 1 ? numbers.get(0)
                : String.join(", ", numbers.subList(0, numbers.size() - 1)) + " y "
                        + numbers.get(numbers.size() - 1);
        int style = random.nextInt(100);
        if (style < 35) {
            return (numbers.size() == 1 ? "FACTURA " : "FACTURAS ") + joined;
        }
        if (style < 50) {
            return "Pago fact " + joined;
        }
        if (style < 62) {
            return numbers.size() == 1 ? "F-" + joined : "FACT " + String.join(" ", numbers);
        }
        if (style < 75) {
            return joined;
        }
        return "Folio " + joined;
    }

    String noReferenceText() {
        return pick(NO_REFERENCE);
    }

    String operationNumber() {
        return "OP " + (10_000_000 + random.nextInt(89_999_999));
    }

    /** Replaces one digit by another, or swaps two different neighbours. */
    String typo(String number) {
        char[] chars = number.toCharArray();
        int at = random.nextInt(chars.length);
        if (random.nextBoolean() && at + 1 < chars.length && chars[at] != chars[at + 1]) {
            char swap = chars[at];
            chars[at] = chars[at + 1];
            chars[at + 1] = swap;
            return new String(chars);
        }
        char original = chars[at];
        if (Character.isDigit(original)) {
            chars[at] = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
        } else {
            chars[at] = original == 'X' ? 'Y' : 'X';
        }
        return new String(chars);
    }

    /** Drops the last one or two characters. */
    String truncate(String number) {
        int drop = 1 + random.nextInt(2);
        return number.substring(0, Math.max(1, number.length() - drop));
    }

    /** Groups a reference in blocks of four, as printed on payment slips. */
    static String grouped(String reference) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < reference.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(reference, i, Math.min(reference.length(), i + 4));
        }
        return out.toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}

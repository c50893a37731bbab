package io.github.receivables.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes a synthetic camt.053.001.08 statement of a requested size for the benchmarks, streaming
 * so that a 1 GB file needs no more memory than a small one. The entries resemble a collections
 * account: mostly single credit transfers with a creditor reference and remittance text, every
 * tenth a batch of three transactions, some debits, reversals and pending entries. The same seed
 * gives the same file.
 */
public final class CamtStatementGenerator {

    private static final String[] NAMES = {"Muster AG", "Comercial Andes SpA",
        "Ferretería Sur Ltda", "Nordic Trading AB", "Boulangerie Dupont SARL"};

    private final SplittableRandom random;
    private long entries;

    private CamtStatementGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * Writes a statement file of at least the given size.
     *
     * @param file where to write; replaced if it exists
     * @param targetBytes the size to reach, in bytes; the file ends after the entry that passes it
     * @param seed the random seed
     * @return how many entries the file contains
     * @throws IOException if writing fails
     */
    public static long write(Path file, long targetBytes, long seed) throws IOException {
        CamtStatementGenerator generator = new CamtStatementGenerator(seed);
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8),
                1 << 16)) {
            generator.write(out, file, targetBytes);
        }
        return generator.entries;
    }

    private void write(Writer out, Path file, long targetBytes) throws IOException {
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022"
                + ":tech:xsd:camt.053.001.08\">\n<BkToCstmrStmt>\n<GrpHdr><MsgId>BENCH-0001</MsgId>"
                + "<CreDtTm>2024-05-01T06:00:00+02:00</CreDtTm></GrpHdr>\n<Stmt>\n  <Id>BENCH-STMT-1"
                + "</Id>\n  <ElctrncSeqNb>1</ElctrncSeqNb>\n  <CreDtTm>2024-05-01T06:00:00+02:00"
                + "</CreDtTm>\n  <Acct><Id><IBAN>CH9300762011623852957</IBAN></Id><Ccy>CHF</Ccy>"
                + "</Acct>\n  <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy=\"CHF\">"
                + "150000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2024-04-30</Dt></Dt></Bal>\n");
        long written = 700;
        StringBuilder entry = new StringBuilder(4096);
        while (written < targetBytes) {
            entry.setLength(0);
            entry(entry);
            out.append(entry);
            written += entry.length();
            entries++;
        }
        out.write("</Stmt>\n</BkToCstmrStmt>\n</Document>\n");
    }

    private void entry(StringBuilder xml) {
        boolean batch = entries % 10 == 9;
        boolean debit = random.nextInt(100) < 15;
        boolean reversal = random.nextInt(100) < 2;
        String status = random.nextInt(100) < 3 ? "PDNG" : "BOOK";
        int count = batch ? 3 : 1;
        BigDecimal[] amounts = new BigDecimal[count];
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < count; i++) {
            amounts[i] = BigDecimal.valueOf(random.nextLong(100, 5_000_000), 2);
            total = total.add(amounts[i]);
        }
        LocalDate date = LocalDate.of(2024, 4, 1).plusDays(random.nextInt(30));
        String direction = debit ? "DBIT" : "CRDT";

        xml.append("  <Ntry>\n    <NtryRef>").append(entries).append("</NtryRef>\n    <Amt Ccy=\"CHF\">")
                .append(total.toPlainString()).append("</Amt>\n    <CdtDbtInd>").append(direction)
                .append("</CdtDbtInd>\n");
        if (reversal) {
            xml.append("    <RvslInd>true</RvslInd>\n");
        }
        xml.append("    <Sts><Cd>").append(status).append("</Cd></Sts>\n    <BookgDt><Dt>")
                .append(date).append("</Dt></BookgDt>\n    <ValDt><Dt>").append(date)
                .append("</Dt></ValDt>\n    <AcctSvcrRef>2024").append(100_000_000L + entries)
                .append("</AcctSvcrRef>\n    <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>")
                .append(debit ? "ICDT" : "RCDT").append("</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly>"
                        + "</Domn></BkTxCd>\n    <NtryDtls>\n");
        if (batch) {
            xml.append("      <Btch><NbOfTxs>3</NbOfTxs></Btch>\n");
        }
        for (int i = 0; i < count; i++) {
            transaction(xml, amounts[i], direction, debit);
        }
        xml.append("    </NtryDtls>\n    <AddtlNtryInf>").append(debit ? "SEPA debit" : "SEPA credit")
                .append(" transfer</AddtlNtryInf>\n  </Ntry>\n");
    }

    private void transaction(StringBuilder xml, BigDecimal amount, String direction, boolean debit) {
        int invoice = random.nextInt(1, 999_999);
        String name = NAMES[random.nextInt(NAMES.length)];
        String role = debit ? "Cdtr" : "Dbtr";
        xml.append("      <TxDtls>\n        <Refs><EndToEndId>E2E-").append(entries).append('-')
                .append(invoice).append("</EndToEndId><TxId>TX").append(random.nextLong(1L << 40))
                .append("</TxId></Refs>\n        <Amt Ccy=\"CHF\">").append(amount.toPlainString())
                .append("</Amt><CdtDbtInd>").append(direction).append("</CdtDbtInd>\n")
                .append("        <RltdPties><").append(role).append("><Pty><Nm>").append(name)
                .append("</Nm></Pty></").append(role).append("><").append(role)
                .append("Acct><Id><IBAN>CH56048350123456").append(10_000 + random.nextInt(90_000))
                .append("</IBAN></Id></").append(role).append("Acct></RltdPties>\n")
                .append("        <RmtInf><Ustrd>Factura ").append(invoice)
                .append(" pago cuota</Ustrd><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd>"
                        + "</CdOrPrtry></Tp><Ref>RF18").append(invoice)
                .append("</Ref></CdtrRefInf></Strd></RmtInf>\n      </TxDtls>\n");
    }
}

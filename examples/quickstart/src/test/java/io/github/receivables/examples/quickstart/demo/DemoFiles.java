package io.github.receivables.examples.quickstart.demo;

import io.github.receivables.core.party.Rut;
import io.github.receivables.examples.quickstart.demo.DemoPortfolio.Buyer;
import io.github.receivables.examples.quickstart.demo.DemoPortfolio.Dte;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;

/**
 * Writes the demo files shipped in {@code src/main/resources/demo} from {@link DemoPortfolio}
 * and {@link DemoStatement}. Run {@link #main} from the module folder after changing either;
 * {@code DemoFilesTest} fails while the committed files differ from what this class writes.
 */
public final class DemoFiles {

    static final DateTimeFormatter CHILE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private DemoFiles() {}

    /**
     * Writes every demo file.
     *
     * @param args optional target folder; default {@code src/main/resources/demo}
     * @throws IOException if a file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/demo");
        Files.createDirectories(folder);
        Files.write(folder.resolve(DemoData.PORTFOLIO.get(0)),
                envelope().getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve(DemoData.PORTFOLIO.get(1)), register(),
                StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(DemoData.PORTFOLIO.get(2)), customers(),
                StandardCharsets.UTF_8);
        DemoStatement.write(folder.resolve(DemoData.STATEMENT));
    }

    /** Returns the EnvioDTE envelope with every demo DTE, unsigned. */
    static String envelope() {
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n")
                .append("<EnvioDTE xmlns=\"http://www.sii.cl/SiiDte\" version=\"1.0\">\n")
                .append(" <SetDTE ID=\"SetDoc\">\n  <Caratula version=\"1.0\">\n")
                .append("   <RutEmisor>").append(plain(DemoData.SELLER))
                .append("</RutEmisor>\n   <RutEnvia>").append(plain(DemoData.SELLER))
                .append("</RutEnvia>\n   <RutReceptor>60803000-K</RutReceptor>\n")
                .append("   <FchResol>2014-08-22</FchResol>\n   <NroResol>80</NroResol>\n")
                .append("   <TmstFirmaEnv>2026-03-03T09:00:00</TmstFirmaEnv>\n");
        for (int type : new int[] {33, 34, 61}) {
            long count = DemoPortfolio.DTES.stream().filter(d -> d.type() == type).count();
            xml.append("   <SubTotDTE><TpoDTE>").append(type).append("</TpoDTE><NroDTE>")
                    .append(count).append("</NroDTE></SubTotDTE>\n");
        }
        xml.append("  </Caratula>\n");
        DemoPortfolio.DTES.forEach(dte -> xml.append(dte(dte)));
        return xml.append(" </SetDTE>\n</EnvioDTE>\n").toString();
    }

    private static String dte(Dte dte) {
        Buyer buyer = dte.buyer();
        StringBuilder xml = new StringBuilder();
        xml.append("  <DTE version=\"1.0\">\n   <Documento ID=\"F").append(dte.folio())
                .append('T').append(dte.type()).append("\">\n    <Encabezado>\n     <IdDoc>")
                .append(tag("TipoDTE", dte.type())).append(tag("Folio", dte.folio()))
                .append(tag("FchEmis", dte.issued()));
        if (dte.due() != null) {
            xml.append(tag("FmaPago", 2)).append(tag("FchVenc", dte.due()));
        }
        xml.append("</IdDoc>\n     <Emisor>")
                .append(tag("RUTEmisor", plain(DemoData.SELLER)))
                .append(tag("RznSoc", DemoData.COMPANY))
                .append(tag("GiroEmis", "Venta al por mayor de materiales de construccion"))
                .append(tag("Acteco", 466300))
                .append(tag("DirOrigen", "Av. Vicuña Mackenna 1234"))
                .append(tag("CmnaOrigen", "Santiago")).append("</Emisor>\n     <Receptor>")
                .append(tag("RUTRecep", plain(buyer.rut())))
                .append(tag("RznSocRecep", buyer.name()))
                .append(tag("GiroRecep", buyer.activity()))
                .append(tag("CmnaRecep", buyer.commune())).append("</Receptor>\n     <Totales>");
        if (dte.type() == 34) {
            xml.append(tag("MntExe", dte.net()));
        } else {
            xml.append(tag("MntNeto", dte.net())).append(tag("TasaIVA", 19))
                    .append(tag("IVA", dte.vat()));
        }
        xml.append(tag("MntTotal", dte.total())).append("</Totales>\n    </Encabezado>\n")
                .append("    <Detalle>").append(tag("NroLinDet", 1));
        if (dte.type() == 34) {
            xml.append(tag("IndExe", 1));
        }
        xml.append(tag("NmbItem", dte.item())).append(tag("QtyItem", 1))
                .append(tag("PrcItem", dte.net())).append(tag("MontoItem", dte.net()))
                .append("</Detalle>\n");
        if (dte.referencedFolio() != null) {
            Dte target = DemoPortfolio.byFolio(dte.referencedFolio());
            xml.append("    <Referencia>").append(tag("NroLinRef", 1))
                    .append(tag("TpoDocRef", target.type()))
                    .append(tag("FolioRef", target.folio()))
                    .append(tag("FchRef", target.issued())).append(tag("CodRef", 3))
                    .append(tag("RazonRef", "Descuento por volumen")).append("</Referencia>\n");
        }
        return xml.append("   </Documento>\n  </DTE>\n").toString();
    }

    private static String plain(Rut rut) {
        return rut.number() + "-" + rut.checkDigit();
    }

    private static String tag(String name, Object value) {
        String text = value.toString().replace("&", "&amp;").replace("<", "&lt;");
        return "<" + name + ">" + text + "</" + name + ">";
    }

    /** Returns the December 2025 sales register export (RCV ventas) with one claim. */
    static String register() {
        StringBuilder csv = new StringBuilder("Nro;Tipo Doc;Tipo Venta;Rut cliente;Razon Social;"
                + "Folio;Fecha Docto;Fecha Recepcion;Fecha Acuse Recibo;Fecha Reclamo;"
                + "Monto Exento;Monto Neto;Monto IVA;Monto total\n");
        int row = 0;
        for (int folio : DemoPortfolio.REGISTER_FOLIOS) {
            Dte dte = DemoPortfolio.byFolio(folio);
            String received = CHILE_DATE.format(dte.issued()) + " 10:15:00";
            String claim = folio == DemoPortfolio.CLAIMED_FOLIO
                    ? CHILE_DATE.format(DemoPortfolio.CLAIM_DATE) + " 16:40:12" : "";
            String acknowledged = claim.isEmpty()
                    ? CHILE_DATE.format(dte.issued().plusDays(3)) + " 09:00:00" : "";
            boolean exempt = dte.type() == 34;
            csv.append(++row).append(';').append(dte.type()).append(";Del Giro;")
                    .append(plain(dte.buyer().rut())).append(';')
                    .append(dte.buyer().name()).append(';').append(folio).append(';')
                    .append(CHILE_DATE.format(dte.issued())).append(';').append(received)
                    .append(';').append(acknowledged).append(';').append(claim).append(';')
                    .append(exempt ? dte.net() : 0).append(';').append(exempt ? 0 : dte.net())
                    .append(';').append(dte.vat()).append(';').append(dte.total()).append('\n');
        }
        return csv.toString();
    }

    /** Returns the customer contacts as a portfolio CSV without documents. */
    static String customers() {
        StringBuilder csv = new StringBuilder("rut;name;email;phone;regime;segment\n");
        for (Buyer buyer : DemoPortfolio.BUYERS) {
            csv.append(buyer.rut().format()).append(';').append(buyer.name()).append(';')
                    .append(buyer.email()).append(';').append(buyer.phone())
                    .append(";company;default\n");
        }
        return csv.toString();
    }
}

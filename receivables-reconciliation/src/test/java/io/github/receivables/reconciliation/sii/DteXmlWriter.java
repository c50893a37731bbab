package io.github.receivables.reconciliation.sii;

import io.github.receivables.core.money.Money;
import io.github.receivables.core.party.Rut;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@link DteDocument}s as DTE XML in the SII element order, for round-trip tests. Only
 * the fields the reader maps are written.
 */
final class DteXmlWriter {

    private static final Map<String, String> SII_NAMES =
            Map.of("USD", "DOLAR USA", "CLP", "PESO CL");

    private final XMLStreamWriter xml;
    private final String namespace;

    private DteXmlWriter(XMLStreamWriter xml, String namespace) {
        this.xml = xml;
        this.namespace = namespace;
    }

    /**
     * Writes the documents as one DTE (when there is one and no envelope is asked for) or as an
     * EnvioDTE.
     */
    static byte[] write(List<DteDocument> documents, boolean envelope, boolean sii,
            Charset charset) throws XMLStreamException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory()
                .createXMLStreamWriter(bytes, charset.name());
        DteXmlWriter writer = new DteXmlWriter(xml, sii ? DteXmlParser.SII_NAMESPACE : "");
        xml.writeStartDocument(charset.name(), "1.0");
        if (envelope || documents.size() != 1) {
            writer.start("EnvioDTE");
            writer.declareNamespace();
            writer.start("SetDTE");
            for (DteDocument document : documents) {
                writer.document(document, false);
            }
            xml.writeEndElement();
            xml.writeEndElement();
        } else {
            writer.document(documents.get(0), true);
        }
        xml.writeEndDocument();
        xml.close();
        return bytes.toByteArray();
    }

    private void document(DteDocument dte, boolean root) throws XMLStreamException {
        start("DTE");
        if (root) {
            declareNamespace();
        }
        xml.writeAttribute("version", "1.0");
        start(dte.typeCode() >= 110 ? "Exportaciones" : "Documento");
        start("Encabezado");
        idDoc(dte);
        start("Emisor");
        leaf("RUTEmisor", plain(dte.issuerRut()));
        leaf("RznSoc", dte.issuerName());
        xml.writeEndElement();
        start("Receptor");
        leaf("RUTRecep", dte.receiverRut().format());
        leaf("RznSocRecep", dte.receiverName());
        xml.writeEndElement();
        totals(dte.totals());
        otherCurrency(dte.otherCurrency());
        xml.writeEndElement();
        for (DteReference reference : dte.references()) {
            reference(reference);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void idDoc(DteDocument dte) throws XMLStreamException {
        start("IdDoc");
        leaf("TipoDTE", Integer.toString(dte.typeCode()));
        leaf("Folio", Long.toString(dte.folio()));
        leaf("FchEmis", dte.issueDate() == null ? null : dte.issueDate().toString());
        DtePaymentTerms terms = dte.paymentTerms();
        leaf("FmaPago", terms.form() == null ? null : Integer.toString(terms.form().code()));
        for (DteInstalment instalment : dte.instalments()) {
            start("MntPagos");
            leaf("FchPago", instalment.dueDate().toString());
            leaf("MntPago", amount(instalment.amount()));
            leaf("GlosaPagos", instalment.description());
            xml.writeEndElement();
        }
        leaf("TermPagoGlosa", terms.description());
        leaf("TermPagoDias", terms.days() == null ? null : terms.days().toString());
        leaf("FchVenc", dte.dueDate() == null ? null : dte.dueDate().toString());
        xml.writeEndElement();
    }

    private void totals(DteTotals totals) throws XMLStreamException {
        start("Totales");
        String code = totals.currency().getCurrencyCode();
        if (!code.equals("CLP")) {
            leaf("TpoMoneda", SII_NAMES.getOrDefault(code, code));
        }
        leaf("MntNeto", amount(totals.net()));
        leaf("MntExe", amount(totals.exempt()));
        leaf("TasaIVA", totals.vatRate() == null ? null : totals.vatRate().toPlainString());
        leaf("IVA", amount(totals.vat()));
        leaf("MntTotal", amount(totals.total()));
        xml.writeEndElement();
    }

    private void otherCurrency(OtherCurrencyTotals other) throws XMLStreamException {
        if (other == null) {
            return;
        }
        start("OtraMoneda");
        String code = other.total().currency().getCurrencyCode();
        leaf("TpoMoneda", SII_NAMES.getOrDefault(code, code));
        leaf("TpoCambio", other.exchangeRate() == null
                ? null : other.exchangeRate().toPlainString());
        leaf("MntExeOtrMnda", amount(other.exempt()));
        leaf("MntTotOtrMnda", amount(other.total()));
        xml.writeEndElement();
    }

    private void reference(DteReference reference) throws XMLStreamException {
        start("Referencia");
        leaf("TpoDocRef", reference.documentType());
        leaf("IndGlobal", reference.global() ? "1" : null);
        leaf("FolioRef", reference.folio());
        leaf("RUTOtr", reference.otherIssuerRut() == null
                ? null : reference.otherIssuerRut().format());
        leaf("FchRef", reference.date() == null ? null : reference.date().toString());
        leaf("CodRef", reference.code() == null ? null : Integer.toString(reference.code().code()));
        leaf("RazonRef", reference.reason());
        xml.writeEndElement();
    }

    private void start(String name) throws XMLStreamException {
        if (namespace.isEmpty()) {
            xml.writeStartElement(name);
        } else {
            xml.writeStartElement("", name, namespace);
        }
    }

    private void declareNamespace() throws XMLStreamException {
        if (!namespace.isEmpty()) {
            xml.writeDefaultNamespace(namespace);
        }
    }

    private void leaf(String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        start(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static String amount(Money money) {
        return money.amount().toPlainString();
    }

    private static String plain(Rut rut) {
        return rut.number() + "-" + rut.checkDigit();
    }
}

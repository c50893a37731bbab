package io.github.receivables.examples.quickstart.demo;

import io.github.receivables.core.party.Rut;
import java.time.LocalDate;
import java.util.List;

/**
 * The facts of the demo company's portfolio, from which {@link DemoFiles} writes the shipped
 * demo files. Days overdue are counted to the demo day, {@link DemoData#AS_OF} (2026-03-10).
 */
final class DemoPortfolio {

    private DemoPortfolio() {}

    /** A customer of the demo company. */
    record Buyer(int rutBody, String name, String activity, String commune, String email,
            String phone) {
        Rut rut() {
            return Rut.of(rutBody);
        }
    }

    /** A tax document: net is the taxable amount for type 33 and the exempt amount for 34. */
    record Dte(int type, int folio, Buyer buyer, LocalDate issued, LocalDate due, long net,
            String item, Integer referencedFolio) {
        long vat() {
            return type == 34 ? 0 : Math.round(net * 0.19);
        }

        long total() {
            return net + vat();
        }
    }

    static final Buyer PEHUEN = new Buyer(76_111_222, "Constructora Pehuén Ltda",
            "Construcción de edificios", "Temuco", "pagos@pehuen.example", "+56 9 5111 2222");
    static final Buyer ROBLE = new Buyer(77_222_333, "Ferretería El Roble SpA",
            "Ferretería", "Talca", "finanzas@elroble.example", "+56 9 6222 3333");
    static final Buyer VALLE = new Buyer(78_333_444, "Agrícola Valle Central Ltda",
            "Cultivo de frutales", "Rancagua", "contabilidad@vallecentral.example", "");
    static final Buyer AUSTRALES = new Buyer(76_444_555, "Transportes Australes SpA",
            "Transporte de carga", "Puerto Montt", "tesoreria@australes.example",
            "+56 9 7444 5555");
    static final Buyer SONRISA = new Buyer(77_555_666, "Clínica Dental Sonrisa SpA",
            "Servicios odontológicos", "Providencia", "admin@sonrisa.example", "");
    static final Buyer PICADA = new Buyer(76_666_777, "Restaurante La Picada Ltda",
            "Restaurantes", "Valparaíso", "contacto@lapicada.example", "+56 9 8666 7777");
    static final Buyer ANDINA = new Buyer(77_777_888, "Librería Andina SpA",
            "Venta de libros", "La Serena", "pagos@libreriaandina.example", "");
    static final Buyer COSTANERA = new Buyer(76_888_999, "Inmobiliaria Costanera SpA",
            "Actividades inmobiliarias", "Las Condes", "cuentasporpagar@costanera.example",
            "+56 2 2888 9999");
    static final Buyer QUILLA = new Buyer(77_999_000, "Servicios Informáticos Quilla Ltda",
            "Consultoría informática", "Concepción", "facturas@quilla.example", "");
    static final Buyer CAMILO = new Buyer(76_123_987, "Panadería San Camilo Ltda",
            "Elaboración de pan", "Maipú", "", "+56 9 9123 9876");

    static final List<Buyer> BUYERS = List.of(PEHUEN, ROBLE, VALLE, AUSTRALES, SONRISA, PICADA,
            ANDINA, COSTANERA, QUILLA, CAMILO);

    static final List<Dte> DTES = List.of(
            dte(33, 1001, PEHUEN, "2025-09-20", "2025-10-20", 2_500_000, "Cemento y fierro"),
            dte(33, 1002, PEHUEN, "2025-11-26", "2025-12-26", 1_200_000, "Planchas OSB"),
            dte(33, 1003, PEHUEN, "2026-01-26", "2026-02-25", 850_000, "Tubería PVC"),
            dte(33, 1004, PEHUEN, "2026-02-23", "2026-03-25", 640_000, "Pintura látex"),
            dte(33, 1005, ROBLE, "2026-01-21", "2026-02-20", 1_000_000, "Herramientas"),
            dte(33, 1006, ROBLE, "2026-02-27", "2026-03-29", 420_000, "Tornillería"),
            dte(34, 1007, VALLE, "2025-12-21", "2026-01-20", 3_150_000, "Asesoría de riego"),
            dte(34, 1008, VALLE, "2026-02-16", "2026-03-18", 1_780_000, "Capacitación"),
            dte(33, 1009, AUSTRALES, "2026-01-31", "2026-03-02", 1_600_000, "Neumáticos"),
            dte(33, 1010, AUSTRALES, "2025-10-21", "2025-11-20", 730_000, "Lubricantes"),
            dte(33, 1011, AUSTRALES, "2026-03-02", "2026-04-01", 515_000, "Filtros"),
            dte(33, 1012, ANDINA, "2026-01-28", "2026-02-27", 310_000, "Estanterías"),
            dte(33, 1013, SONRISA, "2026-01-15", "2026-02-14", 450_000, "Mobiliario clínico"),
            dte(33, 1014, SONRISA, "2026-01-29", "2026-02-28", 275_000, "Revestimiento"),
            dte(33, 1015, PICADA, "2025-12-15", "2026-01-14", 980_000, "Cerámica de cocina"),
            dte(33, 1016, PICADA, "2026-02-20", "2026-03-22", 390_000, "Grifería"),
            dte(33, 1017, COSTANERA, "2025-08-31", "2025-09-30", 5_400_000, "Ventanas termopanel"),
            dte(33, 1018, COSTANERA, "2025-12-01", "2025-12-31", 3_100_000, "Puertas"),
            dte(33, 1019, COSTANERA, "2026-02-10", "2026-03-12", 2_250_000, "Porcelanato"),
            dte(33, 1020, QUILLA, "2026-02-11", "2026-03-13", 1_450_000, "Cableado estructurado"),
            dte(34, 1021, QUILLA, "2026-02-25", "2026-03-27", 600_000, "Soporte técnico"),
            dte(33, 1022, CAMILO, "2026-01-05", "2026-02-04", 185_000, "Harina y levadura"),
            dte(33, 1023, CAMILO, "2026-02-24", "2026-03-10", 96_000, "Bandejas"),
            dte(33, 1024, VALLE, "2025-11-01", "2025-12-01", 1_100_000, "Mallas de sombra"),
            dte(33, 1025, ANDINA, "2026-03-03", "2026-04-02", 205_000, "Señalética"),
            dte(33, 1026, QUILLA, "2025-10-05", "2025-11-04", 720_000, "Racks"),
            dte(33, 1027, ROBLE, "2025-12-10", "2026-01-09", 560_000, "Candados"),
            dte(33, 1028, SONRISA, "2026-02-26", "2026-03-28", 330_000, "Iluminación LED"),
            dte(33, 1029, CAMILO, "2025-12-20", "2026-01-19", 142_000, "Moldes"),
            dte(33, 1030, PEHUEN, "2025-12-29", "2026-01-28", 990_000, "Aislante térmico"),
            new Dte(61, 201, ROBLE, LocalDate.parse("2026-02-05"), null, 200_000,
                    "Descuento por volumen factura 1005", 1005));

    /** Folios of the December 2025 sales register export, and the one the buyer claimed. */
    static final List<Integer> REGISTER_FOLIOS = List.of(1007, 1015, 1018, 1027, 1029, 1030);
    static final int CLAIMED_FOLIO = 1015;
    static final LocalDate CLAIM_DATE = LocalDate.parse("2025-12-22");

    private static Dte dte(int type, int folio, Buyer buyer, String issued, String due,
            long net, String item) {
        return new Dte(type, folio, buyer, LocalDate.parse(issued), LocalDate.parse(due), net,
                item, null);
    }

    static Dte byFolio(int folio) {
        return DTES.stream().filter(dte -> dte.folio() == folio).findFirst().orElseThrow();
    }
}

package it.ordo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customers issue 17 found refused by {@code customer import} (a German company, a French one without an
 * Italian code, a web-shop consumer), imported now; VIES and declarations of intent from the command line.
 */
class CustomerVatCommandLineTest {

    @TempDir
    static Path dir;

    private static String adminPassword;

    record Result(int exit, String out, String err) {
    }

    @BeforeAll
    static void company() {
        Result init = run("init", "--company-name", "Distribuzioni Prova S.r.l.", "--vat-number", "00743110157");
        assertThat(init.exit()).isZero();
        adminPassword = FirstAdministrator.choosePassword(init.out(), dir.resolve("company"));
    }

    @Test
    void foreignBusinessesAndConsumersAreImportedAndBadRowsNamed() throws IOException {
        Path csv = Files.writeString(dir.resolve("customers.csv"), """
                code;kind;name;vatNumber;creditLimit;paymentTerms;address;postalCode;city;province;country;email
                DE-M;EU_BUSINESS;Muster GmbH;DE811907980;5000;Bonifico 30 gg;Friedrichstr. 1;10117;Berlin;;DE;a@muster.de
                FR-D;EU_BUSINESS;Dupont SARL;FR40303265045;5000;Bonifico 30 gg;1 rue de Rivoli;75001;Paris;;FR;
                WEB-1;CONSUMER;Anna Verdi;;0;Carta;Via Roma 1;20121;Milano;MI;IT;anna@example.com
                BAD-1;EU_BUSINESS;Wrong Prefix;DE811907980;5000;Bonifico;1 rue X;75001;Paris;;FR;
                """);

        Result r = run("customer", "import", csv.toString());

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("Inserted 3");
        assertThat(r.err()).contains("BAD-1").contains("DE811907980").contains("billing country FR");

        Result vies = run("customer", "vies", "DE-M");
        assertThat(vies.exit()).as(vies.err()).isZero();
        assertThat(vies.out()).contains("DE811907980").contains(FirstAdministrator.NAME).contains("Intra-EU supply");
        assertThat(run("customer", "show", "DE-M").out()).contains("EU business").contains("N3.2").contains("· DE811907980");
        assertThat(run("customer", "show", "WEB-1").out()).contains("Consumer").contains("Italian VAT");
    }

    @Test
    void aDeclarationOfIntentIsRecordedAndABadOneRefusedNamingTheFields() throws IOException {
        Path csv = Files.writeString(dir.resolve("exporter.csv"), """
                code;name;vatNumber;creditLimit;paymentTerms;address;postalCode;city;province
                EXP-1;Export S.r.l.;01114601006;50000;RiBa 60 gg;Via Po 3;10121;Torino;TO
                """);
        assertThat(run("customer", "import", csv.toString()).exit()).isZero();
        int year = LocalDate.now().getYear();

        Result bad = run("customer", "declare", "EXP-1", "--protocol", "123", "--from", year + "-12-31",
                "--to", year + "-01-01", "--ceiling=-5");
        assertThat(bad.exit()).isEqualTo(1);
        assertThat(bad.err()).contains("protocol number \"123\"").contains("ends").contains("ceiling");

        Result ok = run("customer", "declare", "EXP-1", "--protocol", "26030412345678901-000009", "--from",
                year + "-01-01", "--to", year + "-12-31", "--ceiling", "20000");
        assertThat(ok.exit()).as(ok.err()).isZero();
        Result show = run("customer", "show", "EXP-1");
        assertThat(show.out()).contains("26030412345678901-000009").contains("Declaration of intent, non-taxable (N3.5)");
    }

    static Result run(String... args) {
        List<String> all = new ArrayList<>();
        if (adminPassword != null) {
            all.addAll(List.of("--user", FirstAdministrator.NAME));
        }
        all.addAll(List.of(args));
        all.addAll(List.of("--data-dir", dir.resolve("company").toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Cli.run(all.toArray(String[]::new), o, e,
                    adminPassword == null ? Map.of() : Map.of("ORDO_PASSWORD", adminPassword));
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}

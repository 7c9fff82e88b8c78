package it.ordo.demo;

import it.ordo.domain.catalog.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The word lists of the db module ({@code ordo/demo/*.csv} on the class path),
 * kept in file order so that the same seed always picks the same words.
 */
final class DemoWords {

    private static final String FOLDER = "ordo/demo/";

    record City(String name, String province, String postalCode, String region) {
    }

    record Category(String name, Unit unit, BigDecimal vatRate, BigDecimal minPrice, BigDecimal maxPrice,
                    BigDecimal weightMinKg, BigDecimal weightMaxKg) {
    }

    /** A catalogue noun of a category with its variants, in file order. */
    record Noun(String category, String noun, List<String> variants) {
    }

    record WarehouseRow(String code, String name, String city, String province) {
    }

    record CompanyRow(String name, String street, String postalCode, String city, String province, String email,
                      String phone, String iban) {
    }

    final List<City> cities;
    final List<Category> categories;
    final List<Noun> nouns;
    final List<WarehouseRow> warehouses;
    final CompanyRow company;
    private final Map<String, List<String>> wordsByKind;

    private DemoWords(List<City> cities, List<Category> categories, List<Noun> nouns, List<WarehouseRow> warehouses,
                      CompanyRow company, Map<String, List<String>> wordsByKind) {
        this.cities = cities;
        this.categories = categories;
        this.nouns = nouns;
        this.warehouses = warehouses;
        this.company = company;
        this.wordsByKind = wordsByKind;
    }

    static DemoWords load() {
        List<City> cities = read("cities.csv").stream()
                .map(r -> new City(r.get("city"), r.get("province"), r.get("postalCode"), r.get("region"))).toList();
        List<Category> categories = read("categories.csv").stream()
                .map(r -> new Category(r.get("category"), Unit.valueOf(r.get("unit")), new BigDecimal(r.get("vatRate")),
                        new BigDecimal(r.get("minPrice")), new BigDecimal(r.get("maxPrice")),
                        new BigDecimal(r.get("weightMinKg")), new BigDecimal(r.get("weightMaxKg")))).toList();
        List<Noun> nouns = read("product_words.csv").stream()
                .map(r -> new Noun(r.get("category"), r.get("noun"),
                        Arrays.stream(r.get("variants").split("\\|")).map(String::strip).filter(v -> !v.isEmpty()).toList()))
                .toList();
        List<WarehouseRow> warehouses = read("warehouses.csv").stream()
                .map(r -> new WarehouseRow(r.get("code"), r.get("name"), r.get("city"), r.get("province"))).toList();
        CSVRecord c = read("company.csv").getFirst();
        CompanyRow company = new CompanyRow(c.get("name"), c.get("street"), c.get("postalCode"), c.get("city"),
                c.get("province"), c.get("email"), c.get("phone"), c.get("iban"));
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (CSVRecord r : read("company_words.csv")) {
            words.computeIfAbsent(r.get("kind"), k -> new ArrayList<>()).add(r.get("word"));
        }
        for (String category : nouns.stream().map(Noun::category).distinct().toList()) {
            if (categories.stream().noneMatch(k -> k.name().equals(category))) {
                throw new IllegalStateException("product_words.csv names an unknown category: " + category);
            }
        }
        return new DemoWords(cities, categories, nouns, warehouses, company, words);
    }

    /** The words of one kind of company_words.csv (prefix, surname, fantasy, legal, street, first_name). */
    List<String> words(String kind) {
        List<String> list = wordsByKind.get(kind);
        if (list == null || list.isEmpty()) {
            throw new IllegalStateException("company_words.csv has no words of kind " + kind);
        }
        return list;
    }

    private static List<CSVRecord> read(String file) {
        InputStream in = DemoWords.class.getClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new IllegalStateException("Demo word list missing from the class path: " + FOLDER + file);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = format.parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

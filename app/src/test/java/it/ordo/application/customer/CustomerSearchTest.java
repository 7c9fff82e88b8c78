package it.ordo.application.customer;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.testing.TestCompany;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The customer search of the list and of the New order screen: code, name, Partita IVA or city, with a count. */
@Tag("db")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerSearchTest {

    private TestCompany company;
    private String orderOfBeta;
    private String orderOfAlfa;

    @BeforeAll
    void setUp() {
        company = TestCompany.standard();
        company.customers(TestCompany.row("code", "C-PR", "name", "Zeta Ferramenta S.r.l.", "vatNumber", "00150470342",
                "tier", "A", "creditLimit", "5000", "paymentTerms", "RiBa 60 gg", "address", "Via Mazzini 3",
                "postalCode", "43121", "city", "Parma", "province", "PR", "warehouse", "BOL"));
        company.receive("P1", "MIL", "100");
        orderOfBeta = company.order("C-B", "B-1", "P1", 10).number();
        orderOfAlfa = company.order("C-A", "A-1", "P1", 3).number();
    }

    @AfterAll
    void tearDown() {
        company.close();
    }

    private List<String> codes(String text) {
        return company.ctx.customers().list(text, 0, 50).stream().map(CustomerView::code).toList();
    }

    @Test
    void findsByCodeNamePartitaIvaOrCityInAnyCase() {
        assertThat(codes("lfa")).containsExactly("C-A");
        assertThat(codes("FERRAMENTA")).containsExactly("C-PR");
        assertThat(codes("1234567890")).containsExactly("C-B");
        assertThat(codes("parma")).containsExactly("C-PR");
        assertThat(codes("c-no")).containsExactly("C-NOBO");
        assertThat(codes("bologna")).hasSize(5);
        assertThat(codes(null)).hasSize(6);
    }

    @Test
    void countsWhatTheSearchFinds() {
        assertThat(company.ctx.customers().count("bologna")).isEqualTo(5);
        assertThat(company.ctx.customers().count("parma")).isEqualTo(1);
        assertThat(company.ctx.customers().count("")).isEqualTo(6);
        assertThat(company.ctx.customers().count("nobody")).isZero();
    }

    @Test
    void wildcardsAndQuotesInTheTextAreJustCharacters() {
        for (String hostile : List.of("' OR 1=1 --", "%", "_", "x' OR 'a'='a")) {
            assertThat(codes(hostile)).as(hostile).isEmpty();
            assertThat(company.ctx.customers().count(hostile)).as(hostile).isZero();
        }
    }

    @Test
    void aPageShowsEachCustomersCreditUsedAndCity() {
        List<CustomerView> page = company.ctx.customers().list(null, 0, 50);
        CustomerView beta = page.stream().filter(c -> c.code().equals("C-B")).findFirst().orElseThrow();
        CustomerView alfa = page.stream().filter(c -> c.code().equals("C-A")).findFirst().orElseThrow();
        CustomerView parma = page.stream().filter(c -> c.code().equals("C-PR")).findFirst().orElseThrow();
        assertThat(beta.openExposure()).isEqualByComparingTo(company.ctx.orders().show(orderOfBeta).grossTotal());
        assertThat(alfa.openExposure()).isEqualByComparingTo(company.ctx.orders().show(orderOfAlfa).grossTotal());
        assertThat(parma.openExposure()).isEqualByComparingTo("0");
        assertThat(parma.city()).isEqualTo("Parma");
        assertThat(parma.defaultWarehouse()).isEqualTo("BOL");
        assertThat(beta).isEqualTo(company.ctx.customers().show("C-B"));
    }
}

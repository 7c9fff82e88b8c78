package it.ordo.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderView;
import it.ordo.application.returns.LineOutcome;
import it.ordo.application.returns.NewReturn;
import it.ordo.application.security.Session;
import it.ordo.domain.returns.QuarantineDecision;
import it.ordo.domain.returns.ReturnOutcome;
import it.ordo.domain.returns.ReturnWish;
import it.ordo.domain.security.Role;
import it.ordo.i18n.Texts;
import it.ordo.testing.TestCompany;
import it.ordo.ui.SameThreadExecutor;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The Quarantine tab's model: the warehouse types a quantity as people type it and releases or scraps it. */
class QuarantineViewModelTest {

    @Test
    void theWarehouseReleasesATypedQuantityAndATypingMistakeIsSaid() {
        try (TestCompany company = TestCompany.standard()) {
            company.receive("P1", "MIL", "50");
            OrderView order = company.order("C-B", "QV-1", "P1", 10);
            company.ctx.orders().startPicking(order.number());
            company.ctx.orders().pack(order.number());
            company.ctx.fulfilment().shipAllocated(order.number());
            String rma = company.ctx.returns().open(new NewReturn(order.number(), null, "Da verificare",
                    ReturnWish.REFUND, List.of(new NewReturn.LineQty(1, new BigDecimal("4"))))).rmaNumber();
            var warehouse = company.ctx.as(new Session("mag", EnumSet.of(Role.WAREHOUSE), false));
            warehouse.returns().receive(rma, List.of(new LineOutcome(1, ReturnOutcome.QUARANTINE)));

            Texts it = new Texts(Locale.ITALIAN);
            QuarantineViewModel model = new QuarantineViewModel(warehouse.returns(), it, new SameThreadExecutor());
            model.refresh();
            assertThat(model.rows()).singleElement().satisfies(r -> assertThat(r.quantity()).isEqualByComparingTo("4"));

            model.quantityProperty().set("tre");
            model.settle(model.rows().getFirst(), QuarantineDecision.RELEASE);
            assertThat(model.messageProperty().get()).isEqualTo(it.get("care.quarantine.badQuantity", "tre"));

            model.quantityProperty().set("3");
            model.settle(model.rows().getFirst(), QuarantineDecision.RELEASE);
            assertThat(model.messageProperty().get()).startsWith("3 di P1 tornati a magazzino in MIL; 1 restano");
            assertThat(model.rows()).singleElement().satisfies(r -> assertThat(r.quantity()).isEqualByComparingTo("1"));

            model.quantityProperty().set("2");
            model.settle(model.rows().getFirst(), QuarantineDecision.SCRAP);
            assertThat(model.messageProperty().get()).as("more than is left, said in the user's language")
                    .contains("solo 1");
            assertThat(company.ctx.integrity().check()).isEmpty();
        }
    }
}

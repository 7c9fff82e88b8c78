package it.ordo.ui.entry;

import static it.ordo.testing.TestCompany.row;
import static org.assertj.core.api.Assertions.assertThat;

import it.ordo.application.order.OrderView;
import it.ordo.application.pricing.ConditionsService.RuleSet;
import it.ordo.domain.order.Channel;
import it.ordo.testing.TestCompany;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * New order prices the lines for the channel chosen on the screen: a promotion for the web shop only is on the
 * typed line, in the totals and on the confirmed order alike, and leaves once the channel is the phone again.
 */
class NewOrderChannelPriceTest {

    private final EntryFixture f = new EntryFixture();
    private final TestCompany company = f.company;
    private final NewOrderViewModel vm = f.vm;

    @AfterEach
    void tearDown() {
        f.close();
    }

    @Test
    void theTypedLinePriceIsTheConfirmedPriceWithAPromotionForTheChosenChannelOnly() {
        company.receive("P1", "MIL", "100");
        assertThat(company.ctx.conditions().importRules(RuleSet.PROMOTIONS, List.of(row("code", "WEB-10",
                "description", "Sconto sito", "sku", "P1", "percent", "10", "channels", "web"))).errors()).isEmpty();
        f.choose("alfa", "C-A");
        assertThat(vm.header().channelProperty().get()).as("the customer's usual channel").isNotEqualTo(Channel.WEB);

        vm.header().channelProperty().set(Channel.WEB);
        vm.codeEntry().search("P1");
        vm.codeEntry().lookup();
        assertThat(vm.codeEntry().codeQuoteProperty().get().discountPct()).as("the price under the code field")
                .isEqualByComparingTo("10");
        vm.codeEntry().quantityProperty().set("5");
        assertThat(vm.addLine()).isTrue();
        EntryLine typed = vm.lines().getFirst();
        BigDecimal quotedNet = typed.quote().netAmount();
        BigDecimal quotedDiscount = typed.quote().discountPct();
        BigDecimal shownTotal = vm.netTotalProperty().get();

        assertThat(quotedDiscount).isEqualByComparingTo("10");
        assertThat(typed.quote().priceExplanation()).anySatisfy(m -> assertThat(m.args()).contains("WEB-10"));
        assertThat(vm.confirm()).isTrue();

        OrderView placed = vm.resultProperty().get();
        assertThat(placed.channel()).isEqualTo(Channel.WEB);
        assertThat(placed.lines().getFirst().discountPct()).isEqualByComparingTo(quotedDiscount);
        assertThat(placed.lines().getFirst().netAmount()).isEqualByComparingTo(quotedNet);
        assertThat(placed.netTotal()).isEqualByComparingTo(shownTotal);
    }

    @Test
    void choosingAnotherChannelQuotesTheLinesAgain() {
        company.receive("P1", "MIL", "100");
        company.ctx.conditions().importRules(RuleSet.PROMOTIONS, List.of(row("code", "WEB-10",
                "description", "Sconto sito", "sku", "P1", "percent", "10", "channels", "web")));
        f.choose("alfa", "C-A");
        vm.header().channelProperty().set(Channel.WEB);
        f.add("P1", "5");
        assertThat(vm.lines().getFirst().discountPct()).isEqualByComparingTo("10");

        vm.header().channelProperty().set(Channel.PHONE);

        assertThat(vm.lines().getFirst().quote().discountPct()).isZero();
        assertThat(vm.lines().getFirst().discountPct()).isZero();
        OrderView placed = vm.confirm() ? vm.resultProperty().get() : null;
        assertThat(placed).isNotNull();
        assertThat(placed.lines().getFirst().discountPct()).isZero();
        assertThat(placed.netTotal()).isEqualByComparingTo(vm.lines().getFirst().netAmount());
    }
}

package it.ordo.ui.shell;

import it.ordo.ui.Desk;
import it.ordo.ui.Screen;
import it.ordo.ui.reporting.DashboardScreen;
import it.ordo.ui.reporting.ReportsScreen;
import it.ordo.ui.admin.UsersScreen;
import it.ordo.ui.customers.CustomerDetailScreen;
import it.ordo.ui.customers.CustomerListScreen;
import it.ordo.ui.entry.NewOrderScreen;
import it.ordo.ui.orders.OrderDetailScreen;
import it.ordo.ui.orders.OrderListScreen;
import it.ordo.ui.pricing.PricesScreen;
import it.ordo.ui.stock.StockScreen;

/** Builds each screen for the main window; the one place that knows every screen class. */
public final class ScreenCatalog {

    public Screen orders(Desk desk) {
        return new OrderListScreen(desk);
    }

    public Screen order(Desk desk, String number) {
        return new OrderDetailScreen(desk, number);
    }

    public Screen newOrder(Desk desk, String customerCode) {
        return new NewOrderScreen(desk, customerCode);
    }

    public Screen stock(Desk desk) {
        return new StockScreen(desk);
    }

    /** The stock screen narrowed to one product: the drill-down from an order line. */
    public void showProduct(Screen stock, String sku) {
        ((StockScreen) stock).showProduct(sku);
    }

    public Screen customers(Desk desk) {
        return new CustomerListScreen(desk);
    }

    public Screen customer(Desk desk, String code) {
        return new CustomerDetailScreen(desk, code);
    }

    public Screen dashboard(Desk desk) {
        return new DashboardScreen(desk);
    }

    public Screen reports(Desk desk) {
        return new ReportsScreen(desk);
    }

    public Screen users(Desk desk) {
        return new UsersScreen(desk);
    }

    public Screen tickets(Desk desk) {
        return new it.ordo.ui.support.TicketsScreen(desk);
    }

    public Screen returns(Desk desk) {
        return new it.ordo.ui.support.ReturnsScreen(desk);
    }

    public Screen outbox(Desk desk) {
        return new it.ordo.ui.support.OutboxScreen(desk);
    }

    public Screen delays(Desk desk) {
        return new it.ordo.ui.support.DelaysScreen(desk);
    }

    public Screen prices(Desk desk) {
        return new PricesScreen(desk);
    }

    public Screen importOrders(Desk desk) {
        return new it.ordo.ui.intake.ImportOrdersScreen(desk);
    }

    public Screen warehouse(Desk desk) {
        return new it.ordo.ui.warehouse.WarehouseScreen(desk);
    }

    /** The tickets screen's new-ticket form, filled from the order or customer it was asked from. */
    public void newTicket(Screen tickets, String customerCode, String orderNumber) {
        ((it.ordo.ui.support.TicketsScreen) tickets).newTicket(customerCode, orderNumber);
    }

    /** The tickets screen narrowed to those past their due time. */
    public void overdueTickets(Screen tickets) {
        ((it.ordo.ui.support.TicketsScreen) tickets).showOverdue();
    }

    /** The order list narrowed to the orders behind a dashboard figure. */
    public void followUp(Screen orders, it.ordo.domain.order.OrderFollowUp list, java.time.LocalDate from,
                         java.time.LocalDate to) {
        ((OrderListScreen) orders).showFollowUp(list, from, to);
    }

    /** The returns screen listing the returns authorised on those days. */
    public void authorisedReturns(Screen returns, java.time.LocalDate from, java.time.LocalDate to) {
        ((it.ordo.ui.support.ReturnsScreen) returns).showAuthorised(from, to);
    }

    /** The returns screen's new-return form, on the order it was asked from. */
    public void newReturn(Screen returns, String orderNumber, String customerCode) {
        ((it.ordo.ui.support.ReturnsScreen) returns).newReturn(orderNumber, customerCode);
    }
}

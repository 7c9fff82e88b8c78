package it.ordo.infrastructure.persistence;

import it.ordo.domain.company.Company;
import it.ordo.domain.company.CompanyRepository;
import java.util.Optional;

public final class JpaCompanyRepository implements CompanyRepository {

    private final JpaTransactions tx;

    public JpaCompanyRepository(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Company> find() {
        return Optional.ofNullable(tx.em().find(Company.class, 1L));
    }

    @Override
    public void store(Company company) {
        tx.em().merge(company);
    }
}

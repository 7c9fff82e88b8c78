package it.ordo.domain.company;

import java.util.Optional;

/** The one company record. */
public interface CompanyRepository {

    Optional<Company> find();

    void store(Company company);
}

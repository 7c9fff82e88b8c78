package it.ordo.domain.company;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The company using Ordo: the header of its documents. */
@Entity
@Table(name = "company")
public class Company {

    @Id
    private Long id = 1L;
    private String name;
    private String vatNumber;
    private String street;
    private String postalCode;
    private String city;
    private String province;
    private String country = "IT";
    private String email;
    private String phone;
    private String iban;

    protected Company() {
    }

    public Company(String name, String vatNumber, String street, String postalCode, String city, String province,
                   String email, String phone, String iban) {
        this.name = name;
        this.vatNumber = vatNumber;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.province = province;
        this.email = email;
        this.phone = phone;
        this.iban = iban;
    }

    public String name() {
        return name;
    }

    public String vatNumber() {
        return vatNumber;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String city() {
        return city;
    }

    public String province() {
        return province;
    }

    public String country() {
        return country;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String iban() {
        return iban;
    }
}

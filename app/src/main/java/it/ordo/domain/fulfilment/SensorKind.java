package it.ordo.domain.fulfilment;

/** A reading of a sensor travelling with a parcel: temperature in °C, shock in g. */
public enum SensorKind {
    TEMPERATURE, SHOCK
}

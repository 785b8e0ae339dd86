package id.inovik.scoring.catalogue;

import java.math.BigDecimal;

/** A predikat (classification) band: an IID at or above {@code minimum} earns {@code label}. */
public record PredikatBand(String label, BigDecimal minimum) {}

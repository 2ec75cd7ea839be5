package io.xinlu.engine;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Parameter values that replace numbers of a model or scenario when compiling (see {@link ParameterPath}), held in
 * arrays indexed like the {@link ScenarioTemplate}'s sectors, strategies, projects and effect slots. NaN marks a
 * number that is not replaced; an array is {@code null} when nothing of its kind is. Mutable while a
 * {@link Parameterization} fills it, then only read by one compilation.
 */
final class Adjustments {
  /** Replaces nothing. */
  static final Adjustments NONE = new Adjustments();

  /** By sector index. */
  double @Nullable [] growth;
  double @Nullable [] productivityGrowth;
  double @Nullable [] intensityDecline;
  /** By strategy index in the model's order. */
  double @Nullable [] strategyIntensity;
  double @Nullable [] strategyShift;
  /** By project index in the model's order ({@link io.xinlu.scenario.CityModel#projects()}). */
  double @Nullable [] projectDelay;
  double @Nullable [] projectScale;
  /** The closed assets' capital and life, by project index in the model's order. */
  double @Nullable [] assetCapital;
  double @Nullable [] assetLife;
  /** By effect slot: a project's first slot plus the effect's 0-based number. */
  double @Nullable [] effectSize;
  double shock;
  double emissionPathScale = 1.0;
  double reemploymentRate = Double.NaN;
  /** The scale of every price path's deviation from 1 ({@code price-path}). */
  double pricePathScale = 1.0;
  /** The scale of one price path's deviation, by path in the scenario's order ({@code price/<selector>}). */
  double @Nullable [] pricePathScales;
  /** Tax rates by sector index ({@code sector/<id>/resource-tax}, {@code .../vat}, {@code .../income-tax}). */
  double @Nullable [] resourceTax;
  double @Nullable [] vat;
  double @Nullable [] incomeTax;
  /** By cohort index in the labour market's order: retirement and out-migration rates, re-employment weights. */
  double @Nullable [] cohortRetirement;
  double @Nullable [] cohortMigration;
  double @Nullable [] cohortWeight;
  /** By sector index: the base-year wage. */
  double @Nullable [] wage;

  /** An array of {@code size} NaNs. */
  static double[] unset(int size) {
    double[] a = new double[size];
    Arrays.fill(a, Double.NaN);
    return a;
  }

  /** Makes the closed assets' capital and life replaceable, none replaced yet, for {@code projects} projects. */
  void unsetAssets(int projects) {
    assetCapital = unset(projects);
    assetLife = unset(projects);
  }

  /** {@code adjusted[i]} if the array is given and the entry set, else {@code given}. */
  static double or(double @Nullable [] adjusted, int i, double given) {
    if (adjusted == null) {
      return given;
    }
    double a = adjusted[i];
    return Double.isNaN(a) ? given : a;
  }

  /** {@code adjusted} unless it is NaN, else {@code given}. */
  static double or(double adjusted, double given) {
    return Double.isNaN(adjusted) ? given : adjusted;
  }
}

/**
 * Charts of runs, ensembles and decompositions with XChart: {@link io.xinlu.examples.charts.Charts} builds them
 * (no files), {@link io.xinlu.examples.charts.ChartFiles} writes PNG and SVG atomically, and
 * {@link io.xinlu.examples.charts.ReportCharts} writes the report's set.
 */
package io.xinlu.examples.charts;

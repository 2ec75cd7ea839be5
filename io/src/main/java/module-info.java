/**
 * Xinlu io: scenario files (profiles, strategies, projects, scenarios, targets and uncertainty specifications as
 * YAML or JSON in the versioned format {@code xinlu/1}) and result files (runs, comparisons and ensemble summaries as
 * tidy CSV and JSON, written atomically).
 *
 * <p>Everything that touches files lives here; {@code io.xinlu.core} stays pure.
 */
module io.xinlu.io {
  requires transitive io.xinlu.core;
  requires static transitive org.jspecify;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires transitive org.apache.commons.csv; // CsvExport.FORMAT is a CSVFormat

  exports io.xinlu.io;
  exports io.xinlu.io.results;
}

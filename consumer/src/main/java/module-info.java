/** A program of someone else's that runs a city of its own with Xinlu: as a named module it requires Xinlu's. */
module org.example.consumer {
  requires io.xinlu.core;
  requires io.xinlu.scenarios;
}

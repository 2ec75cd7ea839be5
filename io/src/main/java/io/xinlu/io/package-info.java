/**
 * Scenario files: {@link io.xinlu.io.ScenarioFiles} reads and writes {@link io.xinlu.io.ScenarioDocument}s as YAML
 * or JSON in the format {@code xinlu/1} (see {@code docs/FILE-FORMAT.md} and the JSON Schema
 * {@code io/xinlu/io/xinlu-1.schema.json} on the class path), and loads a {@link io.xinlu.io.LoadedModel} from one or
 * more files. Every problem of a file is reported at once, each with its file, line, column and model path, in one
 * {@link io.xinlu.io.ScenarioFileException}.
 */
@NullMarked
package io.xinlu.io;

import org.jspecify.annotations.NullMarked;
